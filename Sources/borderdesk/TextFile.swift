import BorderOps

#if canImport(Glibc)
import Glibc
#endif

/// A whole configuration file as text: a checklist template, a theme, the posts file, demo
/// captions and scenarios. A byte that is not UTF-8 is refused with the file, line and byte
/// (a String would turn it into U+FFFD without a word, and the replacement would then be
/// appended to an event file as if someone had written it).
enum TextFile {
    /// The text, or nil when the file cannot be read (errno says why).
    static func read(_ path: String) throws(FileProblem) -> String? {
        guard let file = fopen(path, "r") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = fread(&chunk, 1, chunk.count, file)
            if n <= 0 { break }
            bytes += chunk[0..<n]
        }
        if let bad = bytes.withUnsafeBytes({ UTF8Validation.firstInvalidByte(in: $0) }) {
            let line = bytes[..<bad].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            throw FileProblem(path: path, line: line, key: "",
                              reason: "not UTF-8 text: invalid byte 0x\(String(bytes[bad], radix: 16, uppercase: true)) at byte \(bad + 1) of the file")
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
