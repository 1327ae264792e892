/// A JSON value to be written; `JSONWriter` renders it.
indirect enum JSONOutput: Hashable, Sendable {
    case null
    case bool(Bool)
    /// A finite number, written in its shortest exact form.
    case number(Double)
    case integer(Int)
    /// Text written as is: used for minutes, which `NumberText` formats.
    case rawNumber(String)
    case string(String)
    case array([JSONOutput])
    case object([String: JSONOutput])

    /// Whole seconds written as minutes, exact when read back.
    static func minutes(_ seconds: Int) -> JSONOutput {
        .rawNumber(NumberText.minutes(fromSeconds: seconds))
    }
}
