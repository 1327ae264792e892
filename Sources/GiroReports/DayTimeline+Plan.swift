import GiroModel

extension DayTimeline {
    /// Creates the timeline of one rep's days in a plan, one row per route.
    ///
    /// Each leg from the end of one service to the next arrival is drawn as
    /// driving, and the time from arrival to the start of setup as waiting.
    /// A break is drawn over the leg or the wait that contains it. A break
    /// at home before departure or after the return lies outside the bar.
    public init(plan: Plan, territory: Territory, repID: String) {
        let customers = Dictionary(territory.customers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let rep = territory.reps.first { $0.id == repID }

        var days: [Day] = []
        for route in plan.routes where route.repID == repID {
            var segments: [Segment] = []
            var time = route.departure
            for stop in route.stops {
                let name = stop.customerID.flatMap { customers[$0]?.name ?? $0 } ?? stop.appointmentID ?? "appointment"
                segments.append(Segment(activity: .driving, start: time, end: stop.arrival))
                segments.append(Segment(activity: .waiting, start: stop.arrival, end: stop.setupStart, label: name))
                segments.append(Segment(activity: .setup, start: stop.setupStart, end: stop.serviceStart, label: name))
                segments.append(Segment(activity: .service, start: stop.serviceStart, end: stop.serviceEnd, label: name))
                time = stop.serviceEnd
            }
            segments.append(Segment(activity: .driving, start: time, end: route.arrival))
            if let pause = route.breakTaken {
                segments.append(Segment(activity: .breakTime, start: pause.start, end: pause.end))
            }

            let name = "\(RouteMap.weekdayName(route.date.weekday)) \(route.date)"
            days.append(Day(name: name, segments: segments))
        }
        self.init(title: "Working days of \(rep?.name ?? repID)", days: days)
    }
}
