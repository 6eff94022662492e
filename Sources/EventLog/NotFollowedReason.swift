/// What a file is when it is not a regular file (a FIFO named `x.jsonl` in a followed folder).
public enum FileKind: Sendable, Equatable {
    case fifo, directory, characterDevice, blockDevice, socket, special

    /// As the refusals of EventLog say it (`is a named pipe (FIFO), not a regular file`); the
    /// command line says those through `Word.commandLine`, the dashboard through `Word`s.
    public var english: String {
        switch self {
        case .fifo: return "a named pipe (FIFO)"
        case .directory: return "a directory"
        case .characterDevice: return "a character device"
        case .blockDevice: return "a block device"
        case .socket: return "a socket"
        case .special: return "a special file"
        }
    }
}

/// Why a file in a followed folder is left out on purpose, as a value: each surface says it in
/// its language (Ingest's `NotFollowedReason.word`).
public enum NotFollowedReason: Sendable, Equatable {
    /// A symbolic link to `target`, outside the followed `folder`.
    case linkOutside(target: String, folder: String)
    /// Not a regular file.
    case notRegular(FileKind)

    /// For logs and test messages only.
    public var english: String {
        switch self {
        case .linkOutside(let target, let folder): return "a link to \(target), outside \(folder)"
        case .notRegular(let kind): return "is \(kind.english), not a regular file"
        }
    }
}
