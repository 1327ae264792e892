import GiroFormats
import Testing

/// Decodes `text` with a reader that must reject it and returns the error,
/// after checking that it names `fileName`. Records an issue when the reader
/// accepts the text.
func readerError<Value>(
    _ text: String, fileName: String, sourceLocation: SourceLocation = #_sourceLocation,
    decode: (String, String) throws(FormatError) -> Value
) -> FormatError? {
    do {
        _ = try decode(text, fileName)
        Issue.record("the broken input was accepted", sourceLocation: sourceLocation)
        return nil
    } catch {
        #expect(error.fileName == fileName, sourceLocation: sourceLocation)
        return error
    }
}
