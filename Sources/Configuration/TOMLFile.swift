import BorderOps
import TOMLKit

/// Reading the project's TOML files (themes, checklist templates, demo captions) with errors
/// said as `FILE:LINE: key: reason`.
public enum TOMLFile {
    /// The parsed table, or a syntax error at TOMLKit's position (or, first, at a header that
    /// would stop the process inside TOMLKit: `TOMLCrashGuard`).
    public static func table(_ text: String, path: String) throws(FileProblem) -> TOMLTable {
        if let finding = TOMLCrashGuard.firstFinding(in: text) {
            throw FileProblem(path: path, line: finding.line, key: "", reason: finding.reason)
        }
        do {
            return try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw FileProblem(path: path, line: Int(error.source.begin.line), key: "",
                              reason: .tomlSyntax(column: Int(error.source.begin.column), parser: unescaped(error.description)))
        } catch {
            throw FileProblem(path: path, line: 1, key: "", reason: .tomlSyntax(column: 1, parser: "\(error)"))
        }
    }

    /// The 1-based line of the first `key =` at or after line index `start` (TOMLKit reports
    /// positions only for syntax errors); `start + 1` when there is none.
    public static func line(of key: String, in text: String, from start: Int = 0) -> Int {
        let lines = Self.lines(text)
        for n in start..<lines.count {
            let trimmed = lines[n].drop(while: { $0 == " " || $0 == "\t" })
            if trimmed.hasPrefix(key), trimmed.dropFirst(key.count).drop(while: { $0 == " " }).first == "=" { return n + 1 }
        }
        return start + 1
    }

    /// The parser's message with its own `\uXXXX` escapes turned back into the characters: the
    /// message is escaped where it is printed, and escaping an escape shows `\\u001B`.
    static func unescaped(_ message: String) -> String {
        var out = String.UnicodeScalarView()
        var scalars = message.unicodeScalars[...]
        while let s = scalars.first {
            if s == "\\", scalars.dropFirst().first == "u",
               let value = UInt32(String(String.UnicodeScalarView(scalars.dropFirst(2).prefix(4))), radix: 16),
               scalars.dropFirst(2).prefix(4).count == 4, let decoded = Unicode.Scalar(value) {
                out.append(decoded)
                scalars = scalars.dropFirst(6)
            } else {
                out.append(s)
                scalars = scalars.dropFirst()
            }
        }
        return String(out)
    }

    /// The text's lines, split where TOMLKit counts them: at every line feed. Splitting at the
    /// Character "\n" alone would miss each "\r\n" (one Character) and see a CRLF file as one line.
    static func lines(_ text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
    }
}
