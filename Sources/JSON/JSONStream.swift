import SafeText

/// JSON written straight to bytes as values arrive, in one layout: compact, or pretty with two
/// spaces per level and `"key": value`. `JSONWriter` writes trees through it; the headless
/// summary of a large log writes through it without building a tree first (a million events
/// make a 1.5 MB summary, and the tree took as long to build and free as to print).
/// Strings escape every control character and the invisible reordering characters as
/// `\uXXXX` (still valid JSON), so the output is safe to print to a terminal.
public struct JSONStream {
    public private(set) var bytes: [UInt8] = []
    private let pretty: Bool
    /// Per open container, innermost last: whether it has a member or element yet.
    private var filled: [Bool] = []
    /// A key was just written: its value follows on the same line.
    private var afterKey = false

    public init(pretty: Bool) {
        self.pretty = pretty
        if pretty { bytes.reserveCapacity(1 << 16) }
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// A member's key; its value comes next.
    public mutating func key(_ name: String) {
        nextItem()
        quoted(name)
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(0x20) }
        afterKey = true
    }

    public mutating func string(_ value: String) {
        startValue()
        quoted(value)
    }

    /// A number exactly as written (`JSONNumber.text`).
    public mutating func number(_ text: String) {
        startValue()
        bytes.append(contentsOf: text.utf8)
    }

    /// An integer, digits written straight into the output (a large summary has tens of
    /// thousands of them).
    public mutating func int(_ value: some BinaryInteger) {
        guard let v = Int64(exactly: value) else { return number(String(value)) }
        startValue()
        if v < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = v.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for the 19 digits of Int64.min
        withUnsafeMutableBytes(of: &digits) { buffer in
            var start = buffer.count
            repeat {
                start -= 1
                buffer[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            bytes.append(contentsOf: buffer[start...])
        }
    }

    public mutating func bool(_ value: Bool) {
        startValue()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    public mutating func null() {
        startValue()
        bytes.append(contentsOf: "null".utf8)
    }

    /// A whole tree.
    public mutating func write(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let b): bool(b)
        case .number(let n): number(n.text)
        case .string(let s): string(s)
        case .array(let elements):
            beginArray()
            for element in elements { write(element) }
            endArray()
        case .object(let members):
            beginObject()
            for member in members {
                key(member.key)
                write(member.value)
            }
            endObject()
        }
    }

    // MARK: - Layout

    private mutating func open(_ bracket: UInt8) {
        startValue()
        bytes.append(bracket)
        filled.append(false)
    }

    private mutating func close(_ bracket: UInt8) {
        if filled.removeLast() { newline() }
        bytes.append(bracket)
    }

    /// Before a value: right after its key, or as the next element of an array.
    private mutating func startValue() {
        if afterKey {
            afterKey = false
        } else if !filled.isEmpty {
            nextItem()
        }
    }

    /// A comma after the previous item, then a new line at the container's depth.
    private mutating func nextItem() {
        if filled[filled.count - 1] { bytes.append(UInt8(ascii: ",")) }
        filled[filled.count - 1] = true
        newline()
    }

    private mutating func newline() {
        guard pretty else { return }
        bytes.append(0x0A)
        var depth = filled.count
        while depth > 0 {
            bytes.append(0x20)
            bytes.append(0x20)
            depth -= 1
        }
    }

    private mutating func quoted(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        // Printable ASCII without a quote or backslash (nearly every id and name) goes as is,
        // checked and copied from the string's own bytes (iterating `utf8` costs several times
        // more).
        let plain: Bool = s.utf8.withContiguousStorageIfAvailable { utf8 in
            for b in utf8 where b < 0x20 || b >= 0x7F || b == 0x22 || b == 0x5C { return false }
            bytes.append(contentsOf: utf8)
            return true
        } ?? false
        if plain {
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": bytes.append(contentsOf: #"\""#.utf8)
            case "\\": bytes.append(contentsOf: #"\\"#.utf8)
            case "\n": bytes.append(contentsOf: #"\n"#.utf8)
            case "\r": bytes.append(contentsOf: #"\r"#.utf8)
            case "\t": bytes.append(contentsOf: #"\t"#.utf8)
            default:
                if DisplayText.needsEscape(scalar) {
                    // Above U+FFFF (tag characters, a file name's byte stand-ins) JSON escapes
                    // the UTF-16 surrogate pair.
                    for unit in UTF16.encode(scalar)! {
                        let hex = String(unit, radix: 16)
                        bytes.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
                    }
                } else {
                    bytes.append(contentsOf: String(scalar).utf8)
                }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
