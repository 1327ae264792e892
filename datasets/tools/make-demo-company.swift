// Generates datasets/demo-company.json: a field force of 3 groups and 12 reps
// with about 2,000 customers in the towns of
// datasets/towns/northern-italy-towns.csv, in the format of
// docs/company-format.md. A small, known set of customers and reps carries
// deliberate data problems for the health check. The script prints them,
// and datasets/README.md lists them with the criteria they trigger.
//
// Usage, from the repository root:
//
//     swift datasets/tools/make-demo-company.swift
//
// Every run writes the same file. All randomness comes from the SplitMix64
// generator below with a fixed seed, and the script reads no clock, locale
// or system random source.
// NOTE: customer offsets go through the C library's sin, cos and pow, so
// another platform's math library could change a last digit.

import Foundation

// MARK: - Parameters

let seed: UInt64 = 0x6769_726F_636F_6D70
let planningStart = SimpleDate(year: 2027, month: 3, day: 8)  // a Monday
let horizonDays = 5
let companyDueAfter = 0.7
let maximumWorkingMinutes = 9 * 60 + 30
/// Visit duration and cadence that the company settings give every customer
/// that sets none.
let defaultVisitMinutes = 30
let defaultCadenceDays = 28

/// Days before the planning start that the health check reads for cadence
/// compliance. The history of each customer goes back far enough that every
/// due date inside this window has the visit it comes from.
let historyWindowDays = 90
/// Share of visited customers whose last visit is more than one cadence ago.
let overdueShare = 0.05
/// Exponent that skews last visits towards recent dates. With 1 the elapsed
/// ratios on the planning start are uniform over 0.03–0.9; above 1 more
/// customers were seen recently.
let recentVisitSkew = 1.8
/// Share of past visits recorded without a time, for reps that record times.
let untimedShare = 0.08
/// No two customers lie closer than this, so that the health check's
/// same-place criterion (10 m) and duplicate criterion (same name within
/// 100 m) only see the planted pairs.
let minimumSeparationMetres = 30.0
let maximumHomeOffsetMetres = 800.0
/// Customers of rep R12 imported without last visits: 13 % of its cadence
/// customers, above the health check's 10 % for never-visited customers.
let importedCustomerCount = 20

// MARK: - Random numbers

/// The SplitMix64 generator, written out here so that the sequence never
/// depends on the standard library's random API.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Returns a uniform number in [0, 1) with 53 random bits.
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    mutating func uniform(_ range: ClosedRange<Double>) -> Double {
        range.lowerBound + unit() * (range.upperBound - range.lowerBound)
    }

    /// Returns a uniform integer in [0, count).
    mutating func index(below count: Int) -> Int {
        precondition(count > 0, "index(below:) needs a positive count")
        return Int(unit() * Double(count))
    }

    mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    mutating func element<T>(of items: [T]) -> T {
        items[index(below: items.count)]
    }

    /// Returns `items` in a random order (Fisher–Yates shuffle).
    mutating func shuffled<T>(_ items: [T]) -> [T] {
        var result = items
        for position in stride(from: result.count - 1, to: 0, by: -1) {
            result.swapAt(position, index(below: position + 1))
        }
        return result
    }

    /// Returns an item drawn with probability proportional to its weight.
    mutating func weighted<T>(_ choices: [(item: T, weight: Double)]) -> T {
        let total = choices.reduce(0) { $0 + $1.weight }
        var remaining = unit() * total
        for choice in choices {
            remaining -= choice.weight
            if remaining < 0 {
                return choice.item
            }
        }
        return choices[choices.count - 1].item
    }
}

// MARK: - Dates and times

/// A calendar date as days since 1970-01-01 in the proleptic Gregorian
/// calendar, so that no time zone or locale is involved.
struct SimpleDate: Comparable, Hashable {
    let daysSinceEpoch: Int

    init(daysSinceEpoch: Int) {
        self.daysSinceEpoch = daysSinceEpoch
    }

    init(year: Int, month: Int, day: Int) {
        // Days-from-civil over 400-year eras of 146,097 days, with years
        // starting in March so that the leap day comes last.
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let monthFromMarch = (month + 9) % 12
        let dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        daysSinceEpoch = era * 146_097 + dayOfEra - 719_468
    }

    static func < (lhs: SimpleDate, rhs: SimpleDate) -> Bool {
        lhs.daysSinceEpoch < rhs.daysSinceEpoch
    }

    func adding(days: Int) -> SimpleDate {
        SimpleDate(daysSinceEpoch: daysSinceEpoch + days)
    }

    func days(since other: SimpleDate) -> Int {
        daysSinceEpoch - other.daysSinceEpoch
    }

    /// 0 for Monday through 6 for Sunday.
    var weekdayIndex: Int {
        // 1970-01-01 was a Thursday.
        ((daysSinceEpoch + 3) % 7 + 7) % 7
    }

    var components: (year: Int, month: Int, day: Int) {
        let shifted = daysSinceEpoch + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    /// The date as `YYYY-MM-DD`.
    var iso: String {
        let (year, month, day) = components
        return String(format: "%04d-%02d-%02d", year, month, day)
    }
}

let weekdayKeys = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
let lastHorizonDay = planningStart.adding(days: horizonDays - 1)

/// Italian public holidays between October 2026 and the planning start, on
/// which no customer was visited.
let holidays: Set<SimpleDate> = [
    SimpleDate(year: 2026, month: 11, day: 1), SimpleDate(year: 2026, month: 12, day: 8),
    SimpleDate(year: 2026, month: 12, day: 25), SimpleDate(year: 2026, month: 12, day: 26),
    SimpleDate(year: 2027, month: 1, day: 1), SimpleDate(year: 2027, month: 1, day: 6),
]

/// Returns the minutes after midnight of a time `"HH:MM"`.
func minutes(_ time: String) -> Int {
    let parts = time.split(separator: ":").compactMap { Int($0) }
    return parts[0] * 60 + parts[1]
}

func clockText(_ minutes: Int) -> String {
    String(format: "%02d:%02d", minutes / 60, minutes % 60)
}

/// A window in minutes after midnight.
struct Window: Equatable {
    let start: Int
    let end: Int

    init(_ start: String, _ end: String) {
        self.start = minutes(start)
        self.end = minutes(end)
    }

