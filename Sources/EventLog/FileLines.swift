#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file's lines read once from its start, for what a detail view asks of a file: one line
/// again (a bad line shown as written) or every line of some kind (all of a voyage's checks).
/// Bounded memory: 64 KiB at a time, each line at most `LineSplitter.maximumLineBytes`.
public enum FileLines {
    /// Calls `body` with each line (a last line without its newline too) until it returns
    /// false. Throws when the file cannot be opened or read.
    public static func read(_ path: String, _ body: (LineRef) -> Bool) throws(FileFailure) {
        let fd: Int32
        do { fd = try RegularFile.openForReading(path) } catch { throw FileFailure(message: "cannot read \(error)") }
        defer { close(fd) }
        var splitter = LineSplitter()
        var going = true
        func take(_ line: LineRef) { if going { going = body(line) } }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while going {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileFailure(message: "cannot read \(path): \(String(cString: strerror(errno)))")
            }
            if count == 0 { break }
            buffer.withUnsafeBytes { splitter.feed(UnsafeRawBufferPointer(rebasing: $0.prefix(count)), take) }
        }
        if going && splitter.partialLineBytes > 0 { [UInt8(0x0A)].withUnsafeBytes { splitter.feed($0, take) } }
    }

    /// Line `number` (1-based) of the file as text (invalid UTF-8 as U+FFFD), or nil when the
    /// file is shorter or cannot be read.
    public static func line(_ number: Int, of path: String) -> String? {
        var found: String?
        try? read(path) { line in
            guard line.number == number else { return line.number < number }
            found = String(decoding: line.bytes, as: UTF8.self)
            return false
        }
        return found
    }
}
