/// Writes `convergence.csv`: the sampled best objective of every run over
/// time, at most 200 points per run.
public enum ConvergenceCSV {
    /// The header, in the fixed column order.
    public static let columns = ["instance", "seed", "seconds", "iterations", "best_objective"]

    /// Returns the file's text: the header line, then one line per point.
    public static func text(_ points: [ConvergencePoint]) -> String {
        var text = CSVText.line(columns)
        for point in points {
            text += CSVText.line([
                CSVText.field(point.instance),
                String(point.seed),
                CSVText.number(point.seconds, decimals: 3),
                String(point.iterations),
                CSVText.number(point.bestObjective, decimals: 4),
            ])
        }
        return text
    }
}