    var length: Int { end - start }
}

/// Windows per weekday index, 0 = Monday. A missing day has no window.
typealias WeeklyHours = [Int: [Window]]

func everyWeekday(_ windows: [Window]) -> WeeklyHours {
    var hours: WeeklyHours = [:]
    for day in 0...4 {
        hours[day] = windows
    }
    return hours
}

// MARK: - Towns

struct Town {
    let name: String
    let province: String
    let latitude: Double
    let longitude: Double
}

/// Splits one CSV record into fields (RFC 4180 quoting, no line breaks
/// inside fields).
func csvFields(_ line: Substring) -> [String] {
    var fields: [String] = []
    var field = ""
    var insideQuotes = false
    var characters = line.makeIterator()
    while let character = characters.next() {
        if insideQuotes {
            if character == "\"" {
                // A doubled quote is a literal quote. Any other character
                // after a quote closes the quoted part.
                guard let following = characters.next() else {
                    insideQuotes = false
                    break
                }
                if following == "\"" {
                    field.append("\"")
                } else {
                    insideQuotes = false
                    if following == "," {
                        fields.append(field)
                        field = ""
                    } else {
                        field.append(following)
                    }
                }
            } else {
                field.append(character)
            }
        } else if character == "\"" {
            insideQuotes = true
        } else if character == "," {
            fields.append(field)
            field = ""
        } else {
            field.append(character)
        }
    }
    fields.append(field)
    return fields
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    exit(1)
}

func readTowns(from url: URL) -> [String: Town] {
    guard let text = try? String(contentsOf: url, encoding: .utf8) else {
        fail("cannot read \(url.path); run the script from a checkout that contains datasets/towns/")
    }
    let lines = text.split(whereSeparator: \.isNewline).filter { !$0.isEmpty }
    guard let headerLine = lines.first else {
        fail("\(url.path) is empty")
    }
    let header = csvFields(headerLine)
    let expectedColumns = ["name", "province", "latitude", "longitude"]
    let columnIndex = expectedColumns.map { column -> Int in
        guard let position = header.firstIndex(of: column) else {
            fail("\(url.path): column \"\(column)\" is missing; the header must contain \(expectedColumns.joined(separator: ","))")
        }
        return position
    }

    var towns: [String: Town] = [:]
    for (offset, line) in lines.dropFirst().enumerated() {
        let fields = csvFields(line)
        let lineNumber = offset + 2
        guard fields.count == header.count else {
            fail("\(url.path): line \(lineNumber) has \(fields.count) fields, expected \(header.count)")
        }
        guard let latitude = Double(fields[columnIndex[2]]), (-90...90).contains(latitude),
            let longitude = Double(fields[columnIndex[3]]), (-180...180).contains(longitude)
        else {
            fail("\(url.path): line \(lineNumber) has an invalid latitude or longitude")
        }
        let name = fields[columnIndex[0]]
        towns[name] = Town(name: name, province: fields[columnIndex[1]], latitude: latitude, longitude: longitude)
    }
    return towns
}

let metresPerDegreeLatitude = 111_320.0

/// Returns a random point up to `maximumMetres` from the town centre,
/// uniformly distributed over that disc.
func scatteredPoint(around town: Town, maximumMetres: Double, random: inout SplitMix64) -> (latitude: Double, longitude: Double) {
    let distance = maximumMetres * random.unit().squareRoot()
    let bearing = 2 * Double.pi * random.unit()
    let latitude = town.latitude + distance * cos(bearing) / metresPerDegreeLatitude
    let longitude = town.longitude
        + distance * sin(bearing) / (metresPerDegreeLatitude * cos(town.latitude * Double.pi / 180))
    return (latitude, longitude)
}

/// Returns the straight-line distance in metres on a local flat
/// approximation, good to well under 1 % over the few kilometres it is used
/// for.
func metresBetween(_ a: (latitude: Double, longitude: Double), _ b: (latitude: Double, longitude: Double)) -> Double {
    let dy = (a.latitude - b.latitude) * metresPerDegreeLatitude
    let dx = (a.longitude - b.longitude) * metresPerDegreeLatitude * cos(a.latitude * Double.pi / 180)
    return (dx * dx + dy * dy).squareRoot()
}

/// Customer locations bucketed into cells of 0.001 degrees (about 111 m by
/// 78 m here), to keep every new customer `minimumSeparationMetres` from
/// the others without comparing every pair.
struct SeparationGrid {
    private var cells: [Int: [(latitude: Double, longitude: Double)]] = [:]

    private func key(_ latitudeCell: Int, _ longitudeCell: Int) -> Int {
        latitudeCell * 1_000_000 + longitudeCell
    }

    private func cell(of point: (latitude: Double, longitude: Double)) -> (Int, Int) {
        (Int((point.latitude * 1000).rounded(.down)), Int((point.longitude * 1000).rounded(.down)))
    }

    func isFree(_ point: (latitude: Double, longitude: Double)) -> Bool {
        let (row, column) = cell(of: point)
        for dRow in -1...1 {
            for dColumn in -1...1 {
                for other in cells[key(row + dRow, column + dColumn)] ?? []
                where metresBetween(point, other) < minimumSeparationMetres {
                    return false
                }
            }
        }
        return true
    }

    mutating func insert(_ point: (latitude: Double, longitude: Double)) {
        let (row, column) = cell(of: point)
        cells[key(row, column), default: []].append(point)
    }
}

// MARK: - Groups and reps

struct GroupDefinition {
    let id: String
    let name: String
    let supervisorID: String
    let supervisorName: String
}

let groupDefinitions = [
    GroupDefinition(id: "bergamo", name: "Bergamo", supervisorID: "roberto.gritti", supervisorName: "Roberto Gritti"),
    GroupDefinition(id: "brescia", name: "Brescia", supervisorID: "anna.cominelli", supervisorName: "Anna Cominelli"),
    GroupDefinition(id: "south", name: "Cremona, Lodi and east Milan", supervisorID: "stefano.mariani",
                    supervisorName: "Stefano Mariani"),
]

/// A rep, the town it lives in, and the towns of its territory. Each town
/// belongs to one rep, and each rep lives in the middle of its towns, so
/// that no customer lies much nearer another rep's home.
struct RepDefinition {
    let id: String
    let name: String
    let userID: String
    let groupID: String
    let homeTown: String
    let towns: [String]
    /// Customers placed in the territory's towns, before the planted extras.
    let customerCount: Int
}

let repDefinitions = [
    RepDefinition(id: "R01", name: "Marco Locatelli", userID: "marco.locatelli", groupID: "bergamo", homeTown: "Bergamo",
                  towns: ["Bergamo", "Pedrengo", "Seriate", "Albano Sant'Alessandro", "Grassobbio",
                          "Azzano San Paolo", "Zanica"],
                  customerCount: 168),
    RepDefinition(id: "R02", name: "Sara Pesenti", userID: "sara.pesenti", groupID: "bergamo", homeTown: "Dalmine",
                  towns: ["Dalmine", "Stezzano", "Osio Sotto", "Verdello", "Brembate", "Capriate San Gervasio",
                          "Ciserano", "Urgnano", "Spirano"],
                  customerCount: 170),
    RepDefinition(id: "R03", name: "Davide Rota", userID: "davide.rota", groupID: "bergamo", homeTown: "Treviglio",
                  towns: ["Treviglio", "Caravaggio", "Fara Gera d'Adda", "Brignano Gera d'Adda", "Cologno al Serio"],
                  customerCount: 160),
    RepDefinition(id: "R04", name: "Elisa Belotti", userID: "elisa.belotti", groupID: "bergamo", homeTown: "Calcinate",
                  towns: ["Calcinate", "Trescore Balneario", "Chiuduno", "Grumello del Monte", "Castelli Calepio",
                          "Sarnico", "Villongo", "Bolgare", "Palosco", "Ghisalba", "Martinengo",
                          "Romano di Lombardia"],
                  customerCount: 176),
    RepDefinition(id: "R05", name: "Chiara Bonomi", userID: "chiara.bonomi", groupID: "brescia", homeTown: "Brescia",
                  towns: ["Brescia", "Roncadelle", "Castel Mella", "Castegnato", "Gussago"],
                  customerCount: 174),
    RepDefinition(id: "R06", name: "Andrea Franzoni", userID: "andrea.franzoni", groupID: "brescia",
                  homeTown: "Passirano",
                  towns: ["Passirano", "Iseo", "Corte Franca", "Adro", "Capriolo", "Rovato", "Ospitaletto",
                          "Travagliato"],
                  customerCount: 166),
    RepDefinition(id: "R07", name: "Paolo Vezzoli", userID: "paolo.vezzoli", groupID: "brescia", homeTown: "Chiari",
                  towns: ["Chiari", "Coccaglio", "Cologne", "Palazzolo sull'Oglio", "Pontoglio", "Castelcovati",
                          "Castrezzato", "Rudiano", "Trenzano", "Orzinuovi"],
                  customerCount: 172),
    RepDefinition(id: "R08", name: "Francesca Zanotti", userID: "francesca.zanotti", groupID: "brescia",
                  homeTown: "Manerbio",
                  towns: ["Manerbio", "Ghedi", "Leno", "Bagnolo Mella", "Verolanuova"],
                  customerCount: 158),
    RepDefinition(id: "R09", name: "Luca Ferrari", userID: "luca.ferrari", groupID: "south", homeTown: "Cremona",
                  towns: ["Cremona", "Soresina"],
                  customerCount: 162),
    RepDefinition(id: "R10", name: "Giorgia Bertolotti", userID: "giorgia.bertolotti", groupID: "south",
                  homeTown: "Crema",
                  towns: ["Crema", "Offanengo", "Castelleone", "Soncino"],
                  customerCount: 164),
    RepDefinition(id: "R11", name: "Matteo Bassi", userID: "matteo.bassi", groupID: "south", homeTown: "Lodi",
                  towns: ["Lodi", "Sant'Angelo Lodigiano", "Zelo Buon Persico", "Paullo", "Spino d'Adda", "Pandino"],
                  customerCount: 168),
    RepDefinition(id: "R12", name: "Laura Colombo", userID: "laura.colombo", groupID: "south", homeTown: "Inzago",
                  towns: ["Inzago", "Melzo", "Gorgonzola", "Gessate", "Pozzuolo Martesana", "Cassano d'Adda",
                          "Vaprio d'Adda", "Trezzo sull'Adda", "Cornate d'Adda", "Vimercate", "Rivolta d'Adda"],
                  customerCount: 132),
]

/// Relative number of customers per town; 1 for towns not listed. Larger
/// towns also spread their customers over a wider disc.
let townWeights: [String: Double] = [
    "Bergamo": 7, "Brescia": 9, "Cremona": 8, "Crema": 4, "Lodi": 4, "Treviglio": 3,
    "Seriate": 2, "Dalmine": 2, "Romano di Lombardia": 2, "Chiari": 2, "Palazzolo sull'Oglio": 2,
    "Rovato": 2, "Caravaggio": 2, "Cassano d'Adda": 2, "Melzo": 2, "Gorgonzola": 2, "Ghedi": 2,
    "Manerbio": 2, "Vimercate": 2, "Orzinuovi": 2, "Soresina": 3, "Iseo": 1.5, "Castelleone": 1.5,
    "Sant'Angelo Lodigiano": 1.5, "Gussago": 1.5, "Trescore Balneario": 1.5,
]

/// Customers of a town lie up to this far from its centre.
func scatterRadiusMetres(of townName: String) -> Double {
    min(4000, 1300 * (townWeights[townName] ?? 1).squareRoot())
}

/// Working hours of a rep on a weekday in minutes, as the settings cascade
/// gives them: the company's Monday to Friday 08:00–18:00, the south
/// group's 07:30–17:30, and rep R07's short Friday.
func workingWindow(of rep: RepDefinition, weekday: Int) -> Window? {
    guard weekday < 5 else { return nil }
    if rep.id == "R07" && weekday == 4 {
        return Window("08:00", "13:00")
    }
    return rep.groupID == "south" ? Window("07:30", "17:30") : Window("08:00", "18:00")
}

/// Setup minutes that rep-level settings give a rep's customers: parking
/// takes longer in the two largest cities.
func repSetupMinutes(_ repID: String) -> Int {
    ["R01", "R05"].contains(repID) ? 5 : 0
}

// MARK: - Opening hours

enum HoursProfile: CaseIterable {
    /// 08:30–12:30 and 15:00–19:00, Monday to Friday: the company's default
    /// opening hours, which these customers inherit.
    case shop
    /// As `shop`, plus Saturday morning.
    case shopWithSaturday
    /// Closed on Monday morning, open Saturday morning.
    case shopClosedMondayMorning
    /// As `shop`, but closed all Wednesday.
    case shopClosedWednesday
    /// 09:00–17:00, Monday to Friday.
    case office
    /// One short window on some days, such as a wholesaler's goods-in hours.
    case narrow

