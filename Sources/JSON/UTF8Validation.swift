/// Strict UTF-8 validation of a line (RFC 3629: no overlong forms, no surrogates, nothing above
/// U+10FFFF). Done once per line, before either JSON path looks at it, so both paths see the
/// same verdict. Public for the command line: arguments, standard input and configuration files
/// are checked with it before they become Strings (which would turn a bad byte into U+FFFD).
public enum UTF8Validation {
    /// The offset of the first byte that is not valid UTF-8, or nil when the whole buffer is valid.
    public static func firstInvalidByte(in bytes: UnsafeRawBufferPointer) -> Int? {
        let count = bytes.count
        var i = 0
        while i < count {
            // ASCII runs dominate event files: skip them eight bytes at a time.
            while i + 8 <= count && bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
            }
            guard i < count else { break }
            let lead = bytes[i]
            if lead < 0x80 { i += 1; continue }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F  // U+D800...U+DFFF are not scalars
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return i
            }
            guard i + length <= count else { return i }
            let second = bytes[i + 1]
            guard second >= lower && second <= upper else { return i }
            var k = 2
            while k < length {
                guard bytes[i + k] & 0xC0 == 0x80 else { return i }
                k += 1
            }
            i += length
        }
        return nil
    }

    /// Unicode scalars in valid UTF-8: every byte that is not a continuation byte starts one.
    static func scalarCount(_ bytes: UnsafeRawBufferPointer) -> Int {
        var n = 0
        for b in bytes where b & 0xC0 != 0x80 { n += 1 }
        return n
    }

    /// The first byte that is not valid UTF-8, said the one way every refusal says it
    /// ("invalid byte 0xFF at byte 12", 1-based), with its offset; nil when all are valid.
    public static func firstInvalidByteDescribed(in bytes: UnsafeRawBufferPointer) -> (offset: Int, text: String)? {
        guard let bad = firstInvalidByte(in: bytes) else { return nil }
        return (bad, "invalid byte 0x\(String(bytes[bad], radix: 16, uppercase: true)) at byte \(bad + 1)")
    }
}
