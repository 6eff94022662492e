import Crypto
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A checkpoint on disk: where reading stood in each source (`FilePosition`) and the folded
/// state's bytes (written by the caller through a sink, as they are made: never whole in
/// memory), sealed with a hash of everything before the seal (`CheckpointSeal`). Written to a
/// temporary file of its own (O_EXCL, mode 0600: it holds what the event files hold) and renamed
/// over the old one, so a crash leaves the old checkpoint or the new, never half of one. Read by mapping the file:
/// the state is decoded from the mapped bytes without a copy.
///
/// Layout: magic, format version, positions, payload, payload length (8 bytes), seal (16).
public enum CheckpointFile {
    static let magic = Array("BORDERDESK-CHECKPOINT\n".utf8)
    /// The layout's version (the payload carries its own): 2 since the seal is XXH3-128, not SHA-256.
    static let layoutVersion: UInt8 = 2
    /// The payload's length and the seal, after the payload.
    static let trailerLength = 8 + CheckpointSeal.length

    /// `$XDG_CACHE_HOME/borderdesk`, or `$HOME/.cache/borderdesk`; nil with neither set.
    public static func directory(environment: [String: String]) -> String? {
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") { return cache + "/borderdesk" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.cache/borderdesk" }
        return nil
    }

    public static let suffix = ".checkpoint"

    /// One checkpoint per source set: named by a hash of the sources as given (the fold names
    /// lines by them) and as the kernel resolves them (another file under the same name is
    /// another source set), in the order given (the fold's order).
    public static func name(forSources sources: [String], recursive: Bool) -> String {
        var hasher = SHA256()
        hasher.update(data: [recursive ? 1 : 0])
        for source in sources {
            let raw = RawPath(source)
            let resolved = Posix.resolved(raw.cString) ?? Array(source.utf8)
            hasher.update(data: Array(source.utf8) + [0] + resolved + [0])
        }
        return String(RunningHash(hasher.finalize()).description.prefix(32)) + suffix
    }

    /// Writes a checkpoint at `path` (its folder made, 0700, when missing). `payload` writes the
    /// state through the sink it is given. A failure leaves any earlier checkpoint as it was.
    public static func write(to path: String, positions: [FilePosition],
                             payload: (_ sink: @escaping (UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws(FileFailure) {
        func failure(_ reason: String) -> FileFailure { FileFailure(message: "cannot write checkpoint \(path): \(reason)") }
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[..<$0]) } ?? "."
        try makeFolders(directory, failure)
        var template = Array("\(directory)/.checkpoint-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw failure(Posix.message(errno)) }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var renamed = false
        defer {
            close(fd)
            if !renamed { unlink(temporary) }
        }
        guard fchmod(fd, 0o600) == 0 else { throw failure(Posix.message(errno)) }
        let sealer = Sealer(fd: fd)
        do {
            try sealer.write(header(positions))
            let before = sealer.written
            try payload { try sealer.write($0) }
            var length = UInt64(sealer.written - before).littleEndian
            try withUnsafeBytes(of: &length) { try sealer.write($0) }
            try sealer.write(sealer.seal.finalize())
        } catch let error as FileFailure {
            throw failure(error.message)
        } catch {
            throw failure("\(error)")
        }
        guard fsync(fd) == 0 else { throw failure(Posix.message(errno)) }
        guard rename(temporary, path) == 0 else { throw failure(Posix.message(errno)) }
        renamed = true
    }

    /// The folder and any missing parent (a fresh `~/.cache`), each 0700.
    private static func makeFolders(_ directory: String, _ failure: (String) -> FileFailure) throws(FileFailure) {
        var path = ""
        for part in directory.split(separator: "/", omittingEmptySubsequences: false) {
            path += (path.isEmpty && part.isEmpty) ? "/" : (path.isEmpty || path == "/" ? "" : "/") + part
            if part.isEmpty { continue }
            if mkdir(path, 0o700) != 0 && errno != EEXIST { throw failure(Posix.message(errno)) }
        }
    }

    /// Writes through to the file while hashing.
    private final class Sealer {
        let fd: Int32
        let seal = CheckpointSeal()
        var written = 0
        init(fd: Int32) { self.fd = fd }

        func write(_ bytes: UnsafeRawBufferPointer) throws {
            seal.update(bytes)
            guard writeAll(fd, bytes) else { throw FileFailure(message: Posix.message(errno)) }
            written += bytes.count
        }

        func write(_ bytes: [UInt8]) throws {
            try bytes.withUnsafeBytes { try write($0) }
        }
    }

    static func header(_ positions: [FilePosition]) -> [UInt8] {
        var out = magic + [layoutVersion]
        func number(_ n: UInt64) { withUnsafeBytes(of: n.littleEndian) { out.append(contentsOf: $0) } }
        func bytes(_ b: [UInt8]) {
            number(UInt64(b.count))
            out.append(contentsOf: b)
        }
        number(UInt64(positions.count))
        for p in positions {
            bytes(Array(p.path.utf8))
            number(p.device)
            number(p.inode)
            number(UInt64(bitPattern: p.offset))
            number(UInt64(p.lines))
            bytes(p.head)
            bytes(p.tail)
        }
        return out
    }
}
