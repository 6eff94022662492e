/// What the user named on the command line.
public enum SourceSpec: Sendable, Equatable {
    case file(String)
    case directory(String)
    case standardInput

    /// `-` is standard input; an existing directory is a directory source; anything else is a
    /// file (which a follower may wait for).
    public static func classify(_ argument: String) -> SourceSpec {
        if argument == "-" { return .standardInput }
        if let info = Posix.status(argument).info, Posix.isDirectory(info) { return .directory(argument) }
        return .file(argument)
    }
}
