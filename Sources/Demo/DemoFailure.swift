import EventLog

/// Why a demo cannot start or go on, as one line: a scenario not found or unreadable, a file or
/// folder that cannot be made.
public struct DemoFailure: OneLineFailure, Equatable, CustomStringConvertible {
    public var message: String
    public var description: String { message }

    public init(message: String) {
        self.message = message
    }
}
