// Territory JSON: checks that any input either fails with a FormatError or
// decodes to a territory that survives a round trip through the encoder
// unchanged.
import Foundation
import GiroFormats

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTerritoryJSON(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    guard let territory = try? TerritoryFile.decode(data, fileName: "fuzz.json") else { return 0 }

    let encoded = TerritoryFile.encode(territory)
    do {
        let again = try TerritoryFile.decode(encoded, fileName: "round-trip.json")
        precondition(again == territory, "a territory changed in a round trip through JSON")
    } catch {
        preconditionFailure("an encoded territory does not decode: \(error)")
    }
    return 0
}
