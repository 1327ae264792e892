// Generates datasets/demo-northern-italy.json: one working week of one rep
// who lives in Romano di Lombardia and visits 150 customers in the towns of
// datasets/towns/northern-italy-towns.csv. The file follows
// docs/territory-format.md.
//
// Usage, from the repository root:
//
//     swift datasets/tools/make-demo-territory.swift
//
// Every run writes the same file. All randomness comes from the SplitMix64
// generator below with a fixed seed, and the script reads no clock, locale
// or system random source.
// NOTE: customer offsets and last visits go through the C library's sin,
// cos and pow, so another platform's math library could change a last digit.

import Foundation

// MARK: - Parameters

let seed: UInt64 = 0x6972_6F5F_6465_6D6F
let horizonStart = SimpleDate(year: 2027, month: 3, day: 8)  // a Monday
let horizonDays = 5
let customerCount = 150
let homeTownName = "Romano di Lombardia"
/// Default elapsed ratio from which a customer may be visited, written to
/// `settings.dueAfter`.
let dueAfter = 0.7
/// Customers lie up to this far from their town's centre.
let maximumCustomerOffsetMetres = 1500.0
let maximumHomeOffsetMetres = 800.0

/// Customers per town for the larger towns. Each other town gets one, and
/// the rest of `customerCount` go to randomly chosen smaller towns.
let customersInLargerTowns: [String: Int] = [
    "Bergamo": 9, "Brescia": 9, "Cremona": 5, "Crema": 5, "Treviglio": 5, "Lodi": 4,
    "Seriate": 3, "Dalmine": 3, "Romano di Lombardia": 3, "Chiari": 3,
    "Palazzolo sull'Oglio": 2, "Rovato": 2, "Caravaggio": 2, "Cassano d'Adda": 2,
    "Melzo": 2, "Gorgonzola": 2, "Ghedi": 2, "Manerbio": 2, "Vimercate": 2,
    "Orzinuovi": 2, "Soresina": 2, "Iseo": 2,
]

/// Towns where parking takes long enough that most customers get a setup time.
let townsWithParkingDelay: Set<String> = ["Bergamo", "Brescia", "Cremona", "Crema", "Lodi", "Treviglio"]

let neverVisitedCount = 4
/// Share of the other customers whose last visit is more than one interval ago.
let overdueShare = 0.07
/// Exponent that skews the other last visits towards recent dates. With 1
/// the elapsed ratios are uniform over 0.05–0.95, and above 1 more customers
/// were seen recently. The value 1.5 makes 54 customers eligible in the week.
let recentVisitSkew = 1.5

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

    /// Returns a uniform number in `range`.
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

    /// Returns `items` in a random order (Fisher–Yates shuffle).
    mutating func shuffled<T>(_ items: [T]) -> [T] {
        var result = items
        for position in stride(from: result.count - 1, to: 0, by: -1) {
            result.swapAt(position, index(below: position + 1))
        }
        return result
    }
}

// MARK: - Dates

/// A calendar date as days since 1970-01-01 in the proleptic Gregorian
/// calendar, so that no time zone or locale is involved.
struct SimpleDate: Comparable {
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

    /// 0 for Monday through 6 for Sunday.
    var weekdayIndex: Int {
        // 1970-01-01 was a Thursday.
        ((daysSinceEpoch + 3) % 7 + 7) % 7
    }

    /// The date as `YYYY-MM-DD`.
    var iso: String {
        let shifted = daysSinceEpoch + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return String(format: "%04d-%02d-%02d", year, month, day)
    }
}

let weekdayKeys = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

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

func readTowns(from url: URL) -> [Town] {
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

    var towns: [Town] = []
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
        towns.append(Town(name: fields[columnIndex[0]], province: fields[columnIndex[1]],
                          latitude: latitude, longitude: longitude))
    }
    return towns
}

/// Returns a random point up to `maximumMetres` from the town centre,
/// uniformly distributed over that disc.
func scatteredPoint(around town: Town, maximumMetres: Double, random: inout SplitMix64) -> (latitude: Double, longitude: Double) {
    let metresPerDegreeLatitude = 111_320.0
    let distance = maximumMetres * random.unit().squareRoot()
    let bearing = 2 * Double.pi * random.unit()
    let latitude = town.latitude + distance * cos(bearing) / metresPerDegreeLatitude
    let longitude = town.longitude
        + distance * sin(bearing) / (metresPerDegreeLatitude * cos(town.latitude * Double.pi / 180))
    return (latitude, longitude)
}

