/// What could not be done with a file or folder, as one line for the user (`cannot write PATH:
/// reason`, `cannot create PATH: reason`, `cannot read PATH: reason`): a report, a generated
/// stream, a demo's file, a source.
public struct FileFailure: Error, Equatable, CustomStringConvertible {
    public var message: String
    public var description: String { message }

    public init(message: String) {
        self.message = message
    }
}
