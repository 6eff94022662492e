/// Undoing one backslash escape of a JSON string (RFC 8259 §7), the one place the project does
/// it: the strict parser builds strings with it, and the integrity chain reads an escaped
/// `prev` with it (EventLog scans bytes without a JSON model).
public enum JSONEscape {
    /// Why an escape could not be undone, and at which byte offset (as the parser reports it).
    public struct Failure: Error, Sendable, Equatable {
        public enum Kind: Sendable, Equatable {
            /// The text ends right after the backslash.
            case unterminated
            /// Fewer than four bytes after `\u`.
            case truncatedUnicode
            /// A byte after `\u` that is not a hex digit.
            case invalidUnicode
            /// A high surrogate without its low one, or a low one alone (the unit given).
            case loneSurrogate(UInt32)
            /// A backslash followed by a byte no escape starts with (at `offset`).
            case invalidEscape
        }
        public var kind: Kind
        public var offset: Int
    }

    /// Decodes the escape whose backslash is at `start` in `bytes`, appends its UTF-8 bytes to
    /// `out`, and returns the offset just past it. A surrogate pair (`\uD83D\uDE00`) is one escape.
    public static func decode(_ bytes: UnsafeRawBufferPointer, at start: Int, into out: inout [UInt8]) throws(Failure) -> Int {
        var index = start + 1
        guard index < bytes.count else { throw Failure(kind: .unterminated, offset: index) }
        let e = bytes[index]
        index += 1
        switch e {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
            let unit = try hex4(bytes, &index)
            let value: UInt32
            if (0xD800...0xDBFF).contains(unit) {
                guard index + 6 <= bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                    throw Failure(kind: .loneSurrogate(unit), offset: index)
                }
                index += 2
                let low = try hex4(bytes, &index)
                guard (0xDC00...0xDFFF).contains(low) else { throw Failure(kind: .loneSurrogate(unit), offset: index) }
                value = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(unit) {
                throw Failure(kind: .loneSurrogate(unit), offset: index)
            } else {
                value = unit
            }
            UTF8.encode(Unicode.Scalar(value)!) { out.append($0) }
        default:
            throw Failure(kind: .invalidEscape, offset: index - 1)
        }
        return index
    }

    /// Four hex digits from `index`, which moves past them.
    private static func hex4(_ bytes: UnsafeRawBufferPointer, _ index: inout Int) throws(Failure) -> UInt32 {
        guard index + 4 <= bytes.count else { throw Failure(kind: .truncatedUnicode, offset: index) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[index]
            let digit: UInt32
            switch b {
            case 0x30...0x39: digit = UInt32(b - 0x30)
            case 0x41...0x46: digit = UInt32(b - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(b - 0x61 + 10)
            default: throw Failure(kind: .invalidUnicode, offset: index)
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }
}