    var weight: Double {
        switch self {
        case .shop: 40
        case .shopWithSaturday: 18
        case .shopClosedMondayMorning: 9
        case .shopClosedWednesday: 8
        case .office: 19
        case .narrow: 6
        }
    }

    var businessTypes: [String] {
        switch self {
        case .shop, .shopWithSaturday, .shopClosedMondayMorning, .shopClosedWednesday:
            ["Ferramenta", "Colorificio", "Casalinghi", "Emporio", "Elettroforniture",
             "Utensileria", "Agraria", "Idraulica", "Brico", "Termoidraulica", "Vernici", "Giardinaggio"]
        case .office:
            ["Studio Tecnico", "Impresa Edile", "Impianti Elettrici", "Serramenti", "Costruzioni",
             "Manutenzioni", "Carpenteria"]
        case .narrow:
            ["Ingrosso", "Magazzino", "Deposito Edile", "Rivendita Edile"]
        }
    }
}

let morning = Window("08:30", "12:30")
let afternoon = Window("15:00", "19:00")
/// The opening hours of the company settings.
let companyOpeningHours = everyWeekday([morning, afternoon])

/// Returns a customer's own opening hours for a profile, or nil for the
/// `shop` profile, which inherits the company's.
func openingHours(for profile: HoursProfile, random: inout SplitMix64) -> WeeklyHours? {
    var hours: WeeklyHours = [:]
    switch profile {
    case .shop:
        return nil
    case .shopWithSaturday:
        hours = companyOpeningHours
        hours[5] = [morning]
    case .shopClosedMondayMorning:
        hours = companyOpeningHours
        hours[0] = [afternoon]
        hours[5] = [morning]
    case .shopClosedWednesday:
        hours = companyOpeningHours
        hours[2] = nil
    case .office:
        hours = everyWeekday([Window("09:00", "17:00")])
    case .narrow:
        let variants: [(days: [Int], window: Window)] = [
            ([1, 3], Window("14:00", "16:00")),
            ([0, 1, 2, 3, 4], Window("08:00", "09:30")),
            ([0, 2, 4], Window("10:30", "12:00")),
        ]
        let variant = random.element(of: variants)
        for day in variant.days {
            hours[day] = [variant.window]
        }
    }
    return hours
}

// MARK: - Customers

let surnames = [
    "Rossi", "Bianchi", "Colombo", "Ferrari", "Brambilla", "Rota", "Locatelli", "Pagani",
    "Galli", "Sala", "Mariani", "Ghilardi", "Bonomi", "Belotti", "Cattaneo", "Ravasio",
    "Pezzotta", "Gatti", "Bassi", "Moretti", "Zanardi", "Facchinetti", "Pedrini", "Gritti",
    "Bertoli", "Lanfranchi", "Marchetti", "Cominelli", "Bosio", "Manenti", "Zanini", "Mazza",
    "Bonetti", "Arrigoni", "Carminati", "Vitali", "Cremonesi", "Bellini", "Ferrario", "Mapelli",
    "Rizzi", "Invernizzi", "Pesenti", "Capelli", "Fumagalli", "Sangalli", "Tironi", "Vezzoli",
    "Bonfanti", "Ghidini", "Zucchi", "Lodigiani", "Agosti", "Barbieri", "Maffeis", "Cortinovis",
]

struct PastVisit {
    let date: SimpleDate
    /// Minutes after midnight; nil when the rep recorded no time.
    var time: Int?
}

struct Customer {
    let id: String
    let name: String
    let repID: String
    let townName: String
    var latitude: Double
    var longitude: Double
    let profile: HoursProfile
    /// Customer-level opening hours; nil inherits the company's.
    var ownHours: WeeklyHours?
    var visitMinutes: Int
    /// Customer-level setup; nil inherits the rep's.
    var setupMinutes: Int?
    var adherence: String
    var cadenceDays: Int
    /// Customer-level `dueAfter`; nil inherits.
    var dueAfter: Double?
    var appointmentLeeway: Int?
    let priorityClass: String
    var lastVisit: SimpleDate?
    /// Past visits, oldest first.
    var history: [PastVisit] = []
    var blocks: [(from: SimpleDate, to: SimpleDate)] = []
    var activationDate: SimpleDate?
    var preferredWindows: WeeklyHours?

    var openingHours: WeeklyHours { ownHours ?? companyOpeningHours }