// MARK: - Opening hours

/// A window in minutes after midnight.
struct Window {
    let start: Int
    let end: Int

    init(_ start: String, _ end: String) {
        self.start = Window.minutes(start)
        self.end = Window.minutes(end)
    }

    static func minutes(_ time: String) -> Int {
        let parts = time.split(separator: ":").compactMap { Int($0) }
        return parts[0] * 60 + parts[1]
    }

    func contains(from start: Int, minutes: Int) -> Bool {
        self.start <= start && start + minutes <= end
    }
}

/// Opening windows per weekday index, 0 = Monday. A missing day is closed.
typealias WeeklyHours = [Int: [Window]]

enum HoursProfile: CaseIterable {
    /// 08:30–12:30 and 15:00–19:00, Monday to Friday.
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
        case .shop: 38
        case .shopWithSaturday: 20
        case .shopClosedMondayMorning: 10
        case .shopClosedWednesday: 8
        case .office: 17
        case .narrow: 7
        }
    }

    var businessTypes: [String] {
        switch self {
        case .shop, .shopWithSaturday, .shopClosedMondayMorning, .shopClosedWednesday:
            ["Ferramenta", "Colorificio", "Casalinghi", "Emporio", "Elettroforniture",
             "Utensileria", "Agraria", "Idraulica", "Brico", "Termoidraulica"]
        case .office:
            ["Studio Tecnico", "Impresa Edile", "Impianti Elettrici", "Serramenti", "Costruzioni"]
        case .narrow:
            ["Ingrosso", "Magazzino", "Deposito Edile"]
        }
    }
}

let morning = Window("08:30", "12:30")
let afternoon = Window("15:00", "19:00")

func openingHours(for profile: HoursProfile, random: inout SplitMix64) -> WeeklyHours {
    let weekdays = 0...4
    var hours: WeeklyHours = [:]
    switch profile {
    case .shop:
        for day in weekdays { hours[day] = [morning, afternoon] }
    case .shopWithSaturday:
        for day in weekdays { hours[day] = [morning, afternoon] }
        hours[5] = [morning]
    case .shopClosedMondayMorning:
        for day in weekdays { hours[day] = [morning, afternoon] }
        hours[0] = [afternoon]
        hours[5] = [morning]
    case .shopClosedWednesday:
        for day in weekdays where day != 2 { hours[day] = [morning, afternoon] }
    case .office:
        for day in weekdays { hours[day] = [Window("09:00", "17:00")] }
    case .narrow:
        let variants: [(days: [Int], window: Window)] = [
            ([1, 3], Window("14:00", "16:00")),
            ([0, 1, 2, 3, 4], Window("08:00", "09:30")),
            ([0, 2, 4], Window("10:30", "12:00")),
        ]
        let variant = random.element(of: variants)
        for day in variant.days { hours[day] = [variant.window] }
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
]

struct Customer {
    let id: String
    let name: String
    let town: Town
    let latitude: Double
    let longitude: Double
    let visitMinutes: Int
    let setupMinutes: Int
    let profile: HoursProfile
    let openingHours: WeeklyHours
    let adherence: String
    let cadenceDays: Int
    var lastVisit: SimpleDate?
    let priority: Int

    /// Days since the last visit on `date`; nil when never visited.
    func daysSinceLastVisit(on date: SimpleDate) -> Int? {
        lastVisit.map { date.daysSinceEpoch - $0.daysSinceEpoch }
    }

    /// Returns true when the cadence rule allows a visit on `date`, because
    /// the customer was never visited or `dueAfter` of the interval has passed.
    func isEligible(on date: SimpleDate) -> Bool {
        guard let days = daysSinceLastVisit(on: date) else { return true }
        return Double(days) >= dueAfter * Double(cadenceDays)
    }

    func isDue(on date: SimpleDate) -> Bool {
        guard let days = daysSinceLastVisit(on: date) else { return true }
        return days >= cadenceDays
    }

    func isOpen(weekday: Int, from start: Int, minutes: Int) -> Bool {
        (openingHours[weekday] ?? []).contains { $0.contains(from: start, minutes: minutes) }
    }
}

/// Returns the town of every customer, in CSV order, with a town repeated
/// once for each of its customers.
func customerTowns(_ towns: [Town], random: inout SplitMix64) -> [Town] {
    for name in customersInLargerTowns.keys where !towns.contains(where: { $0.name == name }) {
        fail("town \"\(name)\" of customersInLargerTowns is not in the towns CSV")
    }
    var counts = towns.map { customersInLargerTowns[$0.name] ?? 1 }
    let smallTownIndices = towns.indices.filter { customersInLargerTowns[towns[$0].name] == nil }
    var remaining = customerCount - counts.reduce(0, +)
    guard remaining >= 0 else {
        fail("the towns need \(counts.reduce(0, +)) customers, more than customerCount (\(customerCount))")
    }
    while remaining > 0 {
        counts[random.element(of: smallTownIndices)] += 1
        remaining -= 1
    }
    return zip(towns, counts).flatMap { town, count in Array(repeating: town, count: count) }
}

func makeCustomer(number: Int, town: Town, usedNames: inout Set<String>, random: inout SplitMix64) -> Customer {
    let profile = random.weighted(HoursProfile.allCases.map { ($0, $0.weight) })

    var name: String
    repeat {
        name = "\(random.element(of: profile.businessTypes)) \(random.element(of: surnames)) (\(town.name))"
    } while usedNames.contains(name)
    usedNames.insert(name)

    let point = scatteredPoint(around: town, maximumMetres: maximumCustomerOffsetMetres, random: &random)

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
        visitChoices = [20, 25, 30, 30, 35, 40, 45]
        entireShare = 0.15
    }
    let visitMinutes = random.element(of: visitChoices)
    let setupShare = townsWithParkingDelay.contains(town.name) ? 0.6 : 0.15
    let setupMinutes = random.chance(setupShare) ? 5 : 0
    let adherence = random.chance(entireShare) ? "entire" : "start"

    let cadenceDays = random.weighted([(14, 20.0), (28, 50.0), (56, 30.0)])
    let priority = random.weighted([(1, 78.0), (2, 16.0), (3, 6.0)])

    return Customer(
        id: String(format: "C%03d", number), name: name, town: town,
        latitude: point.latitude, longitude: point.longitude,
        visitMinutes: visitMinutes, setupMinutes: setupMinutes,
        profile: profile, openingHours: openingHours(for: profile, random: &random),
        adherence: adherence, cadenceDays: cadenceDays, lastVisit: nil, priority: priority)
}

