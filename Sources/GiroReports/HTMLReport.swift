/// A self-contained HTML page of one run: headings, paragraphs, tables and
/// SVG pictures inline, with its style in the page, so that the file alone
/// can be opened, mailed or archived.
public struct HTMLReport: Sendable {
    /// One block of the page, in page order.
    public enum Block: Hashable, Sendable {
        /// A section heading.
        case heading(String)
        /// A paragraph of plain text.
        case paragraph(String)
        /// A table with a header row; numeric-looking cells are aligned
        /// right.
        case table(header: [String], rows: [[String]])
        /// An SVG picture, as `svg()` of the charts writes it, and a caption.
        case figure(svg: String, caption: String)
        /// Preformatted text, such as the commands that reproduce the run.
        case code(String)
    }

    public var title: String
    public var blocks: [Block]

    public init(title: String, blocks: [Block] = []) {
        self.title = title
        self.blocks = blocks
    }

    /// Returns the page. Text is escaped for HTML, and pictures are
    /// embedded as they are, so they must come from this module's charts
    /// or another trusted source.
    public func rendered() -> String {
        var lines = [
            "<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
            "<title>\(Self.escaped(title))</title>", "<style>", Self.style, "</style>", "</head>", "<body>",
            "<h1>\(Self.escaped(title))</h1>",
        ]
        for block in blocks {
            switch block {
            case .heading(let text):
                lines.append("<h2>\(Self.escaped(text))</h2>")
            case .paragraph(let text):
                lines.append("<p>\(Self.escaped(text))</p>")
            case .table(let header, let rows):
                lines.append(contentsOf: Self.table(header: header, rows: rows))
            case .figure(let svg, let caption):
                lines.append("<figure>")
                lines.append(svg.trimmingSuffixNewlines())
                lines.append("<figcaption>\(Self.escaped(caption))</figcaption>")
                lines.append("</figure>")
            case .code(let text):
                lines.append("<pre>\(Self.escaped(text))</pre>")
            }
        }
        lines.append(contentsOf: ["</body>", "</html>"])
        return lines.joined(separator: "\n") + "\n"
    }

    private static func table(header: [String], rows: [[String]]) -> [String] {
        var lines = ["<table>", "<thead><tr>" + header.map { "<th>\(escaped($0))</th>" }.joined() + "</tr></thead>", "<tbody>"]
        for row in rows {
            let cells = row.map { cell in
                isNumeric(cell) ? "<td class=\"number\">\(escaped(cell))</td>" : "<td>\(escaped(cell))</td>"
            }
            lines.append("<tr>" + cells.joined() + "</tr>")
        }
        lines.append(contentsOf: ["</tbody>", "</table>"])
        return lines
    }

    /// Returns whether a cell reads as a number, possibly with a sign, a
    /// unit such as `%` or `s`, or thousands separators.
    private static func isNumeric(_ cell: String) -> Bool {
        let trimmed = cell.trimming(charactersIn: " %s")
        guard let first = trimmed.first, first.isNumber || first == "-" || first == "+" else { return false }
        return trimmed.allSatisfy { $0.isNumber || ".,-+".contains($0) }
    }

    /// Escapes the characters that HTML text and attribute values reserve.
    static func escaped(_ text: String) -> String {
        SVGDocument.escaped(text)
    }

    private static let style = """
        body { font-family: Helvetica, Arial, sans-serif; margin: 2em auto; max-width: 64em; color: #222; }
        table { border-collapse: collapse; margin: 1em 0; }
        th, td { border-bottom: 1px solid #ddd; padding: 0.3em 0.8em; text-align: left; }
        td.number { text-align: right; font-variant-numeric: tabular-nums; }
        figure { margin: 1.5em 0; }
        figcaption { color: #666; font-size: 0.9em; }
        pre { background: #f6f6f6; padding: 0.8em; overflow-x: auto; }
        """
}

extension String {
    fileprivate func trimmingSuffixNewlines() -> String {
        var result = self
        while result.last == "\n" {
            result.removeLast()
        }
        return result
    }

    fileprivate func trimming(charactersIn characters: String) -> String {
        var result = Substring(self)
        while let first = result.first, characters.contains(first) {
            result.removeFirst()
        }
        while let last = result.last, characters.contains(last) {
            result.removeLast()
        }
        return String(result)
    }
}
