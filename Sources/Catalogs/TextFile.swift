import BorderOps
import EventLog
import Ingest
import JSON

#if canImport(Glibc)
import Glibc
#endif

/// A whole configuration file as text: a checklist template, a theme, the posts file, demo
/// captions and scenarios. A byte that is not UTF-8 is refused with the file, line and byte
/// (a String would turn it into U+FFFD without a word, and the replacement would then be
/// appended to an event file as if someone had written it).
///
/// Only a regular file of at most `maximumBytes` is read: a named pipe would wait for a writer
/// forever and `/dev/zero` would grow the process until it aborts (both refused before a byte
/// is read); no template, theme or posts file comes near the limit.
public enum TextFile {
    public static let maximumBytes = 1 << 20

    /// The text, or nil when the file cannot be opened (errno says why).
    public static func read(_ path: String) throws(FileProblem) -> String? {
        let fd: Int32
        do throws(RegularFile.Refusal) {
            fd = try RegularFile.openForReading(path)
        } catch {
            guard error.code == 0 else {
                errno = error.code
                return nil
            }
            throw FileProblem(path: path, line: 0, key: "", reason: .notRegularFile(error.kind.map(FileShape.init) ?? .special))
        }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { throw FileProblem(path: path, line: 0, key: "", reason: .system(errno)) }
            if n == 0 { break }
            bytes += chunk[0..<n]
            // Checked as it is read: the file may grow after any size `fstat` gave.
            if bytes.count > maximumBytes {
                throw FileProblem(path: path, line: 0, key: "", reason: .tooLarge)
            }
        }
        if let bad = bytes.withUnsafeBytes({ UTF8Validation.firstInvalidByteDescribed(in: $0) }) {
            let line = bytes[..<bad.offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            throw FileProblem(path: path, line: line, key: "", reason: .notUTF8(byte: bytes[bad.offset], offset: bad.offset))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The file read and parsed. One that cannot be opened is a problem with the whole file
    /// (line 0, the reason errno gives).
    public static func load<Value>(_ path: String, _ parse: (String) throws(FileProblem) -> Value) -> Result<Value, FileProblem> {
        do {
            guard let text = try read(path) else {
                return .failure(FileProblem(path: path, line: 0, key: "", reason: .system(errno)))
            }
            return .success(try parse(text))
        } catch {
            return .failure(error)
        }
    }
}
