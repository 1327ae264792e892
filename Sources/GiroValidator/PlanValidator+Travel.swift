import GiroModel
import GiroTravel

extension PlanValidator {
    /// Computes the rep's driving time in seconds and the distance of one leg
    /// with the territory's travel model.
    ///
    /// - Throws: `TravelError` when a location does not fit the model, for
    ///   example planar coordinates under the road model, or has a coordinate
    ///   that is not finite or out of range. The travel model converts
    ///   driving times to `Int` and traps on such coordinates, so they are
    ///   rejected before the model is called.
    func drive(from origin: Location, to destination: Location, speedFactor: Double) throws(TravelError)
        -> (seconds: Int, distance: Double)
    {
        try PlanValidator.checkUsable(origin)
        try PlanValidator.checkUsable(destination)
        let leg = try travel.leg(from: origin, to: destination)
        let seconds = SafeArithmetic.drivingTime(legSeconds: leg.seconds, speedFactor: speedFactor)
        return (seconds, leg.metres)
    }

    /// Throws unless the location's coordinates are finite: latitude within
    /// ±90°, longitude within ±180°, planar x and y within ±10¹² units.
    private static func checkUsable(_ location: Location) throws(TravelError) {
        switch location.coordinate {
        case .geographic(let latitude, let longitude):
            guard abs(latitude) <= 90, abs(longitude) <= 180 else {
                throw .missingCoordinate("latitude \(latitude) and longitude \(longitude) are not valid WGS 84 degrees")
            }
        case .planar(let x, let y):
            guard abs(x) <= 1e12, abs(y) <= 1e12 else {
                throw .missingCoordinate("planar x \(x) and y \(y) must be finite and within ±1e12")
            }
        case .none:
            return
        }
    }

    /// Returns the location of an appointment: its customer's location, its
    /// own address, or nil for an appointment without a location.
    func location(of appointment: Appointment) -> Location? {
        if let customerID = appointment.customerID, let customer = customersByID[customerID] {
            return customer.location
        }
        return appointment.location
    }

    /// Returns whether two locations are one site, so that no setup is charged
    /// between them. That needs the same matrix index when both have one, and
    /// otherwise exactly the same coordinates. Locations with neither never
    /// match.
    static func isSameSite(_ first: Location, _ second: Location) -> Bool {
        if let firstIndex = first.matrixIndex, let secondIndex = second.matrixIndex {
            return firstIndex == secondIndex
        }

        if case .none = first.coordinate {
            return false
        }
        return first.coordinate == second.coordinate
    }
}
