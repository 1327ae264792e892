import Foundation
import GiroModel

/// The shape of a synthetic territory: its area, its reps and customers,
/// and the mixes of cadences, opening hours, appointments and reservations.
///
/// The same settings and towns give the same territory on every run.
public struct GeneratorSettings: Hashable, Sendable {
    /// The size of the area that the customers spread over.
    public enum Area: String, CaseIterable, Hashable, Sendable {
        /// About 30 km across: the towns within 15 km of the centre.
        case city
        /// About 150 km across: the towns within 75 km of the centre.
        case region
        /// About 600 km across: the towns within 300 km of the centre, where
        /// trips with nights away pay off.
        case country

        /// Radius of the area in kilometres.
        public var radiusKilometres: Double {
            switch self {
            case .city: 15
            case .region: 75
            case .country: 300
            }
        }
    }

    /// The rule that places customers.
    public enum Placement: String, CaseIterable, Hashable, Sendable {
        /// Around the towns of the area, more around larger towns.
        case towns
        /// Uniformly over the area's disc.
        case uniform
    }

    /// How long ago the customers were last visited.
    public enum History: String, CaseIterable, Hashable, Sendable {
        /// From 0.3 to 1.3 intervals ago: a territory with a backlog, where
        /// more customers fall due than the rep can see.
        case backlog
        /// From 1 day to one interval ago: a territory in a steady state,
        /// where about the horizon over the interval of the customers fall
        /// due.
        case steady
    }

    /// A share of the customers with one cadence.
    public struct CadenceShare: Hashable, Sendable {
        /// Days between visits.
        public var days: Int
        /// Relative weight; shares need not add up to 1.
        public var share: Double

        public init(days: Int, share: Double) {
            self.days = days
            self.share = share
        }
    }

    /// A second, distant cluster of customers: beyond a day trip, so that
    /// the rep reaches it on trips with nights in its hotels.
    public struct FarRegion: Hashable, Sendable {
        /// Centre of the region, WGS 84 degrees.
        public var centerLatitude: Double
        public var centerLongitude: Double
        /// Radius of the region's disc in kilometres; customers spread
        /// uniformly over it.
        public var radiusKilometres: Double
        /// Share of the customers, 0 to 1, placed in the region.
        public var share: Double

        public init(centerLatitude: Double, centerLongitude: Double, radiusKilometres: Double, share: Double) {
            self.centerLatitude = centerLatitude
            self.centerLongitude = centerLongitude
            self.radiusKilometres = radiusKilometres
            self.share = share
        }

        /// Whether every customer and hotel of the region gets a latitude
        /// from −90 to 90 and a longitude from −180 to 180 degrees. The
        /// generator steps from the centre by at most the radius, east and
        /// west in degrees of the centre's latitude, so a disc that reaches
        /// past a pole or the antimeridian gives coordinates out of range.
        public var staysWithinCoordinateRange: Bool {
            GeneratorSettings.discStaysWithinCoordinateRange(
                latitude: centerLatitude, longitude: centerLongitude, radiusKilometres: radiusKilometres)
        }
    }

    /// Whether a uniform placement over the area's disc keeps every
    /// customer and home within −90 to 90 degrees of latitude and −180 to
    /// 180 of longitude. Placement around towns takes the towns'
    /// coordinates and needs no such check.
    public var areaStaysWithinCoordinateRange: Bool {
        placement == .towns
            || GeneratorSettings.discStaysWithinCoordinateRange(
                latitude: centerLatitude, longitude: centerLongitude, radiusKilometres: area.radiusKilometres)
    }

    /// Returns whether every point within `radiusKilometres` of a centre,
    /// stepped east and west in degrees of the centre's latitude, has a
    /// latitude from −90 to 90 and a longitude from −180 to 180 degrees.
    static func discStaysWithinCoordinateRange(latitude: Double, longitude: Double, radiusKilometres: Double) -> Bool {
        let kilometresPerDegree = TerritoryGenerator.earthRadiusKilometres * Double.pi / 180
        let latitudeReach = radiusKilometres / kilometresPerDegree
        let longitudeReach = radiusKilometres / (kilometresPerDegree * max(0.01, cos(latitude * Double.pi / 180)))
        return abs(latitude) + latitudeReach <= 90 && abs(longitude) + longitudeReach <= 180
    }

    /// Relative weights of the opening-hours patterns.
    public struct OpeningHoursMix: Hashable, Sendable {
        /// Open all working day, 08:30–18:30.
        public var allDay: Double
        /// Closed for lunch: 08:30–12:30 and 15:00–19:00.
        public var lunchClosure: Double
        /// As `lunchClosure`, and closed on one weekday.
        public var closedDay: Double
        /// One window of two hours a day, such as a wholesaler's.
        public var narrowWindow: Double

        public init(allDay: Double, lunchClosure: Double, closedDay: Double, narrowWindow: Double) {
            self.allDay = allDay
            self.lunchClosure = lunchClosure
            self.closedDay = closedDay
            self.narrowWindow = narrowWindow
        }
    }

    public var name: String
    public var seed: UInt64
    public var area: Area
    /// Centre of the area, WGS 84 degrees.
    public var centerLatitude: Double
    public var centerLongitude: Double
    public var placement: Placement
    public var reps: Int
    public var customersPerRep: Int
    public var cadences: [CadenceShare]
    public var openingHours: OpeningHoursMix
    /// Fixed appointments per rep and working week.
    public var appointmentsPerRepWeek: Double
    /// Share of customers, 0 to 1, with a reservation in the horizon.
    public var reservationShare: Double
    public var horizonStart: CalendarDate
    public var horizonDays: Int
    /// A distant cluster of customers with hotels, or nil for none.
    public var farRegion: FarRegion?
    /// How long ago the customers were last visited.
    public var history = History.backlog

    public init(
        name: String, seed: UInt64, area: Area, centerLatitude: Double, centerLongitude: Double,
        placement: Placement = .towns, reps: Int, customersPerRep: Int,
        cadences: [CadenceShare] = [.init(days: 14, share: 1), .init(days: 28, share: 5), .init(days: 56, share: 3)],
        openingHours: OpeningHoursMix = OpeningHoursMix(allDay: 2, lunchClosure: 5, closedDay: 2, narrowWindow: 1),
        appointmentsPerRepWeek: Double = 2, reservationShare: Double = 0.01, horizonStart: CalendarDate,
        horizonDays: Int
    ) {
        self.name = name
        self.seed = seed
        self.area = area
        self.centerLatitude = centerLatitude
        self.centerLongitude = centerLongitude
        self.placement = placement
        self.reps = reps
        self.customersPerRep = customersPerRep
        self.cadences = cadences
        self.openingHours = openingHours
        self.appointmentsPerRepWeek = appointmentsPerRepWeek
        self.reservationShare = reservationShare
        self.horizonStart = horizonStart
        self.horizonDays = horizonDays
    }
}
