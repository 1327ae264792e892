import Foundation
import GiroFormats
import GiroModel
import Testing

/// A small deterministic generator (64-bit linear congruential, Knuth's
/// MMIX constants), so that the mutated inputs are the same on every run.
private struct SeededGenerator {
    var state: UInt64

    mutating func next(below bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }
}

@Test func truncatedTerritoryNeverDecodes() throws {
    let json = try DocumentationExamples.block(
        in: "territory-format.md", after: "## Complete example", language: "json")
    let bytes = Array(json.utf8)
    let lastBrace = try #require(bytes.lastIndex(of: UInt8(ascii: "}")))

    for length in stride(from: 0, to: lastBrace, by: 3) {
        let prefix = Data(bytes[..<length])
        #expect(throws: FormatError.self, "prefix of \(length) bytes") {
            try TerritoryFile.decode(prefix, fileName: "cut.json")
        }
    }
}

@Test func mutatedTerritoryNeverCrashes() throws {
    let json = try DocumentationExamples.block(
        in: "territory-format.md", after: "## Complete example", language: "json")
    let original = Array(json.utf8)
    let replacements = Array("{}[]\",:-.0123456789eE tfnxyzMAX\\".utf8) + [0x00, 0xC3, 0xFF]
    var generator = SeededGenerator(state: 20_260_302)
    var failures = 0

    for _ in 0..<600 {
        var bytes = original
        for _ in 0...generator.next(below: 3) {
            let position = generator.next(below: bytes.count)
            bytes[position] = replacements[generator.next(below: replacements.count)]
        }
        do {
            _ = try TerritoryFile.decode(Data(bytes), fileName: "mutated.json")
        } catch {
            failures += 1
            #expect(!error.message.isEmpty)
        }
    }

    // Most single-byte changes break the file; a few, such as a changed
    // digit, leave it valid. Both outcomes are fine as long as none crashes.
    #expect(failures > 300)
}

@Test func mutatedCSVNeverCrashes() throws {
    let csv = try DocumentationExamples.block(in: "territory-format.md", after: "Example file:", language: "csv")
    let original = Array(csv.unicodeScalars)
    let replacements = Array(",\"\r\n;-: 0123456789abcdefmonsat".unicodeScalars)
    var generator = SeededGenerator(state: 42)

    for _ in 0..<600 {
        var scalars = original
        for _ in 0...generator.next(below: 3) {
            scalars[generator.next(below: scalars.count)] = replacements[generator.next(below: replacements.count)]
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        do {
            _ = try CustomerCSV.decode(text, fileName: "mutated.csv")
        } catch {
            #expect(error.line != nil)
        }
    }
}
