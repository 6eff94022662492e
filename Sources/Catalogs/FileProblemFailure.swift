import BorderOps
import EventLog

/// A broken configuration file stops a command as one line, `FILE:LINE: key: reason`, exit 2.
extension FileProblem: OneLineFailure {
    public var message: String { description }
}
