import EventLog

/// Why an append wrote nothing, as one line for the user (`not appended: …`, naming the file
/// and line or the input line at fault), and the exit status it calls for: 2 when the input is
/// at fault, 1 when the file could not be read or written.
public struct AppendRefusal: OneLineFailure, Equatable, CustomStringConvertible {
    public var message: String
    public var exitCode: Int32 = 2

    public init(message: String, exitCode: Int32 = 2) {
        self.message = message
        self.exitCode = exitCode
    }

    public var description: String { message }
}
