/// A bad value found while converting text, before the caller knows where in
/// the file it sits. JSON and CSV decoders add the place and turn it into a
/// `FormatError`.
struct ValueProblem: Error, Hashable, Sendable {
    /// The explanation of the problem and its fix, naming the value.
    var message: String
}
