import Foundation
import Testing

/// Guards the layout of the pictures and the page: each must equal its
/// stored snapshot byte for byte.
@Suite("Report snapshots")
struct ReportSnapshotTests {
    @Test func picturesAndPageMatchTheirSnapshots() {
        for subject in ReportFixtures.snapshotSubjects {
            Self.expectSnapshot(subject.text, named: subject.name)
        }
    }

    @Test func picturesAreWellFormed() {
        for subject in ReportFixtures.snapshotSubjects where subject.name.hasSuffix(".svg") {
            #expect(ReportFixtures.isWellFormedXML(subject.text), "\(subject.name)")
        }
    }

    /// Compares `text` with the stored snapshot `name` in the Snapshots
    /// folder beside this file. With the environment variable
    /// `GIRO_RECORD_SNAPSHOTS=1` it writes the snapshot instead, and the test
    /// fails so that a recording never passes unnoticed.
    private static func expectSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots/\(name)")
        if ProcessInfo.processInfo.environment["GIRO_RECORD_SNAPSHOTS"] == "1" {
            try? FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? text.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded the snapshot \(name); run again without GIRO_RECORD_SNAPSHOTS", sourceLocation: sourceLocation)
            return
        }

        guard let stored = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record(
                "snapshot \(name) not found; record it with GIRO_RECORD_SNAPSHOTS=1 swift test --filter Snapshot",
                sourceLocation: sourceLocation)
            return
        }
        #expect(text == stored, "output differs from the snapshot \(name)", sourceLocation: sourceLocation)
    }
}