    /// The latest visit before the planning start, or a later `lastVisit`
    /// when one was entered, as the planner reads it.
    var previousVisit: SimpleDate? {
        ([lastVisit].compactMap { $0 } + history.map(\.date)).max()
    }

    func isOpen(weekday: Int, from start: Int, minutes duration: Int) -> Bool {
        (openingHours[weekday] ?? []).contains { $0.start <= start && start + duration <= $0.end }
    }
}

/// Mutable state of the generation: the random numbers, the names and
/// locations taken so far, and the next customer number.
struct Generation {
    var random: SplitMix64
    var usedNames: Set<String> = []
    var grid = SeparationGrid()
    var nextNumber = 1

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    mutating func freeLocation(around town: Town) -> (latitude: Double, longitude: Double) {
        for _ in 0..<1000 {
            let point = scatteredPoint(around: town, maximumMetres: scatterRadiusMetres(of: town.name), random: &random)
            if grid.isFree(point) {
                grid.insert(point)
                return point
            }
        }
        fail("no free location left around \(town.name); lower the customer counts or minimumSeparationMetres")
    }

    mutating func uniqueName(types: [String], townName: String) -> String {
        for _ in 0..<10_000 {
            let name = "\(random.element(of: types)) \(random.element(of: surnames)) (\(townName))"
            if !usedNames.contains(name) {
                usedNames.insert(name)
                return name
            }
        }
        fail("ran out of customer names for \(townName); add surnames")
    }

    mutating func makeCustomer(rep: RepDefinition, town: Town) -> Customer {
        let profile = random.weighted(HoursProfile.allCases.map { ($0, $0.weight) })
        let name = uniqueName(types: profile.businessTypes, townName: town.name)
        let point = freeLocation(around: town)

        let visitChoices: [Int]
        let entireShare: Double
        switch profile {
        case .office:
            visitChoices = [30, 40, 45, 50, 60]
            entireShare = 0.5
        case .narrow:
            visitChoices = [20, 25, 30, 40]
            entireShare = 0
        default:
            visitChoices = [20, 25, 30, 30, 30, 35, 40, 45]
            entireShare = 0.12
        }
        let hours = openingHours(for: profile, random: &random)
        let setup: Int? = profile == .narrow && random.chance(0.5) ? 10 : nil
        let cadence = random.weighted([(14, 20.0), (28, 50.0), (56, 30.0)])
        let priorityClass = random.weighted([("A", 20.0), ("B", 35.0), ("C", 45.0)])
        let number = nextNumber
        nextNumber += 1

        var customer = Customer(
            id: String(format: "C%04d", number), name: name, repID: rep.id, townName: town.name,
            latitude: point.latitude, longitude: point.longitude, profile: profile, ownHours: hours,
            visitMinutes: random.element(of: visitChoices), setupMinutes: setup,
            adherence: random.chance(entireShare) ? "entire" : "start", cadenceDays: cadence,
            dueAfter: nil, appointmentLeeway: nil, priorityClass: priorityClass, lastVisit: nil)
        // Key accounts may be seen a little earlier than the company's rule.
        // Rep R08 keeps its rep-level dueAfter on every customer.
        if priorityClass == "A" && rep.id != "R08" && random.chance(0.04) {
            customer.dueAfter = 0.6
        }
        if profile == .office && random.chance(0.1) {
            customer.preferredWindows = everyWeekday([Window("09:00", "12:00")])
        }
        if random.chance(0.01) {
            customer.appointmentLeeway = 30
        }
        return customer
    }
}

/// Returns the town of each of a rep's customers: `count` customers spread
/// over its towns in proportion to `townWeights` (largest remainder).
func customerTowns(of rep: RepDefinition, count: Int, towns: [String: Town]) -> [Town] {
    let weights = rep.towns.map { townWeights[$0] ?? 1 }
    let total = weights.reduce(0, +)
    let shares = weights.map { Double(count) * $0 / total }
    var counts = shares.map { Int($0.rounded(.down)) }
    let order = shares.indices.sorted { (shares[$0] - Double(counts[$0]), -$0) > (shares[$1] - Double(counts[$1]), -$1) }
    for index in order.prefix(count - counts.reduce(0, +)) {
        counts[index] += 1
    }
    return zip(rep.towns, counts).flatMap { name, townCount -> [Town] in
        guard let town = towns[name] else { fail("town \"\(name)\" of rep \(rep.id) is not in the towns CSV") }
        return Array(repeating: town, count: townCount)
    }
}

// MARK: - Visit history

/// Returns true when a rep could have visited a customer on a date: a
/// working day that is not a holiday, on which the customer has an opening
/// window inside the rep's working hours.
func canVisit(_ customer: Customer, rep: RepDefinition, on date: SimpleDate) -> Bool {
    guard !holidays.contains(date), let work = workingWindow(of: rep, weekday: date.weekdayIndex) else {
        return false
    }
    return (customer.openingHours[date.weekdayIndex] ?? []).contains { $0.start < work.end && $0.end > work.start }
}

/// Returns a time for a visit on a date, inside an opening window and the
/// rep's working hours, rounded to 5 minutes.
func visitTime(_ customer: Customer, rep: RepDefinition, on date: SimpleDate, random: inout SplitMix64) -> Int {
    guard let work = workingWindow(of: rep, weekday: date.weekdayIndex) else { fail("no working day on \(date.iso)") }
    let windows = (customer.openingHours[date.weekdayIndex] ?? []).filter { $0.start < work.end && $0.end > work.start }
    let window = random.element(of: windows)
    let earliest = max(window.start, work.start)
    let latest = max(earliest, min(window.end - 15, work.end - customer.visitMinutes))
    let time = earliest + Int(random.unit() * Double(latest - earliest + 1))
    return min(latest, (time + 2) / 5 * 5)
}

/// Returns the nearest date to `target`, trying 0, −1, +1, −2, +2 … days,
/// on which the rep could visit the customer. The date must also lie
/// `allowedGap` days before `later`. Returns nil when no date within 5 days
/// qualifies.
func visitDate(near target: SimpleDate, before later: SimpleDate?, allowedGap: ClosedRange<Int>,
               customer: Customer, rep: RepDefinition) -> SimpleDate? {
    for offset in [0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5] {
        let date = target.adding(days: offset)
        if let later, !allowedGap.contains(later.days(since: date)) {
            continue
        }
        if canVisit(customer, rep: rep, on: date) {
            return date
        }
    }
    return nil
}

/// Returns the elapsed ratios on the planning start of `count` customers:
/// `overdueShare` of them overdue, the others between 0.03 and 0.9 of their
/// cadence, skewed towards recent visits. Those others are stratified, one
/// in each of their equal slices of the range, so that every rep gets about
/// the same number of eligible customers.
func elapsedRatios(count: Int, random: inout SplitMix64) -> [Double] {
    let overdue = Int((Double(count) * overdueShare).rounded())
    var ratios = (0..<overdue).map { _ in random.uniform(1.05...1.4) }
    let recent = count - overdue
    for slice in 0..<recent {
        let position = (Double(slice) + random.unit()) / Double(recent)
        ratios.append(0.03 + 0.87 * pow(position, recentVisitSkew))
    }
    return random.shuffled(ratios)
}

/// Fills in the last visit and the visit history of a customer whose last
/// visit lies `ratio` of its cadence before the planning start.
///
/// Earlier visits step back by 80–97 % of the cadence, so every due date
/// before the last visit was met, until a visit's due date falls before
/// the health check's 90-day window.
func assignHistory(_ customer: inout Customer, ratio: Double, rep: RepDefinition, random: inout SplitMix64) {
    let cadence = customer.cadenceDays
    let target = planningStart.adding(days: -max(1, Int((ratio * Double(cadence)).rounded())))
    guard let last = visitDate(near: target, before: planningStart, allowedGap: 1...400, customer: customer, rep: rep)
    else {
        fail("customer \(customer.id) has no visiting day near \(target.iso)")
    }

    var dates = [last]
    let windowStart = planningStart.adding(days: -historyWindowDays)
    while true {
        let step = Int((Double(cadence) * random.uniform(0.8...0.97)).rounded())
        let gapRange = max(1, Int(Double(cadence) * 0.6))...cadence
        guard let earlier = visitDate(near: dates[0].adding(days: -step), before: dates[0], allowedGap: gapRange,
                                      customer: customer, rep: rep)
        else {
            fail("customer \(customer.id) has no visiting day about \(step) days before \(dates[0].iso)")
        }
        guard earlier.adding(days: cadence) >= windowStart else { break }
        dates.insert(earlier, at: 0)
    }

    customer.lastVisit = last
    customer.history = dates.map { PastVisit(date: $0, time: nil) }
}

/// Gives every past visit a time, except for about `untimedShare` of them,
/// or none at all for a rep that records no times.
func assignVisitTimes(_ customer: inout Customer, rep: RepDefinition, recordsTimes: Bool, random: inout SplitMix64) {
    for index in customer.history.indices {
        let date = customer.history[index].date
        let untimed = !recordsTimes || random.chance(untimedShare)
        customer.history[index].time = untimed ? nil : visitTime(customer, rep: rep, on: date, random: &random)
    }
}

// MARK: - Appointments, reservations and planted problems

struct Appointment {
    let id: String
    let repID: String?
    let customerID: String?
    let kind: String
    /// The date of a fixed or on-day appointment, or any date of the week
    /// of an in-week one.
    let date: SimpleDate
    let start: Int?
    let earliest: Int?
    let latest: Int?
    let minutes: Int
}

/// One deliberate data problem: what it is, the health criteria it should
/// trigger, and the ids the findings should name.
struct PlantedProblem {
    let summary: String
    let criteria: [String]
    let repIDs: [String]
    let customerIDs: [String]
}

/// The company being built, before it is written as JSON.
struct CompanyDraft {
    var customers: [Customer] = []
    var appointments: [Appointment] = []
    var reservations: [(id: String, customerID: String)] = []
    var problems: [PlantedProblem] = []
    var daysOff: [String: [SimpleDate]] = [:]
    /// Customers that a planted problem, an appointment or a reservation
    /// already uses, so that no customer carries two of them.
    var usedCustomerIDs: Set<String> = []

