/// The id scheme of customers, appointments and reservations that a copy
/// transfer creates.
///
/// A copy of `ID` for rep `REP` is `ID~copy~REP`. When that id is taken, the
/// copy gets the first free one of `ID~copy~REP~2`, `ID~copy~REP~3`, … . The
/// result depends only on the id, the rep and the ids in use, so the same
/// transfer on the same company always produces the same ids.
enum CopyIdentifier {
    /// Returns the copy id of `id` for rep `repID` that `used` does not
    /// contain, and inserts it into `used`.
    ///
    /// - Complexity: O(k) set look-ups, where k − 1 copies of `id` for the
    ///   same rep already exist.
    static func make(from id: String, forRep repID: String, avoiding used: inout Set<String>) -> String {
        let base = "\(id)~copy~\(repID)"
        var candidate = base
        var number = 1
        while used.contains(candidate) {
            number += 1
            candidate = "\(base)~\(number)"
        }
        used.insert(candidate)
        return candidate
    }
}
