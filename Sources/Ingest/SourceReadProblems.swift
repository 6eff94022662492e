import BorderOps
import EventLog

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension SourceState {
    /// Why the source cannot be read now, or nil when it can: what the alert "cannot read"
    /// carries (`SourceReadProblem`, said from the words).
    public var readProblem: SourceReadProblem? {
        switch self {
        case .following, .truncated, .rotated, .ended, .notFollowed: return nil
        case .deleted: return .deleted
        case .missing: return .system(ENOENT)
        case .error(.system(let code)): return .system(code)
        case .error(.notRegular(let kind)): return .notRegular(FileShape(kind))
        }
    }
}

extension FileShape {
    /// What EventLog found the file to be (a source's state, a configuration file refused by
    /// Catalogs' `TextFile`).
    public init(_ kind: FileKind) {
        switch kind {
        case .fifo: self = .fifo
        case .directory: self = .directory
        case .characterDevice: self = .characterDevice
        case .blockDevice: self = .blockDevice
        case .socket: self = .socket
        case .special: self = .special
        }
    }
}
