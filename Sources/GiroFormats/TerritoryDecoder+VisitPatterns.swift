import GiroModel

extension TerritoryDecoder {
    /// Decodes a customer's `visitPatterns`: a list of patterns, each a list
    /// of distinct "YYYY-MM-DD" dates in the horizon, all of the same length.
    /// An empty list means no patterns.
    ///
    /// - Throws: `FormatError` at the first value that is not a list, not a
    ///   date, outside the horizon, repeated in its pattern, or in a pattern
    ///   whose length differs from the first pattern's.
    func decodeVisitPatterns(_ field: JSONField) throws(FormatError) -> [[CalendarDate]] {
        let example = "[[\"2026-03-02\", \"2026-03-05\"], [\"2026-03-03\", \"2026-03-06\"]]"
        guard case .array = field.node.value else {
            throw field.error(
                "visitPatterns must be a list of patterns, each a list of dates, such as \(example), but it is "
                    + field.node.value.quotedDescription)
        }

        var patterns: [[CalendarDate]] = []
        for (index, patternField) in try field.array().enumerated() {
            guard case .array = patternField.node.value else {
                throw patternField.error(
                    "each visit pattern must be a list of dates such as [\"2026-03-02\", \"2026-03-05\"], but it is "
                        + patternField.node.value.quotedDescription)
            }
            let dateFields = try patternField.array()
            guard !dateFields.isEmpty else {
                throw patternField.error("visit pattern \(index) has no date; list at least one date or remove it")
            }

            var dates: [CalendarDate] = []
            for dateField in dateFields {
                let date = try dateField.date()
                guard horizon.contains(date) else {
                    throw dateField.error(
                        "date \(date) is outside the horizon \(horizon.start) to \(horizon.end.adding(days: -1)); "
                            + "use a date in the horizon or change the horizon")
                }
                guard !dates.contains(date) else {
                    throw dateField.error(
                        "date \(date) appears twice in visit pattern \(index), but a customer is visited at most once "
                            + "a day; list each date once")
                }
                dates.append(date)
            }
            if let first = patterns.first, first.count != dates.count {
                throw patternField.error(
                    "visit pattern \(index) has \(dates.count) dates, but pattern 0 has \(first.count); give every "
                        + "pattern of a customer the same number of dates",
                    value: patternField.node.value.sourceText)
            }
            patterns.append(dates)
        }
        return patterns
    }
}
