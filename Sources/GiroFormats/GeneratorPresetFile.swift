import Foundation
import GiroGenerator
import GiroModel

/// Reads the presets file of the territory generator: a JSON object with a
/// `presets` array, each preset a named `GeneratorSettings` and the towns
/// CSV file it places customers around. `datasets/README.md` documents the
/// keys and the presets of the repository.
public enum GeneratorPresetFile {
    static let presetKeys = [
        "name", "description", "towns", "area", "center", "placement", "reps", "customersPerRep", "cadences",
        "openingHours", "appointmentsPerRepWeek", "reservationShare", "start", "days", "seed", "farRegion", "history",
    ]

    /// Decodes the presets.
    ///
    /// - Throws: `FormatError` with the JSON path of the first problem: an
    ///   unknown or missing key, a value of the wrong type or out of range,
    ///   or two presets with one name.
    public static func decode(_ data: Data, fileName: String) throws(FormatError) -> [GeneratorPreset] {
        let root = JSONField(node: try JSONParser.parse(Array(data), fileName: fileName), path: .root, fileName: fileName)
        let presetsField = try root.object(keys: ["presets"]).required("presets", hint: "list the presets in an array")

        var presets: [GeneratorPreset] = []
        var names: Set<String> = []
        for field in try presetsField.array() {
            let preset = try decodePreset(field)
            guard names.insert(preset.name).inserted else {
                throw field.error("preset name \(MessageText.quoted(preset.name)) is used twice; give each preset its own name")
            }
            presets.append(preset)
        }
        return presets
    }

    /// Reads and decodes the presets file at `path`.
    ///
    /// - Throws: `FormatError` when the file cannot be read, or for any
    ///   problem that `decode` reports.
    public static func load(path: String) throws(FormatError) -> [GeneratorPreset] {
        try decode(try FileReading.read(path: path, kind: "a presets file"), fileName: path)
    }

    private static func decodePreset(_ field: JSONField) throws(FormatError) -> GeneratorPreset {
        let object = try field.object(keys: presetKeys)
        let name = try object.required("name").identifier()
        let description = try object.required("description").string()
        let towns = try object.required("towns", hint: "give the towns CSV file, relative to this file").string()

        let areaText = try object.required("area").string()
        guard let area = GeneratorSettings.Area(rawValue: areaText) else {
            throw try object.required("area").error(
                "unknown area \(MessageText.quoted(areaText)); use city, region or country")
        }
        let center = try object.required("center").object(keys: ["latitude", "longitude"])
        let latitude = try center.required("latitude").number(in: FormatLimits.latitude, unit: "degrees")
        let longitude = try center.required("longitude").number(in: FormatLimits.longitude, unit: "degrees")

        var placement = GeneratorSettings.Placement.towns
        if let placementField = object.optional("placement") {
            let text = try placementField.string()
            guard let value = GeneratorSettings.Placement(rawValue: text) else {
                throw placementField.error("unknown placement \(MessageText.quoted(text)); use towns or uniform")
            }
            placement = value
        }

        var settings = GeneratorSettings(
            name: name, seed: UInt64(try object.optional("seed")?.wholeNumber(in: 0...Int(Int32.max)) ?? 1), area: area,
            centerLatitude: latitude, centerLongitude: longitude, placement: placement,
            reps: try object.required("reps").wholeNumber(in: 1...1_000),
            customersPerRep: try object.required("customersPerRep").wholeNumber(in: 1...100_000),
            horizonStart: try object.required("start").date(), horizonDays: try object.required("days").wholeNumber(in: 1...366))

        if let cadencesField = object.optional("cadences") {
            var cadences: [GeneratorSettings.CadenceShare] = []
            for element in try cadencesField.array() {
                let cadence = try element.object(keys: ["days", "share"])
                cadences.append(
                    GeneratorSettings.CadenceShare(
                        days: try cadence.required("days").wholeNumber(in: 1...3650),
                        share: try cadence.required("share").number(in: .from(0, to: 1e6))))
            }
            guard cadences.contains(where: { $0.share > 0 }) else {
                throw cadencesField.error("give at least one cadence with a positive share")
            }
            settings.cadences = cadences
        }
        if let hoursField = object.optional("openingHours") {
            let hours = try hoursField.object(keys: ["allDay", "lunchClosure", "closedDay", "narrowWindow"])
            func share(_ key: String) throws(FormatError) -> Double {
                try hours.optional(key)?.number(in: .from(0, to: 1e6)) ?? 0
            }
            settings.openingHours = GeneratorSettings.OpeningHoursMix(
                allDay: try share("allDay"), lunchClosure: try share("lunchClosure"), closedDay: try share("closedDay"),
                narrowWindow: try share("narrowWindow"))
            guard [settings.openingHours.allDay, settings.openingHours.lunchClosure, settings.openingHours.closedDay,
                settings.openingHours.narrowWindow].contains(where: { $0 > 0 })
            else {
                throw hoursField.error("give at least one opening-hours pattern a positive share")
            }
        }
        if let appointments = object.optional("appointmentsPerRepWeek") {
            settings.appointmentsPerRepWeek = try appointments.number(in: .from(0, to: 100))
        }
        if let reservations = object.optional("reservationShare") {
            settings.reservationShare = try reservations.number(in: .from(0, to: 1))
        }
        if let historyField = object.optional("history") {
            let text = try historyField.string()
            guard let value = GeneratorSettings.History(rawValue: text) else {
                throw historyField.error("unknown history \(MessageText.quoted(text)); use backlog or steady")
            }
            settings.history = value
        }
        if let farField = object.optional("farRegion") {
            let far = try farField.object(keys: ["center", "radiusKilometres", "share"])
            let farCenter = try far.required("center").object(keys: ["latitude", "longitude"])
            let radiusField = try far.required("radiusKilometres")
            let region = GeneratorSettings.FarRegion(
                centerLatitude: try farCenter.required("latitude").number(in: FormatLimits.latitude, unit: "degrees"),
                centerLongitude: try farCenter.required("longitude").number(in: FormatLimits.longitude, unit: "degrees"),
                radiusKilometres: try radiusField.number(in: .from(1, to: 500), unit: "km"),
                share: try far.required("share").number(in: .from(0, to: 1)))
            guard region.staysWithinCoordinateRange else {
                throw radiusField.error(
                    "a far region of \(NumberText.format(region.radiusKilometres)) km around latitude "
                        + "\(NumberText.format(region.centerLatitude)), longitude \(NumberText.format(region.centerLongitude)) "
                        + "reaches past a pole or longitude 180, where its customers and hotels get coordinates out of "
                        + "range; move center away from the pole or the antimeridian, or shrink radiusKilometres")
            }
            settings.farRegion = region
        }
        return GeneratorPreset(name: name, description: description, townsFile: towns, settings: settings)
    }
}
