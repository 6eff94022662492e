/// A problem in a configuration file (settings, a theme, a checklist template, the posts file,
/// demo captions), said the way every such error is: `FILE:LINE: key: reason`. The reason is a
/// value (`FileProblemReason`), said in both languages by `FileProblem.word` (Words);
/// `description` is the English, for logs and tests.
public struct FileProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var key: String
    public var reason: FileProblemReason

    public init(path: String, line: Int, key: String, reason: FileProblemReason) {
        self.path = path
        self.line = line
        self.key = key
        self.reason = reason
    }

    /// Where: `FILE:LINE` (line 0 is the whole file: no line is named), then the key if any.
    public var place: String {
        let place = line > 0 ? "\(path):\(line)" : path
        return key.isEmpty ? place : "\(place): \(key)"
    }

    public var description: String { "\(place): \(reason.english)" }
}
