import GiroModel

/// Reading and writing of time windows `{"start", "end"}` and of weekly
/// windows, an object of weekday keys to lists of windows.
enum WindowFormat {
    static let keys = ["start", "end"]

    /// Decodes one window. `hint` is the advice in the message for an end
    /// before the start.
    static func decodeWindow(_ field: JSONField, hint: String) throws(FormatError) -> TimeWindow {
        let object = try field.object(keys: keys)
        let startField = try object.required("start", hint: "add the start time, \"HH:MM\"")
        let endField = try object.required("end", hint: "add the end time, \"HH:MM\"")
        let start = try startField.timeOfDay()
        let end = try endField.timeOfDay()
        do {
            return try ValueText.window(start: start, end: end, hint: hint)
        } catch {
            throw field.error(error.message, value: endField.node.value.sourceText)
        }
    }

    /// Decodes weekly windows. A weekday that is left out or has `[]` has
    /// no window; windows of one day must not overlap.
    static func decodeWeek(_ field: JSONField) throws(FormatError) -> WeeklyWindows {
        let weekdayKeys = Weekday.allCases.map(\.key)
        let object = try field.object(keys: weekdayKeys)
        var week = WeeklyWindows()

        for day in Weekday.allCases {
            guard let dayField = object.optional(day.key) else { continue }
            let windowFields = try dayField.array()
            var windows: [TimeWindow] = []
            for windowField in windowFields {
                windows.append(try decodeWindow(windowField, hint: "swap the times or fix the window"))
            }

            if let overlap = ValueText.firstOverlap(in: windows) {
                let later = windowFields[overlap.later]
                throw later.error(
                    ValueText.overlapMessage(windows[overlap.later], windows[overlap.earlier], day: day),
                    value: windows[overlap.later].description)
            }
            week[day] = windows
        }
        return week
    }

    static func encodeWindow(_ window: TimeWindow) -> JSONOutput {
        .object(["start": .string(ClockTime.format(window.start)), "end": .string(ClockTime.format(window.end))])
    }

    /// Writes only the weekdays with windows, so that a closed day reads as
    /// a missing key.
    static func encodeWeek(_ week: WeeklyWindows) -> JSONOutput {
        var members: [String: JSONOutput] = [:]
        for day in Weekday.allCases where !week[day].isEmpty {
            members[day.key] = .array(week[day].map(encodeWindow))
        }
        return .object(members)
    }
}
