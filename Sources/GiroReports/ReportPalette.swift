/// The colours of the reports: the eight colours of the Okabe–Ito palette,
/// which readers with the common forms of colour blindness can tell apart,
/// and fixed colours for the parts of a working day.
public enum ReportPalette {
    /// Series colours in order of use: orange, sky blue, bluish green,
    /// yellow, blue, vermillion, reddish purple and black.
    public static let series = ["#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7", "#000000"]

    /// Returns the colour of series `index`, repeating after eight series.
    public static func colour(_ index: Int) -> String {
        series[((index % series.count) + series.count) % series.count]
    }

    static let axis = "#444444"
    static let grid = "#dddddd"
    static let text = "#222222"
    static let mutedText = "#666666"
}
