import Foundation
import GiroFormats
import Testing

/// Creates an empty folder under the temporary directory and returns its path.
private func temporaryFolder() throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("giro-files-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
}

/// Runs `load` and returns the description of the error it throws.
private func loadError(_ load: () throws -> Void) -> String? {
    do {
        try load()
        Issue.record("the load succeeded")
        return nil
    } catch {
        return "\(error)"
    }
}

@Suite("Reading files")
struct FileReadingTests {
    @Test func directoryIsNamedForEveryFormat() throws {
        let folder = try temporaryFolder()
        let expected = "\(folder): is a directory; give the path of a JSON file"

        #expect(loadError { _ = try TerritoryFile.load(path: folder) } == expected)
        #expect(loadError { _ = try PlanFile.load(path: folder) } == expected)
        #expect(loadError { _ = try CompanyFile.load(path: folder) } == expected)
        #expect(
            loadError { _ = try CustomerCSV.load(path: folder) }
                == "\(folder): is a directory; give the path of a CSV file")
    }

    @Test func missingFileSaysNoSuchFile() throws {
        let path = try temporaryFolder() + "/missing.json"
        let expected = "\(path): no such file; check the path"

        #expect(loadError { _ = try TerritoryFile.load(path: path) } == expected)
        #expect(loadError { _ = try PlanFile.load(path: path) } == expected)
        #expect(loadError { _ = try SolomonReader.load(path: path) } == expected)
    }

    @Test func messagesCarryNoFoundationCodes() throws {
        let folder = try temporaryFolder()
        for message in [
            loadError { _ = try TerritoryFile.load(path: folder) },
            loadError { _ = try SolomonReader.load(path: folder + "/none.txt") },
        ] {
            #expect(message?.contains("NSCocoaErrorDomain") == false)
            #expect(message?.contains("error 256") == false)
        }
    }

    @Test func fileErrorHasNoPlace() throws {
        let path = try temporaryFolder() + "/missing.json"
        do {
            _ = try TerritoryFile.load(path: path)
        } catch {
            #expect(error.fileName == path)
            #expect(error.path == nil)
            #expect(error.line == nil)
            #expect(error.message == "no such file; check the path")
        }
    }

    @Test func systemErrorTextReadsPOSIXReason() {
        let underlying = NSError(domain: NSPOSIXErrorDomain, code: Int(EACCES))
        let wrapped = NSError(domain: NSCocoaErrorDomain, code: 513, userInfo: [NSUnderlyingErrorKey: underlying])
        #expect(SystemErrorText.reason(for: wrapped) == "permission denied")
        #expect(SystemErrorText.reason(for: NSError(domain: NSCocoaErrorDomain, code: 256)) == "unknown error")
    }
}
