import Foundation
import Giro

/// The folder that `giro bench vrptw --output` names, checked and created
/// before the first run so that a bad path fails at once.
enum BenchOutputFolder {
    static let resultsFile = "results.csv"
    static let summaryFile = "summary.md"
    static let convergenceFile = "convergence.csv"
    static let reportFile = "report.html"
    static let gapBarsFile = "gap-bars.svg"
    static let convergenceChartFile = "convergence.svg"

    /// Rejects a folder that is a file or lies inside the instance folder,
    /// creates it when missing, and checks that its result files can be
    /// written without replacing the BKS file.
    static func prepare(_ folder: String, instanceFolder: String, bestKnownFile: String) throws {
        let quotedFolder = CommandArguments.quoted(folder)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw UsageError("--output \(quotedFolder) is a file; give a folder, which is created when missing")
        }

        let target = canonical(folder)
        let input = canonical(instanceFolder)
        guard target != input, !target.hasPrefix(input.hasSuffix("/") ? input : input + "/") else {
            throw UsageError(
                "--output \(quotedFolder) is inside the instance folder \(instanceFolder); choose a folder outside "
                    + "it, so that the result files cannot be read as instances")
        }

        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw OutputError("cannot create the folder \(folder): \(SystemErrorText.reason(for: error))")
        }
        for name in [resultsFile, summaryFile, convergenceFile, reportFile, gapBarsFile, convergenceChartFile] {
            try OutputFile.check(path(name, in: folder), inputs: [bestKnownFile])
        }
    }

    /// Returns the path of a result file in the folder.
    static func path(_ name: String, in folder: String) -> String {
        (folder as NSString).appendingPathComponent(name)
    }

    /// Returns the absolute path with symbolic links resolved in its longest
    /// existing part, so that a folder that does not exist yet compares
    /// correctly with the folders above it.
    private static func canonical(_ path: String) -> String {
        var existing = URL(fileURLWithPath: path).standardizedFileURL
        var missing: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path), existing.path != "/" {
            missing.insert(existing.lastPathComponent, at: 0)
            existing.deleteLastPathComponent()
        }

        var resolved = existing.resolvingSymlinksInPath()
        for component in missing {
            resolved.appendPathComponent(component)
        }
        return resolved.path
    }
}
