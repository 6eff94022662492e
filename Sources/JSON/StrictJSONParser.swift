import ExactKeys
import SafeText

/// A strict RFC 8259 parser for one line: the full-JSON path, used for every shape the fast
/// scanner does not handle. Foundation's parsers accept `12.0` as an int and silently resolve
/// duplicate keys (one is kept without a word, so a line that says two things is read as
/// one), so this parser is the project's own. UTF-8 validity is checked by the caller.
public struct StrictJSONParser {
    public struct SyntaxError: Error, Equatable, Sendable {
        public var offset: Int
        public var message: String
    }

    /// Deep nesting would otherwise recurse once per `[` of a 1 MiB line.
    static let maximumDepth = 128

    private let bytes: UnsafeRawBufferPointer
    private var index = 0
    /// Containers nested deeper than this are checked but come back empty: building the values
    /// nobody reads cost most of the time of a line of deep arrays.
    private let keptDepth: Int

    private init(_ bytes: UnsafeRawBufferPointer, keptDepth: Int) {
        self.bytes = bytes
        self.keptDepth = keptDepth
    }

    /// Parses exactly one JSON value with optional surrounding whitespace. `keepingDepth`: the
    /// deepest container whose contents are kept (the top-level value is depth 1); deeper ones
    /// are checked in full and returned empty.
    public static func parse(_ bytes: UnsafeRawBufferPointer, keepingDepth: Int = .max) throws(SyntaxError) -> JSONValue {
        var parser = StrictJSONParser(bytes, keptDepth: keepingDepth)
        parser.skipWhitespace()
        let value = try parser.parseValue(depth: 0, topLevel: true)
        parser.skipWhitespace()
        if parser.index != bytes.count {
            throw SyntaxError(offset: parser.index, message: "unexpected \(parser.describeByte()) after the JSON value")
        }
        return value
    }

