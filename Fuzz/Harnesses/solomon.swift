// Solomon and Gehring–Homberger instances: checks that any input, read as
// UTF-8 text with invalid bytes replaced, either parses or fails with a
// FormatError without crashing.
import Foundation
import GiroFormats

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSolomon(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    _ = try? SolomonReader.decode(text, fileName: "fuzz.txt")
    return 0
}
