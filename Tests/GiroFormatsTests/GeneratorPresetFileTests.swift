import Foundation
import Giro
import Testing

@Suite("Generator presets and towns")
struct GeneratorPresetFileTests {
    private static let datasets = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("datasets")

    @Test func repositoryPresetsGenerateTerritories() throws {
        let presets = try GeneratorPresetFile.load(path: Self.datasets.appendingPathComponent("territory-presets.json").path)

        #expect(presets.map(\.name).contains("region-month"))
        for preset in presets {
            let towns = try TownCSV.load(path: Self.datasets.appendingPathComponent(preset.townsFile).path)
            let territory = try TerritoryGenerator.territory(preset.settings, towns: towns)

            #expect(territory.reps.count == preset.settings.reps, "\(preset.name)")
            #expect(
                territory.customers.count == preset.settings.reps * preset.settings.customersPerRep, "\(preset.name)")
        }
    }

    @Test func townsAreReadWithOptionalPopulation() throws {
        let text = "name,latitude,longitude,population\nBergamo,45.69601,9.66721,121200\nCrema,45.36264,9.68176,\n"
        let towns = try TownCSV.decode(text, fileName: "towns.csv")

        #expect(towns.count == 2)
        #expect(towns[0] == Town(name: "Bergamo", latitude: 45.69601, longitude: 9.66721, population: 121_200))
        #expect(towns[1].population == nil)
    }

    @Test(arguments: [
        ("name,latitude\nBergamo,45.7\n", nil as String?),
        ("name,latitude,longitude\nBergamo,95,9.6\n", "latitude"),
        ("name,latitude,longitude,population\nBergamo,45.7,9.6,many\n", "population"),
        ("name,latitude,longitude,height\nBergamo,45.7,9.6,250\n", "height"),
    ])
    func badTownRowsNameTheColumn(text: String, column: String?) {
        #expect {
            try TownCSV.decode(text, fileName: "towns.csv")
        } throws: { error in
            (error as? FormatError)?.columnName == column
        }
    }

    private func presetsText(_ replacing: String = "", with replacement: String = "") -> Data {
        let text = """
            {"presets": [{"name": "a", "description": "A", "towns": "t.csv", "area": "city",
              "center": {"latitude": 45, "longitude": 9}, "reps": 1, "customersPerRep": 10,
              "start": "2027-03-08", "days": 5}]}
            """
        return Data((replacing.isEmpty ? text : text.replacingOccurrences(of: replacing, with: replacement)).utf8)
    }

    @Test func farRegionAndHistoryAreRead() throws {
        let text = presetsText(
            "\"days\": 5",
            with: "\"days\": 5, \"history\": \"steady\", \"farRegion\": {\"center\": {\"latitude\": 44.5, "
                + "\"longitude\": 11.3}, \"radiusKilometres\": 30, \"share\": 0.15}")
        let presets = try GeneratorPresetFile.decode(text, fileName: "presets.json")

        let settings = try #require(presets.first?.settings)
        #expect(settings.history == .steady)
        #expect(
            settings.farRegion
                == GeneratorSettings.FarRegion(
                    centerLatitude: 44.5, centerLongitude: 11.3, radiusKilometres: 30, share: 0.15))
    }

    @Test func presetDefaultsAndKeysAreRead() throws {
        let presets = try GeneratorPresetFile.decode(presetsText(), fileName: "presets.json")

        #expect(presets.count == 1)
        #expect(presets[0].settings.area == .city)
        #expect(presets[0].settings.placement == .towns)
        #expect(presets[0].settings.seed == 1)
        #expect(presets[0].townsFile == "t.csv")
    }

    @Test(arguments: [
        ("\"city\"", "\"town\"", "presets[0].area"),
        ("\"reps\": 1", "\"reps\": 0", "presets[0].reps"),
        ("\"days\": 5", "\"dayz\": 5", "presets[0].dayz"),
        ("\"latitude\": 45", "\"latitude\": 145", "presets[0].center.latitude"),
        ("\"days\": 5", "\"days\": 5, \"history\": \"old\"", "presets[0].history"),
        (
            "\"days\": 5",
            "\"days\": 5, \"farRegion\": {\"center\": {\"latitude\": 44, \"longitude\": 11}, \"radiusKilometres\": 0, \"share\": 0.1}",
            "presets[0].farRegion.radiusKilometres"
        ),
        (
            "\"days\": 5",
            "\"days\": 5, \"farRegion\": {\"center\": {\"latitude\": 44, \"longitude\": 11}, \"radiusKilometres\": 30, \"share\": 2}",
            "presets[0].farRegion.share"
        ),
        (
            "\"days\": 5",
            "\"days\": 5, \"farRegion\": {\"center\": {\"latitude\": 89.5, \"longitude\": 11}, \"radiusKilometres\": 100, \"share\": 0.1}",
            "presets[0].farRegion.radiusKilometres"
        ),
        (
            "\"days\": 5",
            "\"days\": 5, \"farRegion\": {\"center\": {\"latitude\": 0, \"longitude\": 179.9}, \"radiusKilometres\": 100, \"share\": 0.1}",
            "presets[0].farRegion.radiusKilometres"
        ),
    ])
    func badPresetsNameThePath(replacing: String, replacement: String, path: String) {
        #expect {
            try GeneratorPresetFile.decode(presetsText(replacing, with: replacement), fileName: "presets.json")
        } throws: { error in
            (error as? FormatError)?.path == path
        }
    }

    /// A far region that crosses the antimeridian is rejected with its
    /// radius, its centre and the fix, and the generator rejects it too.
    @Test func farRegionPastTheAntimeridianIsRejected() throws {
        let text = presetsText(
            "\"days\": 5",
            with: "\"days\": 5, \"farRegion\": {\"center\": {\"latitude\": 0, \"longitude\": 179.9}, "
                + "\"radiusKilometres\": 100, \"share\": 0.1}")

        #expect {
            try GeneratorPresetFile.decode(text, fileName: "presets.json")
        } throws: { error in
            let description = (error as? FormatError)?.description ?? ""
            return description.hasPrefix("presets.json: presets[0].farRegion.radiusKilometres: ")
                && description.contains("100 km around latitude 0, longitude 179.9")
                && description.contains("shrink radiusKilometres")
        }

        let base = try #require(try GeneratorPresetFile.decode(presetsText(), fileName: "presets.json").first)
        var settings = base.settings
        settings.placement = .uniform
        settings.farRegion = GeneratorSettings.FarRegion(
            centerLatitude: 0, centerLongitude: 179.9, radiusKilometres: 100, share: 0.1)
        #expect(throws: TerritoryGenerator.Failure.self) {
            try TerritoryGenerator.territory(settings, towns: [])
        }
    }
}
