/// Writes `results.csv`: one row per instance and seed, in run order.
///
/// Distances and the gap have four decimals and seconds three. The
/// validator column is `valid` or `invalid`, and a name that follows no
/// Solomon or Gehring–Homberger pattern has an empty class.
public enum ResultsCSV {
    /// The header, in the fixed column order.
    public static let columns = [
        "instance", "class", "seed", "vehicles", "distance", "bks_distance", "gap_percent", "seconds", "iterations",
        "validator", "unplanned",
    ]

    /// Returns the file's text: the header line, then one line per row.
    public static func text(_ rows: [BenchmarkRow]) -> String {
        var text = CSVText.line(columns)
        for row in rows {
            text += CSVText.line([
                CSVText.field(row.instance),
                row.instanceClass?.rawValue ?? "",
                String(row.seed),
                String(row.vehicles),
                CSVText.number(row.distance, decimals: 4),
                CSVText.number(row.bestKnownDistance, decimals: 4),
                CSVText.number(row.gapPercent, decimals: 4),
                CSVText.number(row.seconds, decimals: 3),
                String(row.iterations),
                row.isValid ? "valid" : "invalid",
                String(row.unplanned),
            ])
        }
        return text
    }
}
