import GiroModel

/// Parsing of the text forms shared by the JSON and CSV formats: times of
/// day, plan clock times, dates and time windows.
///
/// Each function names the value in its error message as `name`, which is
/// the key or column being read.
enum ValueText {
    /// The latest clock time a territory file can write: the end of the day
    /// after the planned day.
    static let latestTimeOfDay = 2 * ClockTime.secondsPerDay

    /// Parses a territory time of day: `HH:MM` or `HH:MM:SS` with hours 00 to
    /// 47, or `48:00` as the end of a window. Returns seconds after midnight.
    static func timeOfDay(_ text: String, name: String) throws(ValueProblem) -> Int {
        if text == "48:00" || text == "48:00:00" {
            return latestTimeOfDay
        }
        guard let seconds = ClockTime.parse(text) else {
            throw ValueProblem(
                message: "\(name) \(MessageText.quoted(text)) is not a valid time; write HH:MM with hours 00 to 47 "
                    + "and minutes 00 to 59, for example \"08:30\"")
        }
        return seconds
    }

    /// Parses a plan clock time: `HH:MM` or `HH:MM:SS` with two to seven
    /// hour digits, so that long benchmark days fit, and an optional leading
    /// minus. Returns seconds after midnight.
    static func planClockTime(_ text: String, name: String) throws(ValueProblem) -> Int {
        var body = Substring(text)
        let isNegative = body.hasPrefix("-")
        if isNegative {
            body = body.dropFirst()
        }

        let parts = body.split(separator: ":", omittingEmptySubsequences: false)
        let problem = ValueProblem(
            message: "\(name) \(MessageText.quoted(text)) is not a valid clock time; write HH:MM or HH:MM:SS "
                + "with minutes and seconds 00 to 59, for example \"08:30\" or \"126:05:30\"")
        guard parts.count == 2 || parts.count == 3,
            (2...7).contains(parts[0].count),
            parts.dropFirst().allSatisfy({ $0.count == 2 }),
            parts.allSatisfy({ $0.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }),
            let hours = Int(parts[0]), let minutes = Int(parts[1]), minutes < 60
        else { throw problem }

        var seconds = 0
        if parts.count == 3 {
            guard let value = Int(parts[2]), value < 60 else { throw problem }
            seconds = value
        }
        let total = hours * 3600 + minutes * 60 + seconds
        return isNegative ? -total : total
    }

    /// Parses an ISO 8601 date `YYYY-MM-DD` that exists in the calendar.
    static func date(_ text: String, name: String) throws(ValueProblem) -> CalendarDate {
        if let date = CalendarDate(iso: text) {
            return date
        }

        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let isWellFormed =
            parts.count == 3 && parts[0].count == 4 && parts[1].count == 2 && parts[2].count == 2
            && parts.allSatisfy { $0.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }
        guard isWellFormed, let year = Int(parts[0]), let month = Int(parts[1]) else {
            throw ValueProblem(
                message: "\(name) \(MessageText.quoted(text)) is not a valid date; write YYYY-MM-DD, for example \"2026-03-02\"")
        }
        guard (1...12).contains(month) else {
            throw ValueProblem(message: "\(name) \"\(text)\" has month \(month); use a month from 01 to 12")
        }
        let lastDay = (28...31).last { CalendarDate(year: year, month: month, day: $0) != nil } ?? 28
        throw ValueProblem(
            message: "\(name) \"\(text)\" does not exist: month \(parts[1]) of \(year) has \(lastDay) days")
    }

    /// Formats a date as `YYYY-MM-DD`, with the year padded to four digits
    /// so that years before 1000 read back.
    static func format(_ date: CalendarDate) -> String {
        let (year, month, day) = date.components
        let yearText = String(abs(year))
        let paddedYear = String(repeating: "0", count: max(0, 4 - yearText.count)) + yearText
        let sign = year < 0 ? "-" : ""
        return sign + paddedYear + "-" + (month < 10 ? "0" : "") + String(month) + "-" + (day < 10 ? "0" : "") + String(day)
    }

    /// Builds a window after checking that it does not end before it starts.
    ///
    /// `startName` and `endName` are the keys of the two times, such as
    /// `start` and `end` or `earliest` and `latest`.
    static func window(
        start: Int, end: Int, startName: String = "start", endName: String = "end", hint: String
    ) throws(ValueProblem) -> TimeWindow {
        guard start <= end else {
            throw ValueProblem(
                message: "\(endName) \(ClockTime.format(end)) is before \(startName) "
                    + "\(ClockTime.format(start)); \(hint)")
        }
        return TimeWindow(start: start, end: end)
    }

    /// Finds the first pair of overlapping windows of one day and returns
    /// their indices into `windows`, the later window first. Windows that
    /// only touch (one ends when the next starts) do not overlap.
    static func firstOverlap(in windows: [TimeWindow]) -> (later: Int, earlier: Int)? {
        let order = windows.indices.sorted { (windows[$0].start, $0) < (windows[$1].start, $1) }
        for position in order.indices.dropFirst() {
            let earlier = order[position - 1]
            let later = order[position]
            if windows[later].start < windows[earlier].end {
                return (later, earlier)
            }
        }
        return nil
    }

    /// Builds the message for two overlapping windows on `day`.
    static func overlapMessage(_ later: TimeWindow, _ earlier: TimeWindow, day: Weekday) -> String {
        "window \(later) overlaps \(earlier) on \(day.key); merge them into one window or move one"
    }
}
