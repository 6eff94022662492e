/// Where a report's log stood when the report was made: per event file, its complete lines and
/// the running hash after the last of them (docs/event-format.md, "Integrity"). Printed on the
/// report, it pins every line up to there: `borderdesk verify FILE --anchor LINE:HASH` fails if
/// any of them changed since, even when someone rewrote the file and computed every `prev` again.
public struct LogAnchor: Sendable, Equatable {
    /// The path as the report's sources named it.
    public var file: String
    public var line: Int
    /// 64 lower-case hex digits.
    public var hash: String

    public init(file: String, line: Int, hash: String) {
        self.file = file
        self.line = line
        self.hash = hash
    }
}
