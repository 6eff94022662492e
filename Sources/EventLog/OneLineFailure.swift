/// A failure the user can act on: the command line prints it as one line on standard error
/// (`borderdesk: message`), then exits non-zero (2 unless it says otherwise). The libraries'
/// refusals are such failures too.
public protocol OneLineFailure: Error {
    var message: String { get }
    var exitCode: Int32 { get }
}

extension OneLineFailure {
    public var exitCode: Int32 { 2 }
}

/// A one-line failure said in place (a bad option value, a report the log cannot give).
public struct UserFacingError: OneLineFailure, CustomStringConvertible {
    public var message: String
    public var exitCode: Int32 = 2
    public var description: String { message }

    public init(message: String, exitCode: Int32 = 2) {
        self.message = message
        self.exitCode = exitCode
    }
}

extension FileFailure: OneLineFailure {}
extension ChainVerification.Refusal: OneLineFailure {}
