// Best-known-value CSV files: checks that any input, read as UTF-8 text with
// invalid bytes replaced, either parses or fails with a FormatError without
// crashing.
import Foundation
import GiroBenchmark

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBestKnownValues(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    _ = try? BestKnownValues.decode(text, fileName: "fuzz.csv")
    return 0
}