    /// Picks a random customer of a rep that nothing else uses and that
    /// matches `isSuitable`, and marks it as used.
    mutating func pick(rep repID: String, random: inout SplitMix64, _ isSuitable: (Customer) -> Bool = { _ in true })
        -> Int
    {
        let candidates = customers.indices.filter {
            let customer = customers[$0]
            return customer.repID == repID && !usedCustomerIDs.contains(customer.id) && customer.lastVisit != nil
                && isSuitable(customer)
        }
        guard !candidates.isEmpty else { fail("no suitable customer of rep \(repID) is left; change the seed") }
        let index = random.element(of: candidates)
        usedCustomerIDs.insert(customers[index].id)
        return index
    }

    func customers(ofRep repID: String) -> [Customer] {
        customers.filter { $0.repID == repID }
    }
}

/// Cologne in Germany, about at its centre: where a geocoder that ignores
/// the province puts "Cologne", a town in the province of Brescia.
let cologneGermany = (latitude: 50.93333, longitude: 6.95)

func addAppointments(to draft: inout CompanyDraft, random: inout SplitMix64) {
    let monday = planningStart
    let requests: [(repID: String, town: String, day: Int, start: String, minutes: Int)] = [
        ("R01", "Bergamo", 1, "10:00", 45),
        ("R09", "Cremona", 2, "16:00", 60),
        ("R12", "Melzo", 3, "09:30", 45),
        ("R07", "Palazzolo sull'Oglio", 0, "11:00", 30),
    ]
    for request in requests {
        let start = minutes(request.start)
        let index = draft.pick(rep: request.repID, random: &random) {
            $0.townName == request.town && $0.isOpen(weekday: request.day, from: start, minutes: request.minutes)
        }
        draft.appointments.append(
            Appointment(id: "A\(draft.appointments.count + 1)", repID: nil, customerID: draft.customers[index].id,
                        kind: "fixed", date: monday.adding(days: request.day), start: start, earliest: nil,
                        latest: nil, minutes: request.minutes))
    }

    // A visit some time on Wednesday afternoon, and one before noon on any
    // day of the week.
    let onDay = draft.pick(rep: "R06", random: &random) { $0.isOpen(weekday: 2, from: minutes("14:00"), minutes: 180) }
    draft.appointments.append(
        Appointment(id: "A\(draft.appointments.count + 1)", repID: nil, customerID: draft.customers[onDay].id,
                    kind: "onDay", date: monday.adding(days: 2), start: nil, earliest: minutes("14:00"),
                    latest: minutes("17:00"), minutes: 60))
    let inWeek = draft.pick(rep: "R04", random: &random) { $0.profile == .shop }
    draft.appointments.append(
        Appointment(id: "A\(draft.appointments.count + 1)", repID: nil, customerID: draft.customers[inWeek].id,
                    kind: "inWeek", date: monday, start: nil, earliest: nil, latest: minutes("12:00"), minutes: 30))
    // The weekly call with the supervisor, taken from wherever the rep is.
    draft.appointments.append(
        Appointment(id: "A\(draft.appointments.count + 1)", repID: "R10", customerID: nil, kind: "fixed",
                    date: monday, start: minutes("08:00"), earliest: nil, latest: nil, minutes: 30))

    // Customers seen recently, so not yet eligible, who asked for a visit.
    for repID in ["R03", "R07", "R12"] {
        let index = draft.pick(rep: repID, random: &random) { customer in
            guard let previous = customer.previousVisit else { return false }
            return Double(lastHorizonDay.days(since: previous)) < companyDueAfter * Double(customer.cadenceDays)
        }
        draft.reservations.append((id: "RES\(draft.reservations.count + 1)", customerID: draft.customers[index].id))
    }
}

/// Plants the data problems that the health check should find, and records
/// each one. Problems that add customers are planted while the reps'
/// customers are generated; see `main`.
func plantProblems(in draft: inout CompanyDraft, random: inout SplitMix64) {
    func record(_ summary: String, _ criteria: [String], reps: [String] = [], customers: [String] = []) {
        draft.problems.append(PlantedProblem(summary: summary, criteria: criteria, repIDs: reps, customerIDs: customers))
    }

    var index = draft.pick(rep: "R10", random: &random)
    draft.customers[index].latitude = 0
    draft.customers[index].longitude = 0
    record("Coordinates at 0°, 0° left by failed geocoding", ["DQ-02"], reps: ["R10"],
           customers: [draft.customers[index].id])

    index = draft.pick(rep: "R07", random: &random) { $0.townName == "Cologne" }
    draft.customers[index].latitude = cologneGermany.latitude
    draft.customers[index].longitude = cologneGermany.longitude
    record("Customer in Cologne (province of Brescia) geocoded to Cologne in Germany",
           ["DQ-03", "DQ-04", "TR-02"], reps: ["R07"], customers: [draft.customers[index].id])

    index = draft.pick(rep: "R02", random: &random)
    draft.customers[index].ownHours = [:]
    record("Opening hours cleared: closed on every day", ["DQ-09"], reps: ["R02"],
           customers: [draft.customers[index].id])

    index = draft.pick(rep: "R04", random: &random) { $0.profile == .shop }
    draft.customers[index].ownHours = everyWeekday([Window("08:00", "09:30")])
    draft.customers[index].visitMinutes = 120
    draft.customers[index].adherence = "start"
    record("A 120-minute visit at a customer open only 08:00–09:30", ["DQ-10"], reps: ["R04"],
           customers: [draft.customers[index].id])

    index = draft.pick(rep: "R09", random: &random)
    draft.customers[index].cadenceDays = 0
    record("Cadence 0 (manual customer) with no appointment or reservation", ["DQ-11"], reps: ["R09"],
           customers: [draft.customers[index].id])

    // Day and month swapped: a visit on 2027-02-09 entered as 2027-09-02.
    index = draft.pick(rep: "R11", random: &random) { customer in
        guard let last = customer.lastVisit else { return false }
        let (year, month, day) = last.components
        return year == 2027 && month <= 2 && (4...12).contains(day)
    }
    let (year, month, day) = draft.customers[index].lastVisit!.components
    draft.customers[index].lastVisit = SimpleDate(year: year, month: day, day: month)
    record("Last visit in the future: day and month swapped", ["DQ-12"], reps: ["R11"],
           customers: [draft.customers[index].id])

    let tuesday = planningStart.adding(days: 1)
    let first = draft.pick(rep: "R05", random: &random) { $0.isOpen(weekday: 1, from: minutes("10:00"), minutes: 60) }
    let second = draft.pick(rep: "R05", random: &random) { $0.isOpen(weekday: 1, from: minutes("10:30"), minutes: 45) }
    for (customerIndex, start, length) in [(first, "10:00", 60), (second, "10:30", 45)] {
        draft.appointments.append(
            Appointment(id: "A\(draft.appointments.count + 1)", repID: nil,
                        customerID: draft.customers[customerIndex].id, kind: "fixed", date: tuesday,
                        start: minutes(start), earliest: nil, latest: nil, minutes: length))
    }
    record("Two fixed appointments on Tuesday that overlap by 30 minutes", ["DQ-13"], reps: ["R05"],
           customers: [draft.customers[first].id, draft.customers[second].id])

    let friday = planningStart.adding(days: 4)
    draft.daysOff["R11"] = [friday]
    index = draft.pick(rep: "R11", random: &random) { $0.isOpen(weekday: 4, from: minutes("10:00"), minutes: 45) }
    draft.appointments.append(
        Appointment(id: "A\(draft.appointments.count + 1)", repID: nil, customerID: draft.customers[index].id,
                    kind: "fixed", date: friday, start: minutes("10:00"), earliest: nil, latest: nil, minutes: 45))
    record("Fixed appointment on Friday, the rep's day off", ["DQ-14"], reps: ["R11"],
           customers: [draft.customers[index].id])

    index = draft.pick(rep: "R01", random: &random)
    draft.customers[index].blocks = [(SimpleDate(year: 2027, month: 3, day: 1), SimpleDate(year: 2027, month: 3, day: 31))]
    record("Blocked for all of March, closed for renovation", ["DQ-15"], reps: ["R01"],
           customers: [draft.customers[index].id])

    index = draft.pick(rep: "R10", random: &random) { $0.profile == .shop }
    draft.customers[index].ownHours = [5: [morning]]
    record("Open only on Saturday morning, when the rep does not work", ["PS-03"], reps: ["R10"],
           customers: [draft.customers[index].id])

    index = draft.pick(rep: "R09", random: &random) { $0.cadenceDays == 28 }
    draft.customers[index].cadenceDays = 3
    record("Cadence of 3 days, shorter than the 5-day horizon (30 was meant)", ["PS-06"], reps: ["R09"],
           customers: [draft.customers[index].id])

    index = draft.pick(rep: "R02", random: &random) { $0.ownHours == nil }
    draft.customers[index].ownHours = everyWeekday([Window("06:00", "08:00")])
    record("Open only 06:00–08:00, closed before the rep can arrive from home", ["TR-09"], reps: ["R02"],
           customers: [draft.customers[index].id])

    // Dropped in on every Monday for three months although its cadence is
    // 56 days.
    let weekly = draft.pick(rep: "R04", random: &random) { $0.cadenceDays == 56 && $0.isOpen(weekday: 0, from: 600, minutes: 30) }
    var visits: [PastVisit] = []
    var date = planningStart.adding(days: -7)
    while date >= planningStart.adding(days: -historyWindowDays) {
        if !holidays.contains(date) {
            visits.insert(PastVisit(date: date, time: minutes("10:00")), at: 0)
        }
        date = date.adding(days: -7)
    }
    draft.customers[weekly].history = visits
    draft.customers[weekly].lastVisit = visits.last?.date
    record("Cadence 56 days, but visited every Monday for three months", ["US-06"], reps: ["R04"],
           customers: [draft.customers[weekly].id])

    record("Rep-level dueAfter 1.0: customers may only be visited once due", ["PS-01"], reps: ["R08"],
           customers: draft.customers(ofRep: "R08").map(\.id))
    record("Break of 45 minutes in a 45-minute frame, 12:30–13:15", ["PS-02"], reps: ["R03"])
    record("Visit history recorded without times", ["US-03"], reps: ["R06"],
           customers: draft.customers(ofRep: "R06").filter { !$0.history.isEmpty }.map(\.id))
}

// MARK: - JSON output

/// A JSON value whose objects keep their key order, so that the file reads
/// in the order of docs/company-format.md.
indirect enum JSON {
    case string(String)
    /// A number, already written as JSON text.
    case number(String)
    case array([JSON])
    case object([(String, JSON)])

    static func integer(_ value: Int) -> JSON {
        .number(String(value))
    }

    static func decimal(_ value: Double) -> JSON {
        .number(String(value))
    }

    static func degrees(_ value: Double) -> JSON {
        .number(String(format: "%.5f", value))
    }
}

func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": result += "\\\""
        case "\\": result += "\\\\"
        case "\n": result += "\\n"
        case _ where scalar.value < 0x20: result += String(format: "\\u%04x", scalar.value)
        default: result.unicodeScalars.append(scalar)
        }
    }
    return result + "\""
}