/// Public holidays in Italy between mid-December 2026 and the horizon, when
/// no customer was visited.
let holidays: Set<Int> = Set([
    SimpleDate(year: 2026, month: 12, day: 8), SimpleDate(year: 2026, month: 12, day: 25),
    SimpleDate(year: 2026, month: 12, day: 26), SimpleDate(year: 2027, month: 1, day: 1),
    SimpleDate(year: 2027, month: 1, day: 6),
].map(\.daysSinceEpoch))

func isWorkingDay(_ date: SimpleDate) -> Bool {
    date.weekdayIndex < 5 && !holidays.contains(date.daysSinceEpoch)
}

/// Returns a last-visit date about `elapsedRatio` of the cadence before the
/// horizon. It counts back working days (five for every seven calendar days), so that
/// last visits spread evenly over Monday to Friday and skip holidays.
func lastVisitDate(cadenceDays: Int, elapsedRatio: Double) -> SimpleDate {
    let workingDays = max(1, Int((elapsedRatio * Double(cadenceDays) * 5 / 7).rounded()))
    var date = horizonStart
    var counted = 0
    while counted < workingDays {
        date = date.adding(days: -1)
        if isWorkingDay(date) {
            counted += 1
        }
    }
    return date
}

/// Spreads last visits over the past: a few customers never visited, a few
/// overdue, and the rest seen between a few days and one interval ago.
func assignLastVisits(_ customers: inout [Customer], random: inout SplitMix64) {
    let neverVisited = Set(random.shuffled(Array(customers.indices)).prefix(neverVisitedCount))
    for index in customers.indices where !neverVisited.contains(index) {
        let ratio = random.chance(overdueShare)
            ? random.uniform(1.0...1.5)
            : 0.05 + 0.9 * pow(random.unit(), recentVisitSkew)
        customers[index].lastVisit = lastVisitDate(cadenceDays: customers[index].cadenceDays, elapsedRatio: ratio)
    }
}

// MARK: - Appointments and the reservation

struct FixedAppointment {
    let id: String
    let customerID: String?
    let date: SimpleDate
    let start: String
    let minutes: Int
}

