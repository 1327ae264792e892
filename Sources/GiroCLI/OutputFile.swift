import Foundation
import Giro

/// The file that `--output` names: checked before planning, so that a bad
/// path fails at once instead of after the run, and written afterwards.
enum OutputFile {
    /// Rejects an output path that is a directory, lies in a folder that
    /// does not exist or cannot be written, or is one of the input files.
    ///
    /// - Parameter inputs: the files the command reads, which the output
    ///   must not overwrite.
    static func check(_ path: String, option: String = "--output", inputs: [String]) throws(UsageError) {
        let quotedPath = CommandArguments.quoted(path)
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        if fileManager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw UsageError("\(option) \(quotedPath) is a directory; give a file name, such as \(MessageText.shortened(path))/plan.json")
        }

        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard fileManager.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw UsageError("\(option) \(quotedPath): the folder \(folder) does not exist; create it first")
        }
        guard fileManager.isWritableFile(atPath: folder) else {
            throw UsageError("\(option) \(quotedPath): the folder \(folder) is not writable; choose another folder")
        }

        let target = canonical(path)
        for input in inputs where canonical(input) == target {
            throw UsageError(
                "\(option) \(quotedPath) is the input file \(input); choose another file name, so that the input is kept")
        }
    }

    /// Writes `data` to `path`, replacing the file.
    ///
    /// - Throws: `OutputError`, which is no usage error: the command line
    ///   was right, but the file system rejected the write.
    static func write(_ data: Data, to path: String) throws(OutputError) {
        do {
            try data.write(to: URL(fileURLWithPath: path))
        } catch {
            throw OutputError("cannot write \(path): \(SystemErrorText.reason(for: error))")
        }
    }

    /// Returns the absolute path with symbolic links resolved, so that two
    /// spellings of one file compare equal.
    private static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}

/// A result that could not be written, such as a plan file in a folder that
/// was removed during the run.
struct OutputError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