func inlineText(_ value: JSON) -> String {
    switch value {
    case .string(let text):
        return quoted(text)
    case .number(let text):
        return text
    case .array(let items):
        return items.isEmpty ? "[]" : "[" + items.map(inlineText).joined(separator: ", ") + "]"
    case .object(let members):
        if members.isEmpty { return "{}" }
        return "{ " + members.map { "\(quoted($0.0)): \(inlineText($0.1))" }.joined(separator: ", ") + " }"
    }
}

/// Writes `value` on one line when it fits in 110 columns after `usedColumns`,
/// and otherwise one member or item per line.
func prettyText(_ value: JSON, indent: Int, usedColumns: Int) -> String {
    let inline = inlineText(value)
    if usedColumns + inline.count <= 110 {
        return inline
    }
    let padding = String(repeating: " ", count: indent + 2)
    let closingPadding = String(repeating: " ", count: indent)
    switch value {
    case .array(let items):
        let lines = items.map { padding + prettyText($0, indent: indent + 2, usedColumns: indent + 2) }
        return "[\n" + lines.joined(separator: ",\n") + "\n" + closingPadding + "]"
    case .object(let members):
        let lines = members.map { key, member -> String in
            let prefix = padding + quoted(key) + ": "
            return prefix + prettyText(member, indent: indent + 2, usedColumns: prefix.count)
        }
        return "{\n" + lines.joined(separator: ",\n") + "\n" + closingPadding + "}"
    case .string, .number:
        return inline
    }
}

func clock(_ minutes: Int) -> JSON {
    .string(clockText(minutes))
}

func location(latitude: Double, longitude: Double) -> JSON {
    .object([("latitude", .degrees(latitude)), ("longitude", .degrees(longitude))])
}

func weeklyWindowsJSON(_ hours: WeeklyHours) -> JSON {
    .object(hours.keys.sorted().map { day in
        (weekdayKeys[day], .array(hours[day]!.map { window in
            .object([("start", clock(window.start)), ("end", clock(window.end))])
        }))
    })
}

func workingHoursJSON(_ window: Window) -> JSON {
    .object((0...4).map { (weekdayKeys[$0], .object([("start", clock(window.start)), ("end", clock(window.end))])) })
}

