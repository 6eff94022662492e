import TOMLKit

/// Reading the project's TOML files (themes, checklist templates, demo captions) with errors
/// said as `FILE:LINE: key: reason`.
public enum TOMLFile {
    /// The parsed table, or a syntax error at TOMLKit's position.
    public static func table(_ text: String, path: String) throws(FileProblem) -> TOMLTable {
        do {
            return try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw FileProblem(path: path, line: Int(error.source.begin.line), key: "", reason: error.description)
        } catch {
            throw FileProblem(path: path, line: 1, key: "", reason: "\(error)")
        }
    }

    /// The 1-based line of the first `key =` at or after line index `start` (TOMLKit reports
    /// positions only for syntax errors); `start + 1` when there is none.
    public static func line(of key: String, in text: String, from start: Int = 0) -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for n in start..<lines.count {
            let trimmed = lines[n].drop(while: { $0 == " " || $0 == "\t" })
            if trimmed.hasPrefix(key), trimmed.dropFirst(key.count).drop(while: { $0 == " " }).first == "=" { return n + 1 }
        }
        return start + 1
    }
}
