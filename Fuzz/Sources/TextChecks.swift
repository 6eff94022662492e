import BorderOps
import Dashboard
import SafeText

/// Mode 1: byte 1 gives a width (its value modulo 64), byte 2 a limit for `DisplayText.escaped`
/// (`a` = 1 ... `~` = 30, anything below `` ` `` none), the rest is the text (as UTF-8, invalid
/// bytes repaired as `String(decoding:)` does).
enum TextChecks {
    static func run(_ input: UnsafeRawBufferPointer) {
        guard input.count >= 2 else { return }
        let width = Int(input[0] % 64)
        let limit = input[1] >= 0x60 ? Int(input[1] - 0x60) : nil
        let text = String(decoding: input[2...], as: UTF8.self)
        let escaped = DisplayText.escaped(text)
        checkEscaped(text, escaped, input)
        if let limit { checkLimit(text, limit: limit, input) }
        // Raw text is what a caller might pass; escaped text is what reaches the screen.
        checkWidth(text, width, input)
        checkWidth(escaped, width, input)
    }

    /// Every scalar that needs escaping is replaced by its escape (unless it joins an emoji
    /// sequence), every backslash is doubled, every other scalar is kept, in order; nothing else
    /// is added.
    static func checkEscaped(_ text: String, _ escaped: String, _ input: UnsafeRawBufferPointer) {
        var out = escaped.unicodeScalars.makeIterator()
        for grapheme in text {
            let scalars = grapheme.unicodeScalars
            var position = scalars.startIndex
            while position != scalars.endIndex {
                let s = scalars[position]
                let expected: [Unicode.Scalar]
                if s == "\\" {
                    expected = ["\\", "\\"]
                } else if DisplayText.needsEscape(s) && !EmojiSequence.joins(at: position, in: scalars) {
                    expected = Array(escape(s).unicodeScalars)
                } else {
                    expected = [s]
                }
                for e in expected {
                    guard out.next() == e else {
                        violation("escaped(_:) is not the text with each unsafe scalar escaped: \(escapedBytes(escaped.utf8))", input)
                    }
                }
                position = scalars.index(after: position)
            }
        }
        if out.next() != nil { violation("escaped(_:) added scalars at the end: \(escapedBytes(escaped.utf8))", input) }
    }

    /// `\xHH` below U+0100, `\u{HHHH}` above: the form the sanitiser documents.
    static func escape(_ s: Unicode.Scalar) -> String {
        let hex = String(s.value, radix: 16, uppercase: true)
        return s.value < 0x100 ? "\\x" + (hex.count < 2 ? "0" : "") + hex : "\\u{" + hex + "}"
    }

    /// With a limit: the first `limit` scalars escaped, then `…` if any were left out.
    static func checkLimit(_ text: String, limit: Int, _ input: UnsafeRawBufferPointer) {
        let scalars = Array(text.unicodeScalars)
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: scalars.prefix(limit))
        let expected = DisplayText.escaped(String(kept)) + (scalars.count > limit ? "…" : "")
        let got = DisplayText.escaped(text, limit: limit)
        guard got.utf8.elementsEqual(expected.utf8) else {
            violation("escaped(_:limit: \(limit)) gave \(escapedBytes(got.utf8)), expected \(escapedBytes(expected.utf8))", input)
        }
    }

    /// `fit` never takes more than `width` columns and keeps text that fits (in a field of
    /// some width: a zero-width field is empty, even of zero-width text); `pad` takes exactly
    /// `width`.
    static func checkWidth(_ text: String, _ width: Int, _ input: UnsafeRawBufferPointer) {
        let fitted = DisplayWidth.fit(text, width)
        if DisplayWidth.of(fitted) > width {
            violation("fit(_, \(width)) takes \(DisplayWidth.of(fitted)) columns: \(escapedBytes(fitted.utf8))", input)
        }
        if width > 0, DisplayWidth.of(text) <= width, !fitted.utf8.elementsEqual(text.utf8) {
            violation("fit(_, \(width)) changed text that fits: \(escapedBytes(fitted.utf8))", input)
        }
        let padded = DisplayWidth.pad(text, width)
        if DisplayWidth.of(padded) != width {
            violation("pad(_, \(width)) takes \(DisplayWidth.of(padded)) columns: \(escapedBytes(padded.utf8))", input)
        }
    }
}