/// Returns the first customer in `townName` that is open for the whole
/// appointment and has been visited before.
func appointmentCustomer(in townName: String, date: SimpleDate, start: String, minutes: Int,
                         customers: [Customer], excluding excludedIDs: Set<String>) -> Customer {
    let startMinute = Window.minutes(start)
    guard let customer = customers.first(where: {
        $0.town.name == townName && $0.lastVisit != nil && !excludedIDs.contains($0.id)
            && $0.isOpen(weekday: date.weekdayIndex, from: startMinute, minutes: minutes)
    }) else {
        fail("no customer in \(townName) is open on \(date.iso) from \(start) for \(minutes) minutes; change the appointment or the seed")
    }
    return customer
}

func makeAppointments(customers: [Customer]) -> [FixedAppointment] {
    let requests: [(town: String, dayOffset: Int, start: String, minutes: Int)] = [
        ("Brescia", 1, "10:00", 45),
        ("Cremona", 2, "16:00", 60),
        ("Bergamo", 3, "09:30", 45),
    ]
    var customersWithAppointment: Set<String> = []
    var appointments: [FixedAppointment] = []
    for (number, request) in requests.enumerated() {
        let date = horizonStart.adding(days: request.dayOffset)
        let customer = appointmentCustomer(in: request.town, date: date, start: request.start,
                                           minutes: request.minutes, customers: customers,
                                           excluding: customersWithAppointment)
        customersWithAppointment.insert(customer.id)
        appointments.append(FixedAppointment(id: "A\(number + 1)", customerID: customer.id, date: date,
                                             start: request.start, minutes: request.minutes))
    }
    // The weekly sales call on Monday morning, taken from wherever the rep is.
    appointments.append(FixedAppointment(id: "A\(requests.count + 1)", customerID: nil, date: horizonStart,
                                         start: "08:00", minutes: 30))
    return appointments
}

/// Returns a Treviglio customer who was seen recently, so is not yet eligible,
/// and asked for a visit this week anyway.
func reservationCustomer(customers: [Customer], appointments: [FixedAppointment]) -> Customer {
    let lastDay = horizonStart.adding(days: horizonDays - 1)
    let withAppointment = Set(appointments.compactMap(\.customerID))
    guard let customer = customers.first(where: {
        $0.town.name == "Treviglio" && !withAppointment.contains($0.id) && !$0.isEligible(on: lastDay)
    }) else {
        fail("no Treviglio customer is ineligible this week; pick another town for the reservation")
    }
    return customer
}

// MARK: - JSON output

