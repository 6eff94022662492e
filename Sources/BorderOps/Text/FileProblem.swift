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

    /// Line 0 is a problem with the whole file (it cannot be read): no line is named.
    public var description: String {
        let place = line > 0 ? "\(path):\(line)" : path
        return key.isEmpty ? "\(place): \(reason)" : "\(place): \(key): \(reason)"
    }
}