func companySettingsJSON() -> JSON {
    .object([
        ("workingHours", workingHoursJSON(Window("08:00", "18:00"))),
        ("maximumWorkingTime", .integer(maximumWorkingMinutes)),
        ("breakRule", .object([("frameStart", .string("12:00")), ("frameEnd", .string("14:30")), ("minutes", .integer(45))])),
        ("visitDuration", .integer(defaultVisitMinutes)),
        ("cadenceDays", .integer(defaultCadenceDays)),
        ("dueAfter", .decimal(companyDueAfter)),
        ("adherence", .string("start")),
        ("openingHours", weeklyWindowsJSON(companyOpeningHours)),
        ("appointmentLeeway", .integer(15)),
        ("drivingTimeWeight", .integer(1)),
        ("cadenceWeight", .integer(36_000)),
        ("priorityClasses", .object([("A", .integer(3)), ("B", .decimal(1.5)), ("C", .integer(1))])),
        ("horizonDays", .integer(horizonDays)),
        ("locked", .array([.string("cadenceWeight")])),
    ])
}

func groupJSON(_ group: GroupDefinition) -> JSON {
    var members: [(String, JSON)] = [("id", .string(group.id)), ("name", .string(group.name))]
    if group.id == "south" {
        // The plain south of the Adda has longer drives: the day starts and
        // ends half an hour earlier.
        members.append(("settings", .object([("workingHours", workingHoursJSON(Window("07:30", "17:30")))])))
    }
    return .object(members)
}

func repSettingsJSON(_ rep: RepDefinition) -> JSON? {
    var members: [(String, JSON)] = []
    switch rep.id {
    case "R03":
        members.append(("breakRule", .object([
            ("frameStart", .string("12:30")), ("frameEnd", .string("13:15")), ("minutes", .integer(45)),
        ])))
    case "R07":
        let days = (0...4).map { day -> (String, JSON) in
            guard let window = workingWindow(of: rep, weekday: day) else { fail("rep R07 has no hours on day \(day)") }
            return (weekdayKeys[day], .object([("start", clock(window.start)), ("end", clock(window.end))]))
        }
        members.append(("workingHours", .object(days)))
    case "R08":
        members.append(("dueAfter", .decimal(1.0)))
    case "R12":
        members.append(("speedFactor", .decimal(1.1)))
    default:
        break
    }
    if repSetupMinutes(rep.id) > 0 {
        members.append(("setupDuration", .integer(repSetupMinutes(rep.id))))
    }
    return members.isEmpty ? nil : .object(members)
}

func repJSON(_ rep: RepDefinition, home: (latitude: Double, longitude: Double), daysOff: [SimpleDate]) -> JSON {
    var members: [(String, JSON)] = [
        ("id", .string(rep.id)),
        ("name", .string(rep.name)),
        ("groupId", .string(rep.groupID)),
        ("home", location(latitude: home.latitude, longitude: home.longitude)),
    ]
    if !daysOff.isEmpty {
        members.append(("daysOff", .array(daysOff.map { .string($0.iso) })))
    }
    if let settings = repSettingsJSON(rep) {
        members.append(("settings", settings))
    }
    return .object(members)
}

func customerJSON(_ customer: Customer) -> JSON {
    var members: [(String, JSON)] = [
        ("id", .string(customer.id)),
        ("name", .string(customer.name)),
        ("repId", .string(customer.repID)),
        ("location", location(latitude: customer.latitude, longitude: customer.longitude)),
    ]
    if let lastVisit = customer.lastVisit {
        members.append(("lastVisit", .string(lastVisit.iso)))
    }
    members.append(("priorityClass", .string(customer.priorityClass)))
    if !customer.blocks.isEmpty {
        members.append(("blocks", .array(customer.blocks.map {
            .object([("from", .string($0.from.iso)), ("to", .string($0.to.iso))])
        })))
    }
    if let activation = customer.activationDate {
        members.append(("activationDate", .string(activation.iso)))
    }
    if let preferred = customer.preferredWindows {
        members.append(("preferredWindows", weeklyWindowsJSON(preferred)))
    }

    var settings: [(String, JSON)] = []
    if customer.visitMinutes != defaultVisitMinutes {
        settings.append(("visitDuration", .integer(customer.visitMinutes)))
    }
    if let setup = customer.setupMinutes {
        settings.append(("setupDuration", .integer(setup)))
    }
    if customer.cadenceDays != defaultCadenceDays {
        settings.append(("cadenceDays", .integer(customer.cadenceDays)))
    }
    if let dueAfter = customer.dueAfter {
        settings.append(("dueAfter", .decimal(dueAfter)))
    }
    if customer.adherence != "start" {
        settings.append(("adherence", .string(customer.adherence)))
    }
    if let hours = customer.ownHours {
        settings.append(("openingHours", weeklyWindowsJSON(hours)))
    }
    if let leeway = customer.appointmentLeeway {
        settings.append(("appointmentLeeway", .integer(leeway)))
    }
    if !settings.isEmpty {
        members.append(("settings", .object(settings)))
    }
    return .object(members)
}

func appointmentJSON(_ appointment: Appointment) -> JSON {
    var members: [(String, JSON)] = [("id", .string(appointment.id))]
    if let repID = appointment.repID {
        members.append(("repId", .string(repID)))
    }
    if let customerID = appointment.customerID {
        members.append(("customerId", .string(customerID)))
    }
    members.append(("kind", .string(appointment.kind)))
    switch appointment.kind {
    case "fixed":
        members += [("date", .string(appointment.date.iso)), ("start", clock(appointment.start!))]
    case "onDay":
        members += [("date", .string(appointment.date.iso)), ("earliest", clock(appointment.earliest!)),
                    ("latest", clock(appointment.latest!))]
    default:
        members.append(("weekOf", .string(appointment.date.iso)))
        if let latest = appointment.latest {
            members.append(("latest", clock(latest)))
        }
    }
    members.append(("minutes", .integer(appointment.minutes)))
    return .object(members)
}

func historyJSON(_ customers: [Customer]) -> JSON {
    .array(customers.flatMap { customer in
        customer.history.map { visit -> JSON in
            var members: [(String, JSON)] = [("customerId", .string(customer.id)), ("date", .string(visit.date.iso))]
            if let time = visit.time {
                members.append(("time", clock(time)))
            }
            return .object(members)
        }
    })
}

func usersJSON() -> JSON {
    var users: [JSON] = [
        .object([("id", .string("giulia.rota")), ("name", .string("Giulia Rota")), ("role", .string("admin"))]),
    ]
    for group in groupDefinitions {
        users.append(.object([
            ("id", .string(group.supervisorID)), ("name", .string(group.supervisorName)),
            ("role", .string("supervisor")), ("groupIds", .array([.string(group.id)])),
        ]))
    }
    for rep in repDefinitions {
        users.append(.object([
            ("id", .string(rep.userID)), ("name", .string(rep.name)), ("role", .string("rep")),
            ("repId", .string(rep.id)),
        ]))
    }
    return .array(users)
}

// MARK: - Summary

/// Returns the `dueAfter` in force for a customer: its own, else rep R08's
/// 1.0, else the company's.
func effectiveDueAfter(_ customer: Customer) -> Double {
    customer.dueAfter ?? (customer.repID == "R08" ? 1.0 : companyDueAfter)
}

/// Returns true when a cadence customer is due by the last horizon day,
/// overdue ones included. Never-visited customers are not due yet.
func isDue(_ customer: Customer) -> Bool {
    guard customer.cadenceDays > 0, let previous = customer.previousVisit else { return false }
    return previous.adding(days: customer.cadenceDays) <= lastHorizonDay
}

/// Returns true when the cadence rule allows a visit by the last horizon
/// day: never visited, or at least `dueAfter` of the cadence has passed.
func isEligible(_ customer: Customer) -> Bool {
    guard customer.cadenceDays > 0 else { return false }
    guard let previous = customer.previousVisit else { return true }
    return Double(lastHorizonDay.days(since: previous)) >= effectiveDueAfter(customer) * Double(customer.cadenceDays)
}

