/// What a reader noticed about a source, besides its lines. The dashboard shows these in its
/// status line; `check` and `summary` turn errors into a one-line message.
public struct SourceEvent: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// Opened for the first time.
        case opened
        /// A file that was missing, or new in a followed directory, is now there: read from its start.
        case appeared
        /// The file shrank: read again from its start.
        case truncated
        /// A new file (new inode) under the same name: the old one was read to its end, the new
        /// one is read from its start.
        case rotated
        /// The file was removed; what had been appended before was read.
        case deleted
        /// The file does not exist (yet); a follower waits for it.
        case missing
        /// Standard input reached its end.
        case ended
        /// The source cannot be read (permission, I/O error...).
        case error(SourceFailure)
        /// Deliberately left out, and why: a link in a directory source to a folder outside it.
        /// Not a failure: everything else is read.
        case notFollowed(NotFollowedReason)
    }

    public var path: String
    public var kind: Kind
    /// Bytes of an incomplete last line that can never be completed (its file was truncated,
    /// replaced or ended); they are not folded.
    public var droppedPartialBytes: Int

    public init(path: String, kind: Kind, droppedPartialBytes: Int = 0) {
        self.path = path
        self.kind = kind
        self.droppedPartialBytes = droppedPartialBytes
    }

    public var description: String {
        let what: String
        switch kind {
        case .opened: what = "opened"
        case .appeared: what = "appeared, reading from its start"
        case .truncated: what = "truncated, reading again from its start"
        case .rotated: what = "replaced by a new file (rotated), reading the new file from its start"
        case .deleted: what = "deleted"
        case .missing: what = "No such file or directory"
        case .ended: what = "end of input"
        case .error(let failure): what = failure.description
        case .notFollowed(let reason): what = "not followed: \(reason.english)"
        }
        let dropped = droppedPartialBytes > 0 ? " (an incomplete last line of \(droppedPartialBytes) bytes was never completed)" : ""
        return "\(path): \(what)\(dropped)"
    }

    public var isFailure: Bool {
        switch kind {
        case .missing, .error: return true
        default: return false
        }
    }
}

extension SourceEvent.Kind {
    /// The state a source is in after this happened to it.
    public var stateAfter: SourceState {
        switch self {
        case .opened, .appeared: return .following
        case .truncated: return .truncated
        case .rotated: return .rotated
        case .deleted: return .deleted
        case .missing: return .missing
        case .ended: return .ended
        case .error(let failure): return .error(failure)
        case .notFollowed(let reason): return .notFollowed(reason)
        }
    }
}

/// The state a source is in, for the status line.
public enum SourceState: Sendable, Equatable {
    case following
    case truncated
    case rotated
    case deleted
    case missing
    case ended
    case error(SourceFailure)
    case notFollowed(NotFollowedReason)
}
