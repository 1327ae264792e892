// Plan JSON: checks that any input either fails with a FormatError or decodes
// to a plan that survives a round trip through the encoder unchanged.
import Foundation
import GiroFormats

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPlanJSON(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    guard let plan = try? PlanFile.decode(data, fileName: "fuzz.json") else { return 0 }

    let encoded = PlanFile.encode(plan)
    do {
        let again = try PlanFile.decode(encoded, fileName: "round-trip.json")
        precondition(again == plan, "a plan changed in a round trip through JSON")
    } catch {
        preconditionFailure("an encoded plan does not decode: \(error)")
    }
    return 0
}