/// A JSON value whose objects keep their key order, so that the file reads
/// in the order of docs/territory-format.md.
indirect enum JSON {
    case string(String)
    /// A number, already written as JSON text.
    case number(String)
    case array([JSON])
    case object([(String, JSON)])

    static func integer(_ value: Int) -> JSON {
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

/// Writes `value` on one line when it fits in 100 columns after `usedColumns`,
/// and otherwise one member or item per line.
func prettyText(_ value: JSON, indent: Int, usedColumns: Int) -> String {
    let inline = inlineText(value)
    if usedColumns + inline.count <= 100 {
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
    .string(String(format: "%02d:%02d", minutes / 60, minutes % 60))
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

func customerJSON(_ customer: Customer) -> JSON {
    var members: [(String, JSON)] = [
        ("id", .string(customer.id)),
        ("name", .string(customer.name)),
        ("location", location(latitude: customer.latitude, longitude: customer.longitude)),
        ("visitMinutes", .integer(customer.visitMinutes)),
    ]
    if customer.setupMinutes > 0 {
        members.append(("setupMinutes", .integer(customer.setupMinutes)))
    }
    members.append(("openingHours", weeklyWindowsJSON(customer.openingHours)))
    members.append(("adherence", .string(customer.adherence)))
    members.append(("cadenceDays", .integer(customer.cadenceDays)))
    if let lastVisit = customer.lastVisit {
        members.append(("lastVisit", .string(lastVisit.iso)))
    }
    members.append(("priority", .integer(customer.priority)))
    return .object(members)
}

func repJSON(home: (latitude: Double, longitude: Double)) -> JSON {
    let workingDay = JSON.object([("start", .string("08:00")), ("end", .string("18:00"))])
    return .object([
        ("id", .string("R1")),
        ("name", .string("Marco Locatelli")),
        ("home", location(latitude: home.latitude, longitude: home.longitude)),
        ("workingHours", .object(weekdayKeys.prefix(5).map { ($0, workingDay) })),
        ("maximumWorkingMinutes", .integer(9 * 60 + 30)),
        ("break", .object([
            ("frameStart", .string("12:00")), ("frameEnd", .string("14:30")), ("minutes", .integer(45)),
        ])),
    ])
}

func appointmentJSON(_ appointment: FixedAppointment) -> JSON {
    var members: [(String, JSON)] = [("id", .string(appointment.id))]
    if let customerID = appointment.customerID {
        members.append(("customerId", .string(customerID)))
    }
    members += [
        ("kind", .string("fixed")),
        ("date", .string(appointment.date.iso)),
        ("start", .string(appointment.start)),
        ("minutes", .integer(appointment.minutes)),
    ]
    return .object(members)
}

// MARK: - Summary

func printSummary(customers: [Customer], towns: [Town], appointments: [FixedAppointment], reserved: Customer) {
    let lastDay = horizonStart.adding(days: horizonDays - 1)
    func count(_ predicate: (Customer) -> Bool) -> Int { customers.filter(predicate).count }
    func mix<Key: Comparable & Hashable>(_ key: (Customer) -> Key) -> String {
        Dictionary(grouping: customers, by: key).sorted { $0.key < $1.key }
            .map { "\($0.key): \($0.value.count)" }.joined(separator: ", ")
    }

    print("customers: \(customers.count) in \(Set(customers.map(\.town.name)).count) of \(towns.count) towns")
    print("cadence days: \(mix(\.cadenceDays))")
    print("priority: \(mix(\.priority))")
    print("adherence: \(mix(\.adherence))")
    print("with setup time: \(count { $0.setupMinutes > 0 })")
    print("never visited: \(count { $0.lastVisit == nil })")
    print("overdue on \(horizonStart.iso): \(count { $0.lastVisit != nil && $0.isDue(on: horizonStart) })")
    print("due by \(lastDay.iso) (incl. never visited): \(count { $0.isDue(on: lastDay) })")
    print("eligible by \(lastDay.iso) (due or at least \(dueAfter) of the interval): \(count { $0.isEligible(on: lastDay) })")
    print("appointments: \(appointments.count), reservation: \(reserved.id) \(reserved.name)")
}

// MARK: - Main

let datasetsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let townsURL = datasetsDirectory.appendingPathComponent("towns/northern-italy-towns.csv")
let outputURL = datasetsDirectory.appendingPathComponent("demo-northern-italy.json")

var random = SplitMix64(seed: seed)
let towns = readTowns(from: townsURL)
guard let homeTown = towns.first(where: { $0.name == homeTownName }) else {
    fail("home town \"\(homeTownName)\" is not in \(townsURL.path)")
}
guard horizonStart.weekdayIndex == 0 else {
    fail("horizonStart \(horizonStart.iso) is not a Monday")
}

let home = scatteredPoint(around: homeTown, maximumMetres: maximumHomeOffsetMetres, random: &random)
var usedNames: Set<String> = []
var customers = customerTowns(towns, random: &random).enumerated().map { offset, town in
    makeCustomer(number: offset + 1, town: town, usedNames: &usedNames, random: &random)
}
assignLastVisits(&customers, random: &random)
let appointments = makeAppointments(customers: customers)
let reserved = reservationCustomer(customers: customers, appointments: appointments)

let territory = JSON.object([
    ("name", .string("Northern Italy demo: one rep, eastern Lombardy")),
    ("horizon", .object([("start", .string(horizonStart.iso)), ("days", .integer(horizonDays))])),
    ("travel", .object([("model", .string("road"))])),
    ("settings", .object([("dueAfter", .number(String(dueAfter)))])),
    ("reps", .array([repJSON(home: home)])),
    ("customers", .array(customers.map(customerJSON))),
    ("appointments", .array(appointments.map(appointmentJSON))),
    ("reservations", .array([.object([("id", .string("RES1")), ("customerId", .string(reserved.id))])])),
])

let text = prettyText(territory, indent: 0, usedColumns: 0) + "\n"
do {
    try Data(text.utf8).write(to: outputURL)
} catch {
    fail("cannot write \(outputURL.path): \(error)")
}
print("wrote \(outputURL.path)")
printSummary(customers: customers, towns: towns, appointments: appointments, reserved: reserved)
