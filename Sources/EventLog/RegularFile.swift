#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Opening a file that must be a regular one (an event file, a configuration file), without
/// ever waiting: `O_NONBLOCK` makes opening a named pipe with no writer return at once (a
/// blocking open would wait for one forever), and `fstat` of what was opened then refuses a
/// pipe, a device (`/dev/zero` never ends) or a socket before a byte is read.
public enum RegularFile {
    public struct Refusal: Error, Equatable, CustomStringConvertible {
        public var path: String
        /// errno when opening failed; 0 when the file was opened and is not a regular one.
        public var code: Int32
        public var message: String
        /// What the file is, when it was refused for not being a regular file.
        public var kind: FileKind? = nil
        public var description: String { "\(path): \(message)" }
    }

    /// The refusal's words for what `info` describes ("is a named pipe (FIFO), not a regular
    /// file"); nil for a regular file. Every refusal of a non-regular file says it this way.
    static func notRegularMessage(_ info: stat) -> String? {
        Posix.notRegularKind(info).map { "is \($0), not a regular file" }
    }

    /// Why `open` failed with `code`, in the same words: a link refused by `O_NOFOLLOW`
    /// (ELOOP) and a pipe or socket with no peer (ENXIO) are named as such.
    static func openFailureMessage(_ path: UnsafePointer<CChar>, code: Int32, noFollow: Bool) -> String {
        if code == ELOOP && noFollow && Posix.isSymbolicLink(path) { return "is a symbolic link, not a regular file" }
        if code == ENXIO, let info = Posix.status(path).info, let message = notRegularMessage(info) { return message }
        return Posix.message(code)
    }

    /// Why the file open on `fd` may not be used (it is not a regular file, or cannot be
    /// `fstat`ed); nil when it may. The caller closes `fd`.
    static func notRegular(_ fd: Int32, shown: String) -> Refusal? {
        guard let info = Posix.status(fd: fd) else {
            let code = errno
            return Refusal(path: shown, code: code, message: Posix.message(code))
        }
        return notRegularMessage(info).map { Refusal(path: shown, code: 0, message: $0, kind: Posix.fileKind(info)) }
    }

    /// A blocking read-only descriptor of the regular file at `path`. `noFollow`: a symbolic
    /// link as the last part of the path is refused rather than followed.
    public static func openForReading(_ path: String, noFollow: Bool = false) throws(Refusal) -> Int32 {
        let result = path.withCString { cPath in Result { () throws(Refusal) in try openForReading(cPath, shown: path, noFollow: noFollow) } }
        return try result.get()
    }

    static func openForReading(_ path: UnsafePointer<CChar>, shown: String, noFollow: Bool = false) throws(Refusal) -> Int32 {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | (noFollow ? O_NOFOLLOW : 0))
        guard fd >= 0 else {
            let code = errno
            throw Refusal(path: shown, code: code, message: openFailureMessage(path, code: code, noFollow: noFollow))
        }
        if let refusal = notRegular(fd, shown: shown) {
            close(fd)
            throw refusal
        }
        // Reads of a regular file never wait anyway; cleared so the descriptor behaves as
        // callers expect of an ordinary open.
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        return fd
    }
}