    public static func parse(_ text: String) throws(SyntaxError) -> JSONValue {
        var copy = text
        let result = copy.withUTF8 { buffer in
            Result { () throws(SyntaxError) -> JSONValue in try parse(UnsafeRawBufferPointer(buffer)) }
        }
        return try result.get()
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private func describeByte() -> String {
        guard index < bytes.count else { return "end of line" }
        let b = bytes[index]
        if b >= 0x21 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
        return "byte 0x" + String(b, radix: 16, uppercase: true)
    }

    private func fail(_ message: String) -> SyntaxError {
        SyntaxError(offset: index, message: message)
    }

    private mutating func parseValue(depth: Int, topLevel: Bool = false) throws(SyntaxError) -> JSONValue {
        guard index < bytes.count else { throw fail("unexpected end of line, expected a value") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject(depth: depth + 1, rejectDuplicateKeys: topLevel)
        case UInt8(ascii: "["): return try parseArray(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        case UInt8(ascii: "-"), 0x30...0x39: return .number(try parseNumber())
        default: throw fail("unexpected \(describeByte()), expected a value")
        }
    }

    private mutating func expectLiteral(_ word: StaticString) throws(SyntaxError) {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw fail("invalid literal") }
        for k in 0..<count where bytes[index + k] != word.utf8Start[k] {
            throw fail("invalid literal (NaN, Infinity and bare words are not JSON)")
        }
        index += count
    }

    private mutating func parseObject(depth: Int, rejectDuplicateKeys: Bool) throws(SyntaxError) -> JSONValue {
        guard depth <= Self.maximumDepth else { throw fail("nested deeper than \(Self.maximumDepth) levels") }
        index += 1
        var members: [JSONMember] = []
        var keys = SeenKeys()
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw fail("expected a quoted key, found \(describeByte())")
            }
            let keyOffset = index
            let key = try parseString()
            if rejectDuplicateKeys && !keys.insert(key, after: members) {
                throw SyntaxError(offset: keyOffset, message: "key \"\(DisplayText.shortened(key, limit: 40))\" appears twice")
            }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw fail("expected ':' after a key, found \(describeByte())")
            }
            index += 1
            skipWhitespace()
            let value = try parseValue(depth: depth)
            if depth <= keptDepth { members.append(JSONMember(key, value)) }
            skipWhitespace()
            guard index < bytes.count else { throw fail("unexpected end of line inside an object") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
            throw fail("expected ',' or '}', found \(describeByte())")
        }
    }

    private mutating func parseArray(depth: Int) throws(SyntaxError) -> JSONValue {
        guard depth <= Self.maximumDepth else { throw fail("nested deeper than \(Self.maximumDepth) levels") }
        index += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            let value = try parseValue(depth: depth)
            if depth <= keptDepth { elements.append(value) }
            skipWhitespace()
            guard index < bytes.count else { throw fail("unexpected end of line inside an array") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(elements) }
            throw fail("expected ',' or ']', found \(describeByte())")
        }
    }

    private mutating func parseNumber() throws(SyntaxError) -> JSONNumber {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else { throw fail("invalid number") }
        if bytes[index] == 0x30 {
            index += 1
            if index < bytes.count && isDigit(bytes[index]) { throw fail("invalid number (leading zero)") }
        } else {
            while index < bytes.count && isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else { throw fail("invalid number (no digit after '.')") }
            while index < bytes.count && isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count && (bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")) {
            index += 1
            if index < bytes.count && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else { throw fail("invalid number (no digit in exponent)") }
            while index < bytes.count && isDigit(bytes[index]) { index += 1 }
        }
        return JSONNumber(text: String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
    }

    private func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    private mutating func parseString() throws(SyntaxError) -> String {
        index += 1  // opening quote
        let start = index
        // Plain strings (no escapes) are copied straight from the line.
        while index < bytes.count {
            let b = bytes[index]
            if b == UInt8(ascii: "\"") {
                let s = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                index += 1
                return s
            }
            if b == UInt8(ascii: "\\") { break }
            if b < 0x20 { throw fail("raw control character 0x\(String(b, radix: 16)) inside a string (must be escaped)") }
            index += 1
        }
        // With escapes: the decoded text is gathered as UTF-8 bytes and made a String once
        // (appending scalar by scalar to a String cost 600 ns an escape: 100 ms for a line of them).
        var utf8: [UInt8] = []
        var plainStart = start
        while index < bytes.count {
            let b = bytes[index]
            if b == UInt8(ascii: "\"") {
                utf8.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[plainStart..<index]))
                index += 1
                return String(decoding: utf8, as: UTF8.self)
            }
            if b < 0x20 { throw fail("raw control character 0x\(String(b, radix: 16)) inside a string (must be escaped)") }
            if b != UInt8(ascii: "\\") { index += 1; continue }
            utf8.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[plainStart..<index]))
            do {
                index = try JSONEscape.decode(bytes, at: index, into: &utf8)
            } catch {
                index = error.offset
                switch error.kind {
                case .unterminated: throw fail("unterminated string")
                case .truncatedUnicode: throw fail("truncated \\u escape")
                case .invalidUnicode: throw fail("invalid \\u escape")
                case .loneSurrogate(let unit): throw fail("escaped lone surrogate \\u\(String(unit, radix: 16))")
                case .invalidEscape: throw fail("invalid escape \\\(describeByte())")
                }
            }
            plainStart = index
        }
        throw fail("unterminated string")
    }
}

/// The keys of one object seen so far, to find a repeated key in time linear in the number of
/// keys: a line of 1 MiB can hold 100,000 keys, and comparing each with every earlier one took
/// minutes. A few keys (nearly every event) are compared in place; past that they go into a set
/// (SipHash with a per-process seed, so chosen keys cannot make it slow), compared by exact bytes.
private struct SeenKeys {
    private static let compareInPlaceUpTo = 16
    private var set: Set<ExactKey> = []

    /// False when `key` is already among `members` (whose keys this has seen, in order).
    mutating func insert(_ key: String, after members: [JSONMember]) -> Bool {
        if members.count < Self.compareInPlaceUpTo {
            return !members.contains(where: { ExactKey.bytesEqual($0.key, key) })
        }
        if set.isEmpty { set = Set(members.lazy.map { ExactKey($0.key) }) }
        return set.insert(ExactKey(key)).inserted
    }
}