func printSummary(_ draft: CompanyDraft) {
    print("customers: \(draft.customers.count), past visits: \(draft.customers.reduce(0) { $0 + $1.history.count })")
    print("rep  customers  due  eligible  visit hours of eligible  never visited  overdue")
    for rep in repDefinitions {
        let own = draft.customers(ofRep: rep.id)
        let eligible = own.filter(isEligible)
        let hours = Double(eligible.reduce(0) { $0 + $1.visitMinutes + ($1.setupMinutes ?? repSetupMinutes(rep.id)) }) / 60
        let overdue = own.filter { customer in
            guard customer.cadenceDays > 0, let previous = customer.previousVisit else { return false }
            return previous.adding(days: customer.cadenceDays) < planningStart
        }
        print(String(format: "%@  %9d  %3d  %8d  %23.1f  %13d  %7d", rep.id, own.count, own.filter(isDue).count,
                     eligible.count, hours, own.filter { $0.previousVisit == nil }.count, overdue.count))
    }
    // In criterion order, as datasets/README.md numbers them.
    print("planted problems:")
    let problems = draft.problems.sorted { $0.criteria[0] < $1.criteria[0] }
    for (number, problem) in problems.enumerated() {
        let ids = problem.repIDs + (problem.customerIDs.count > 5
            ? ["\(problem.customerIDs.count) customers"] : problem.customerIDs)
        print("  P\(number + 1) \(problem.criteria.joined(separator: ", ")): \(problem.summary) [\(ids.joined(separator: ", "))]")
    }
}

// MARK: - Main

let datasetsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let townsURL = datasetsDirectory.appendingPathComponent("towns/northern-italy-towns.csv")
let outputURL = datasetsDirectory.appendingPathComponent("demo-company.json")

guard planningStart.weekdayIndex == 0 else {
    fail("planningStart \(planningStart.iso) is not a Monday")
}
let towns = readTowns(from: townsURL)
var generation = Generation(seed: seed)
var draft = CompanyDraft()
var homes: [String: (latitude: Double, longitude: Double)] = [:]
let repsByID = Dictionary(uniqueKeysWithValues: repDefinitions.map { ($0.id, $0) })

for rep in repDefinitions {
    guard let homeTown = towns[rep.homeTown] else { fail("home town \"\(rep.homeTown)\" is not in the towns CSV") }
    homes[rep.id] = scatteredPoint(around: homeTown, maximumMetres: maximumHomeOffsetMetres, random: &generation.random)

    var repCustomers = customerTowns(of: rep, count: rep.customerCount, towns: towns).map {
        generation.makeCustomer(rep: rep, town: $0)
    }
    // About one customer of most reps is new and not yet visited. Rep
    // R12's only never-visited customers are the planted ones below.
    let visited = repCustomers.indices.filter { _ in
        rep.id == "R12" || !generation.random.chance(1.2 / Double(rep.customerCount))
    }
    let ratios = elapsedRatios(count: visited.count, random: &generation.random)
    for (index, ratio) in zip(visited, ratios) {
        assignHistory(&repCustomers[index], ratio: ratio, rep: rep, random: &generation.random)
    }
    draft.customers += repCustomers
}

// Problems that add customers: a duplicate, a new customer with a typo in
// its activation date, four customers far from their rep, and a block of
// customers imported without their visit history.
do {
    let original = draft.pick(rep: "R05", random: &generation.random) { $0.townName == "Brescia" }
    let source = draft.customers[original]
    let duplicate = Customer(
        id: String(format: "C%04d", generation.nextNumber), name: source.name, repID: source.repID,
        townName: source.townName, latitude: source.latitude + 30 / metresPerDegreeLatitude,
        longitude: source.longitude + 20 / (metresPerDegreeLatitude * cos(source.latitude * Double.pi / 180)),
        profile: source.profile, ownHours: source.ownHours, visitMinutes: source.visitMinutes,
        setupMinutes: source.setupMinutes, adherence: source.adherence, cadenceDays: source.cadenceDays,
        dueAfter: source.dueAfter, appointmentLeeway: nil, priorityClass: source.priorityClass, lastVisit: nil)
    generation.nextNumber += 1
    draft.customers.append(duplicate)
    draft.usedCustomerIDs.insert(duplicate.id)
    draft.problems.append(PlantedProblem(
        summary: "The same customer entered twice, 36 m apart", criteria: ["DQ-05"], repIDs: ["R05"],
        customerIDs: [source.id, duplicate.id]))

    var newCustomer = generation.makeCustomer(rep: repsByID["R03"]!, town: towns["Caravaggio"]!)
    newCustomer.activationDate = SimpleDate(year: 2028, month: 3, day: 15)
    draft.customers.append(newCustomer)
    draft.usedCustomerIDs.insert(newCustomer.id)
    draft.problems.append(PlantedProblem(
        summary: "New customer whose activation date has the wrong year, 2028-03-15", criteria: ["DQ-16"],
        repIDs: ["R03"], customerIDs: [newCustomer.id]))

    var moved: [String] = []
    for _ in 0..<4 {
        var customer = generation.makeCustomer(rep: repsByID["R01"]!, town: towns["Treviglio"]!)
        let ratio = 0.03 + 0.87 * pow(generation.random.unit(), recentVisitSkew)
        assignHistory(&customer, ratio: ratio, rep: repsByID["R01"]!, random: &generation.random)
        draft.customers.append(customer)
        draft.usedCustomerIDs.insert(customer.id)
        moved.append(customer.id)
    }
    draft.problems.append(PlantedProblem(
        summary: "Four customers in Treviglio, at rep R03's door, kept by rep R01 in Bergamo", criteria: ["TR-06"],
        repIDs: ["R01"], customerIDs: moved))

    var imported: [String] = []
    for _ in 0..<importedCustomerCount {
        let customer = generation.makeCustomer(rep: repsByID["R12"]!, town: towns["Vimercate"]!)
        draft.customers.append(customer)
        draft.usedCustomerIDs.insert(customer.id)
        imported.append(customer.id)
    }
    draft.problems.append(PlantedProblem(
        summary: "\(importedCustomerCount) customers in Vimercate imported without last visits", criteria: ["US-02"], repIDs: ["R12"],
        customerIDs: imported))
}

// Times come before the other problems, which change some customers'
// opening hours after they were visited.
for index in draft.customers.indices {
    let rep = repsByID[draft.customers[index].repID]!
    assignVisitTimes(&draft.customers[index], rep: rep, recordsTimes: rep.id != "R06", random: &generation.random)
}
addAppointments(to: &draft, random: &generation.random)
plantProblems(in: &draft, random: &generation.random)
draft.customers.sort { $0.id < $1.id }

let company = JSON.object([
    ("name", .string("Ferramenta Lombarda demo: 12 reps in eastern Lombardy")),
    ("planningStart", .string(planningStart.iso)),
    ("travel", .object([("model", .string("road"))])),
    ("settings", companySettingsJSON()),
    ("groups", .array(groupDefinitions.map(groupJSON))),
    ("reps", .array(repDefinitions.map { repJSON($0, home: homes[$0.id]!, daysOff: draft.daysOff[$0.id] ?? []) })),
    ("customers", .array(draft.customers.map(customerJSON))),
    ("appointments", .array(draft.appointments.map(appointmentJSON))),
    ("reservations", .array(draft.reservations.map { .object([("id", .string($0.id)), ("customerId", .string($0.customerID))]) })),
    ("visitHistory", historyJSON(draft.customers)),
    ("users", usersJSON()),
])

let text = prettyText(company, indent: 0, usedColumns: 0) + "\n"
do {
    try Data(text.utf8).write(to: outputURL)
} catch {
    fail("cannot write \(outputURL.path): \(error)")
}
print("wrote \(outputURL.path)")
printSummary(draft)
