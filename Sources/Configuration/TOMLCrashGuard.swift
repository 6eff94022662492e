import BorderOps
/// toml++ 3.4.0 (inside TOMLKit 0.6.0) stops the whole process, by a failed assertion, on two
/// kinds of invalid text that scripts/fuzz.sh found (SwiftPM builds its C++ without NDEBUG, in
/// debug and release alike):
/// - a table header whose key begins with a character no key begins with: `[=`, `[[[x]]]`,
///   `[{`, a `[` at the end of a line (fixed upstream after 3.4.0: marzer/tomlplusplus#301);
/// - a date-time with no digit after its `T`: `a = 2024-11-20T:`;
/// - an array element that starts with `}` or a Unicode line break (U+0085, U+2028, U+2029):
///   `a = [}`.
/// This finds either before toml++ sees the text, reading statements the way toml++ does:
/// from the start of a line, past strings, comments and values that brackets carry over
/// several lines. toml++ stops at its first error, so only what follows valid text matters,
/// and on valid text this reads statements and values exactly as toml++ does.
enum TOMLCrashGuard {
    struct Finding: Equatable {
        var line: Int
        var reason: FileProblemReason
    }

    static func firstFinding(in text: String) -> Finding? {
        // TOMLKit hands the text to toml++ as a C string: it ends at a NUL.
        var scanner = Scanner(bytes: Array(text.utf8.prefix(while: { $0 != 0 })))
        return scanner.firstFinding()
    }

    static let headerWithoutKey = FileProblemReason.tomlHeaderWithoutKey
    static let timeWithoutDigit = FileProblemReason.tomlTimeWithoutDigit
    static let arrayWithoutValue = FileProblemReason.tomlArrayWithoutValue

    private struct Scanner {
        let bytes: [UInt8]
        var i = 0
        var line = 1

        init(bytes: [UInt8]) {
            self.bytes = bytes
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }  // toml++ skips a byte-order mark
        }

        mutating func firstFinding() -> Finding? {
            while i < bytes.count {
                skipSpaces()
                guard i < bytes.count else { break }
                switch bytes[i] {
                case UInt8(ascii: "\n"): line += 1; i += 1
                case UInt8(ascii: "\r"): i += 1
                case UInt8(ascii: "#"): skipComment()
                default:
                    if bytes[i] == UInt8(ascii: "["), !headerHasKey(from: i) {
                        return Finding(line: line, reason: TOMLCrashGuard.headerWithoutKey)
                    }
                    if let finding = skipStatement() { return finding }
                }
            }
            return nil
        }

        /// What toml++ checks before it reads a header's key; false only where it would
        /// assert (an end of text, a second `[` after a space, or `]` are errors it reports).
        func headerHasKey(from start: Int) -> Bool {
            var j = start + 1
            let spaced = skipSpaces(&j)
            guard j < bytes.count else { return true }
            if bytes[j] == UInt8(ascii: "[") {
                if spaced { return true }
                j += 1
                skipSpaces(&j)
                guard j < bytes.count else { return true }
            }
            let b = bytes[j]
            return b == UInt8(ascii: "]") || b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || Self.isBareKeyByte(b)
        }

        static func isBareKeyByte(_ b: UInt8) -> Bool {
            switch b {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"): return true
            default: return false
            }
        }

