// Company JSON: checks that any input either fails with a FormatError or
// decodes to a company that survives a round trip through the encoder
// unchanged.
import Foundation
import GiroFormats

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCompanyJSON(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    guard let company = try? CompanyFile.decode(data, fileName: "fuzz.json") else { return 0 }

    let encoded = CompanyFile.encode(company)
    do {
        let again = try CompanyFile.decode(encoded, fileName: "round-trip.json")
        precondition(again == company, "a company changed in a round trip through JSON")
    } catch {
        preconditionFailure("an encoded company does not decode: \(error)")
    }
    return 0
}
