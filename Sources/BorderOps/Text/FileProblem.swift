/// A problem in a configuration file (a theme, a checklist template), said the way every such
/// error is: `FILE:LINE: key: reason`.
public struct FileProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var key: String
    public var reason: String

    public init(path: String, line: Int, key: String, reason: String) {
        self.path = path
        self.line = line
        self.key = key
        self.reason = reason
    }

    public var description: String { key.isEmpty ? "\(path):\(line): \(reason)" : "\(path):\(line): \(key): \(reason)" }
}