        /// A header or a `key = value`, up to the line break that ends it: one outside strings
        /// and outside brackets (arrays, and inline tables holding them, may span lines). On
        /// the way, each bare value (one that starts where a value starts: after `=`, after an
        /// array's `[` or `,`) is checked for a date-time toml++ would abort on.
        mutating func skipStatement() -> Finding? {
            let header = bytes[i] == UInt8(ascii: "[")  // a header's brackets hold keys, no values
            var open: [UInt8] = []  // the `[` and `{` of the values open here
            var valueNext = false
            while i < bytes.count {
                let b = bytes[i]
                switch b {
                case UInt8(ascii: "\n"):
                    if open.isEmpty { return nil }
                    line += 1; i += 1
                case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): i += 1
                case UInt8(ascii: "#"): skipComment()
                case UInt8(ascii: "\""), UInt8(ascii: "'"): skipString(); valueNext = false
                case UInt8(ascii: "="): valueNext = !header; i += 1
                case UInt8(ascii: ","): valueNext = !header && open.last == UInt8(ascii: "["); i += 1
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    open.append(b); i += 1
                    valueNext = !header && b == UInt8(ascii: "[")
                case UInt8(ascii: "]"), UInt8(ascii: "}"):
                    // toml++ asserts that an array element does not start with `}`.
                    if b == UInt8(ascii: "}"), valueNext, open.last == UInt8(ascii: "[") {
                        return Finding(line: line, reason: TOMLCrashGuard.arrayWithoutValue)
                    }
                    _ = open.popLast(); i += 1
                    valueNext = false
                default:
                    if valueNext, Self.isDateTimeWithoutTime(bytes[i...]) {
                        return Finding(line: line, reason: TOMLCrashGuard.timeWithoutDigit)
                    }
                    // ... nor with a line break toml++ does not take as one (it ends a value).
                    if valueNext, open.last == UInt8(ascii: "["), Self.startsWithUnicodeLineBreak(bytes[i...]) {
                        return Finding(line: line, reason: TOMLCrashGuard.arrayWithoutValue)
                    }
                    valueNext = false
                    i += 1
                }
            }
            return nil
        }

        /// `YYYY-MM-DD` then `T` or `t` without a digit after it: toml++ reads the date, then
        /// asserts that the time starts with a digit. Never valid TOML.
        static func isDateTimeWithoutTime(_ value: ArraySlice<UInt8>) -> Bool {
            let digit = UInt8(ascii: "0")...UInt8(ascii: "9")
            let shape = Array(value.prefix(12))
            guard shape.count >= 11 else { return false }
            for (n, b) in shape.prefix(10).enumerated() {
                guard n == 4 || n == 7 ? b == UInt8(ascii: "-") : digit.contains(b) else { return false }
            }
            guard shape[10] == UInt8(ascii: "T") || shape[10] == UInt8(ascii: "t") else { return false }
            return shape.count == 11 || !digit.contains(shape[11])
        }

        /// U+0085, U+2028 or U+2029.
        static func startsWithUnicodeLineBreak(_ bytes: ArraySlice<UInt8>) -> Bool {
            bytes.starts(with: [0xC2, 0x85]) || bytes.starts(with: [0xE2, 0x80, 0xA8]) || bytes.starts(with: [0xE2, 0x80, 0xA9])
        }

        /// To the line break (not past it).
        mutating func skipComment() {
            while i < bytes.count, bytes[i] != UInt8(ascii: "\n") { i += 1 }
        }

        /// Past one string of any of the four kinds. A one-line string ends at a line break
        /// (unterminated: toml++ stops there). A multi-line one ends at three quotes, which may
        /// be followed by two more that belong to it (toml++ counts up to five).
        mutating func skipString() {
            let quote = bytes[i]
            let escapes = quote == UInt8(ascii: "\"")
            let multiLine = i + 2 < bytes.count && bytes[i + 1] == quote && bytes[i + 2] == quote
            i += multiLine ? 3 : 1
            while i < bytes.count {
                let b = bytes[i]
                if b == quote {
                    guard multiLine else { i += 1; return }
                    var run = 0
                    while i < bytes.count, bytes[i] == quote, run < 5 { run += 1; i += 1 }
                    if run >= 3 { return }
                } else if b == UInt8(ascii: "\n") {
                    if !multiLine { return }
                    line += 1; i += 1
                } else if escapes && b == UInt8(ascii: "\\") && i + 1 < bytes.count {
                    if bytes[i + 1] == UInt8(ascii: "\n") { line += 1 }
                    i += 2
                } else {
                    i += 1
                }
            }
        }

        mutating func skipSpaces() { skipSpaces(&i) }

        /// Spaces and tabs (toml++'s whitespace inside a line); true when there were some.
        @discardableResult
        func skipSpaces(_ j: inout Int) -> Bool {
            let start = j
            while j < bytes.count, bytes[j] == UInt8(ascii: " ") || bytes[j] == UInt8(ascii: "\t") { j += 1 }
            return j > start
        }
    }
}
