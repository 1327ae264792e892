import GiroModel

extension PlanValidator {
    /// Checks that a route runs on a working day of its rep, inside the
    /// working hours, and within the maximum working time.
    ///
    /// An appointment stop widens the hours just enough for the appointment to
    /// be kept. The earliest departure becomes at most its latest start minus
    /// its customer's setup and the drive from the start location to it. The
    /// latest return becomes at least its earliest end plus the drive from it
    /// to the end location. An appointment without a location needs no drive. `finalArrival` is the recomputed arrival, or nil to use the
    /// reported one when the route could not be timed.
    ///
    /// - Complexity: O(n) for n stops, with two travel model legs per
    ///   appointment stop.
    func checkWorkingDay(
        of route: DayRoute, rep: Rep, finalArrival: Int?, into violations: inout [Violation]
    ) {
        func report(_ message: String) {
            violations.append(Violation(rule: .workingDay, repID: route.repID, date: route.date, message: message))
        }

        guard let hours = rep.workingHours(on: route.date) else {
            let weekday = MessageFormat.weekday(route.date.weekday)
            if rep.daysOff.contains(route.date) {
                report("\(route.date) is a day off of rep \(rep.id)")
            } else {
                report("rep \(rep.id) has no working hours on \(weekday)s, and \(route.date) is a \(weekday)")
            }
            return
        }

        let bounds = allowedBounds(of: route, rep: rep, hours: hours)
        let departure = SafeArithmetic.clamp(route.departure)
        let arrival = finalArrival ?? SafeArithmetic.clamp(route.arrival)

        if departure < bounds.earliest {
            report("departs \(MessageFormat.clock(departure)), before \(bounds.describeEarliest(hours: hours))")
        }

        if arrival > bounds.latest {
            report("returns \(MessageFormat.clock(arrival)), after \(bounds.describeLatest(hours: hours))")
        }

        if let maximum = rep.maximumWorkingTime, arrival - departure > maximum {
            report(
                "working time \(MessageFormat.duration(arrival - departure)) from \(MessageFormat.clock(departure)) "
                    + "to \(MessageFormat.clock(arrival)) exceeds the maximum of \(MessageFormat.duration(maximum))")
        }
    }

    private func allowedBounds(of route: DayRoute, rep: Rep, hours: TimeWindow) -> WorkingDayBounds {
        var bounds = WorkingDayBounds(
            earliest: SafeArithmetic.clamp(hours.start), latest: SafeArithmetic.clamp(hours.end))

        for stop in route.stops where stop.kind == .appointment {
            guard let id = stop.appointmentID, let appointment = appointmentsByID[id] else { continue }

            // A leg that cannot be computed is reported by the timing check;
            // here it counts as no drive.
            var driveIn = 0
            var driveOut = 0
            if let location = location(of: appointment) {
                driveIn =
                    (try? drive(from: route.startLocation, to: location, speedFactor: rep.speedFactor))?.seconds ?? 0
                driveOut =
                    (try? drive(from: location, to: route.endLocation, speedFactor: rep.speedFactor))?.seconds ?? 0
            }

            let setup = appointment.customerID.flatMap { customersByID[$0]?.setupDuration } ?? 0
            let latestStart = SafeArithmetic.clamp(appointment.window.end) - SafeArithmetic.clamp(appointment.duration)
            let earliest = latestStart - SafeArithmetic.clamp(setup) - driveIn
            if earliest < bounds.earliest {
                bounds.earliest = earliest
                bounds.earliestAppointment = id
            }

            let earliestEnd = SafeArithmetic.clamp(appointment.window.start) + SafeArithmetic.clamp(appointment.duration)
            let latest = earliestEnd + driveOut
            if latest > bounds.latest {
                bounds.latest = latest
                bounds.latestAppointment = id
            }
        }
        return bounds
    }
}

/// The earliest departure and latest return of one route, and the
/// appointments that moved them beyond the working hours.
private struct WorkingDayBounds {
    var earliest: Int
    var latest: Int
    var earliestAppointment: String?
    var latestAppointment: String?

    func describeEarliest(hours: TimeWindow) -> String {
        guard let id = earliestAppointment else {
            return "the working start \(MessageFormat.clock(hours.start))"
        }
        return "\(MessageFormat.clock(earliest)), the working start \(MessageFormat.clock(hours.start)) "
            + "moved earlier for appointment \(id)"
    }

    func describeLatest(hours: TimeWindow) -> String {
        guard let id = latestAppointment else {
            return "the working end \(MessageFormat.clock(hours.end))"
        }
        return "\(MessageFormat.clock(latest)), the working end \(MessageFormat.clock(hours.end)) "
            + "moved later for appointment \(id)"
    }
}
