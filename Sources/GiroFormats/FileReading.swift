import Foundation

/// Reading whole files for the `load` functions.
package enum FileReading {
    /// Reads the file at `path`.
    ///
    /// - Parameter kind: what the file should be, with an article, for the
    ///   message when `path` is a directory: "a JSON file".
    /// - Throws: `FormatError` with `path` as its file name and no place,
    ///   such as `plans: is a directory; give the path of a JSON file`.
    package static func read(path: String, kind: String = "a JSON file") throws(FormatError) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw FormatError(fileName: path, message: "no such file; check the path")
        }
        guard !isDirectory.boolValue else {
            throw FormatError(fileName: path, message: "is a directory; give the path of \(kind)")
        }

        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw FormatError(
                fileName: path,
                message: "cannot read the file: \(SystemErrorText.reason(for: error)); check the file and its permissions")
        }
    }
}

/// Plain descriptions of file system errors, without Foundation's error
/// domains and codes.
public enum SystemErrorText {
    /// Returns the operating system's description of the error below a
    /// Foundation file error, in lower case, such as "permission denied".
    /// Errors without one give "unknown error".
    public static func reason(for error: any Error) -> String {
        var current = error as NSError
        // On Linux the underlying error is a Swift error value, which `as?
        // NSError` does not match, so it is bridged through `Error`.
        while current.domain != NSPOSIXErrorDomain, let underlying = current.userInfo[NSUnderlyingErrorKey] as? any Error {
            current = underlying as NSError
        }
        guard current.domain == NSPOSIXErrorDomain, let text = strerror(Int32(current.code)) else {
            return "unknown error"
        }
        return String(cString: text).lowercased()
    }
}
