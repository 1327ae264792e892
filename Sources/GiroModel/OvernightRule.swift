/// When a rep may end a day away from home and sleep at a hotel.
///
/// A night away follows a day whose last stop is at least each set minimum
/// from home. It is spent at a hotel within `maximumDriveToHotel` of the
/// last stop (the nearest one unless `hotelChoice` leaves the choice to the
/// planner), or at the last stop when none is in reach, and the next day
/// starts there.
public struct OvernightRule: Hashable, Sendable {
    /// Weekdays whose night may be spent away from home.
    public var allowedNights: Set<Weekday>
    /// Smallest road distance home from the day's last stop, in metres, for a
    /// night away to be allowed.
    public var minimumDistanceFromHome: Double?
    /// Smallest driving time home from the day's last stop, in seconds, for a
    /// night away to be allowed.
    public var minimumDrivingTimeFromHome: Int?
    /// Maximum drive from the last stop to a hotel, in seconds.
    public var maximumDriveToHotel: Int
    /// Preferred hotels; without one in reach the night is spent at the last
    /// customer.
    public var hotels: [Hotel]
    /// Most nights away in a row; nil for no limit.
    public var maximumConsecutiveNights: Int?
    /// Most nights away in one ISO week; nil for no limit.
    public var maximumNightsPerWeek: Int?
    /// The rule that picks the hotel in reach where the night is spent.
    public var hotelChoice: HotelChoice

    public init(
        allowedNights: Set<Weekday>,
        minimumDistanceFromHome: Double? = nil,
        minimumDrivingTimeFromHome: Int? = nil,
        maximumDriveToHotel: Int = 1800,
        hotels: [Hotel] = [],
        maximumConsecutiveNights: Int? = nil,
        maximumNightsPerWeek: Int? = nil,
        hotelChoice: HotelChoice = .nearest
    ) {
        self.allowedNights = allowedNights
        self.minimumDistanceFromHome = minimumDistanceFromHome
        self.minimumDrivingTimeFromHome = minimumDrivingTimeFromHome
        self.maximumDriveToHotel = maximumDriveToHotel
        self.hotels = hotels
        self.maximumConsecutiveNights = maximumConsecutiveNights
        self.maximumNightsPerWeek = maximumNightsPerWeek
        self.hotelChoice = hotelChoice
    }
}

/// The choice of the hotel for a night away among the rule's hotels within
/// `maximumDriveToHotel` of the day's last stop.
public enum HotelChoice: String, Hashable, Sendable, CaseIterable {
    /// The nearest hotel by driving time; the first listed among equally
    /// near ones.
    case nearest
    /// Any of them: the planner picks the one that serves the two days
    /// around the night best, for instance a hotel on the way of a trip
    /// that goes on the next day.
    case anyInReach
}

/// A hotel where a rep may spend a night.
public struct Hotel: Hashable, Sendable {
    public var id: String
    public var name: String?
    public var location: Location

    public init(id: String, name: String? = nil, location: Location) {
        self.id = id
        self.name = name
        self.location = location
    }
}
