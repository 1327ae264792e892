import GiroModel

/// The one-cell form of opening hours used in customer CSV files, such as
/// `mon-fri 08:30-12:30,15:00-19:00; sat 09:00-12:00`.
///
/// Entries are separated by semicolons, and one semicolon may follow the
/// last entry, but no entry may be empty. Each has a day part, a space, and
/// windows separated by commas. The day part is a weekday key, a forward
/// range such as `mon-fri`, or several of them separated by commas. Days that
/// no entry names are closed, and the word `closed` alone closes every day.
enum CompactOpeningHours {
    static func parse(_ text: String) throws(ValueProblem) -> WeeklyWindows {
        let trimmed = text.trimmingSpaces
        if trimmed == "closed" {
            return WeeklyWindows()
        }

        var week = WeeklyWindows()
        var namedDays: Set<Weekday> = []
        let entries = trimmed.split(separator: ";", omittingEmptySubsequences: false)
        for (index, rawEntry) in entries.enumerated() {
            let entry = String(rawEntry).trimmingSpaces
            // One semicolon after the last entry is harmless; any other empty
            // entry, as in ";;", would silently close the customer every day.
            let isTrailing = index == entries.count - 1 && index > 0
            guard !entry.isEmpty else {
                guard isTrailing else {
                    throw ValueProblem(
                        message: "entry \(index + 1) of \(MessageText.quoted(trimmed)) is empty; remove the extra "
                            + "semicolon, or write \"closed\" for a customer that is closed every day")
                }
                continue
            }

            guard let space = entry.firstIndex(where: { $0 == " " || $0 == "\t" }) else {
                throw ValueProblem(
                    message: "entry \(MessageText.quoted(entry)) has no windows; write the days, a space and the windows, "
                        + "such as \"sat 09:00-12:00\"")
            }
            let days = try parseDays(String(entry[..<space]))
            let windows = try parseWindows(String(entry[space...]).trimmingSpaces)

            for day in days {
                guard namedDays.insert(day).inserted else {
                    throw ValueProblem(message: "\(day.key) appears in more than one entry; name each day once")
                }
                if let overlap = ValueText.firstOverlap(in: windows) {
                    throw ValueProblem(
                        message: ValueText.overlapMessage(windows[overlap.later], windows[overlap.earlier], day: day))
                }
                week[day] = windows
            }
        }
        return week
    }

    /// Parses `mon`, `mon-fri` or `mon-tue,thu` into weekdays.
    private static func parseDays(_ text: String) throws(ValueProblem) -> [Weekday] {
        var days: [Weekday] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let bounds = part.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            guard bounds.count <= 2 else {
                throw ValueProblem(message: "day range \(MessageText.quoted(String(part))) is not valid; write it as \"mon-fri\"")
            }
            let first = try weekday(bounds[0])
            let last = try bounds.count == 2 ? weekday(bounds[1]) : first
            guard first <= last else {
                throw ValueProblem(
                    message: "day range \(MessageText.quoted(String(part))) runs backwards; write ranges from Monday towards Sunday, "
                        + "such as \"mon-fri\", and list wrapping days separately")
            }
            for rawValue in first.rawValue...last.rawValue {
                if let day = Weekday(rawValue: rawValue) {
                    days.append(day)
                }
            }
        }
        return days
    }

    private static func weekday(_ key: String) throws(ValueProblem) -> Weekday {
        guard let day = Weekday(key: key) else {
            throw ValueProblem(
                message: "\(MessageText.quoted(key)) is not a weekday key; "
                    + KeySuggestion.hint(for: key, among: Weekday.allCases.map(\.key)))
        }
        return day
    }

    /// Parses `08:30-12:30,15:00-19:00` into windows.
    private static func parseWindows(_ text: String) throws(ValueProblem) -> [TimeWindow] {
        var windows: [TimeWindow] = []
        for rawWindow in text.split(separator: ",", omittingEmptySubsequences: false) {
            let windowText = String(rawWindow).trimmingSpaces
            let times = windowText.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            guard times.count == 2 else {
                throw ValueProblem(
                    message: "window \(MessageText.quoted(windowText)) is not valid; write HH:MM-HH:MM, such as \"08:30-12:30\"")
            }
            do {
                let start = try ValueText.timeOfDay(times[0], name: "opening time")
                let end = try ValueText.timeOfDay(times[1], name: "closing time")
                windows.append(try ValueText.window(start: start, end: end, hint: "swap the times"))
            } catch {
                throw ValueProblem(message: "window \(MessageText.quoted(windowText)): " + error.message)
            }
        }
        return windows
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
            let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })
        else { return "" }
        return String(scalars[first...last])
    }
}
