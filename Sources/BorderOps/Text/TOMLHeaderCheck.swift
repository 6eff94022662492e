/// toml++ 3.4.0 (inside TOMLKit 0.6.0) stops the whole process, by a failed assertion, on a
/// table header whose key begins with a character no key begins with: `[=`, `[[[x]]]`, `[{`,
/// a `[` at the end of a line (fixed upstream after 3.4.0: marzer/tomlplusplus#301). This
/// finds such a header before toml++ sees the text, the way toml++ reaches one: statements
/// from the start of a line, past strings, comments and values that brackets carry over
/// several lines. toml++ stops at its first error, so only headers after valid text matter;
/// on valid text this reads statements exactly as toml++ does.
enum TOMLHeaderCheck {
    /// The 1-based line of the first table header without a key after its `[` or `[[`.
    static func lineOfHeaderWithoutKey(in text: String) -> Int? {
        // TOMLKit hands the text to toml++ as a C string: it ends at a NUL.
        var scanner = Scanner(bytes: Array(text.utf8.prefix(while: { $0 != 0 })))
        return scanner.firstHeaderWithoutKey()
    }

    private struct Scanner {
        let bytes: [UInt8]
        var i = 0
        var line = 1

        init(bytes: [UInt8]) {
            self.bytes = bytes
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }  // toml++ skips a byte-order mark
        }

        mutating func firstHeaderWithoutKey() -> Int? {
            while i < bytes.count {
                skipSpaces()
                guard i < bytes.count else { break }
                switch bytes[i] {
                case UInt8(ascii: "\n"): line += 1; i += 1
                case UInt8(ascii: "\r"): i += 1
                case UInt8(ascii: "#"): skipComment()
                default:
                    if bytes[i] == UInt8(ascii: "["), !headerHasKey(from: i) { return line }
                    skipStatement()
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

        /// A header or a `key = value` up to the line break that ends it: one outside strings
        /// and outside brackets (arrays, and inline tables holding them, may span lines).
        mutating func skipStatement() {
            var depth = 0
            while i < bytes.count {
                switch bytes[i] {
                case UInt8(ascii: "\n"):
                    if depth == 0 { return }
                    line += 1; i += 1
                case UInt8(ascii: "#"): skipComment()
                case UInt8(ascii: "\""), UInt8(ascii: "'"): skipString()
                case UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1; i += 1
                case UInt8(ascii: "]"), UInt8(ascii: "}"): depth = max(0, depth - 1); i += 1
                default: i += 1
                }
            }
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
