import Foundation
import GiroFormats
import Testing

@Suite("Long values in messages")
struct LongValueTests {
    @Test func quotedKeepsShortValues() {
        #expect(MessageText.quoted("visitMinutes") == "\"visitMinutes\"")
        #expect(MessageText.quoted(String(repeating: "a", count: 80)) == "\"" + String(repeating: "a", count: 80) + "\"")
        #expect(MessageText.quoted("x", quote: "'") == "'x'")
    }

    @Test func quotedShortensLongValues() {
        let text = String(repeating: "a", count: 10_485_760)
        #expect(MessageText.quoted(text) == "\"" + String(repeating: "a", count: 60) + "…\" (10,485,760 characters)")
        #expect(MessageText.shortened(String(repeating: "1", count: 81)) == String(repeating: "1", count: 60) + "… (81 characters)")
    }

    @Test func unknownLongKeyGivesShortMessage() throws {
        let key = String(repeating: "a", count: 1_048_576)
        let error = try #require(Samples.territoryError(#"{"horizon": {"start": "2026-03-02", "days": 5}, ""# + key + #"": 1}"#))

        #expect(error.description.count < 400)
        #expect(error.message.contains("(1,048,576 characters)"))
        #expect(error.path?.contains("(1,048,576 characters)") == true)
        #expect((error.value ?? "").count < 100)
    }

    @Test func numberOfAMillionDigitsIsShortened() throws {
        let digits = String(repeating: "1", count: 1_000_000)
        let error = try #require(Samples.territoryError(#"{"horizon": {"start": "2026-03-02", "days": "# + digits + "}}"))

        #expect(error.message.contains("(1,000,000 characters)"))
        #expect(error.description.count < 300)
    }

    @Test func longIdInReferenceIsShortened() throws {
        let id = String(repeating: "r", count: 200_000)
        let json = Samples.territory(
            extra: [#""appointments": [{"id": "a1", "repId": ""# + id + #"", "kind": "onDay", "date": "2026-03-02", "minutes": 30}]"#])
        let error = try #require(Samples.territoryError(json))

        #expect(error.message.contains("(200,000 characters)"))
        #expect(error.description.count < 400)
    }

    @Test func longDateStringIsShortened() throws {
        let text = String(repeating: "2", count: 5000)
        let error = try #require(Samples.territoryError(#"{"horizon": {"start": ""# + text + #"", "days": 5}}"#))

        #expect(error.message.contains("(5,000 characters)"))
        #expect(error.description.count < 300)
    }
}
