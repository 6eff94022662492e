/// Text from event files, arguments and configuration is data, never markup. Before it reaches a
/// terminal, every control character and every character that draws nothing (and so can hide,
/// reorder or disguise text) is shown escaped, and a backslash is doubled so that an escape
/// cannot be forged: `\x1B` on the screen is always an ESC in the data, `\\x1B` the four
/// characters. Because of that doubling, text is escaped exactly once, where it leaves the
/// program (the screen grid, standard output and error, report renderers); code in between keeps
/// raw text and cuts it with `shortened`.
public enum DisplayText {
    /// True for scalars that must not be written raw to a terminal: C0 and C1 controls, DEL,
    /// format characters (bidi controls, zero-width space and joiners, soft hyphen, tags, …),
    /// every default-ignorable code point (invisible by definition: word joiners, Hangul fillers,
    /// variation selectors, …) and the line and paragraph separators. A few of them are allowed
    /// inside an emoji sequence: `escaped` decides that with the grapheme in view.
    public static func needsEscape(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20...0x7E: return false                      // printable ASCII, nearly all text
        case 0x00...0x1F, 0x7F...0x9F: return true          // C0, DEL, C1 (incl. 8-bit CSI/OSC)
        case 0xA0...0xAC, 0xAE...0x33F: return false        // Latin-1 and Latin Extended letters
        case 0x2028, 0x2029: return true                    // line and paragraph separators
        case nameByteStandIns: return true                  // a byte of a file name that is not UTF-8
        default:
            let p = s.properties
            return p.isDefaultIgnorableCodePoint || p.generalCategory == .format
        }
    }

    /// `text` with every scalar `needsEscape` selects written as `\xHH` (below U+0100) or
    /// `\u{HHHH}` and every backslash doubled, cut to `limit` scalars of the original with an
    /// ellipsis when given. Emoji sequences (ZWJ families, VS16 presentation, keycaps, flag tag
    /// sequences) keep the invisible scalars that join them.
    public static func escaped(_ text: String, limit: Int? = nil) -> String {
        if isPlain(text, limit: limit) { return text }
        // Gathered as UTF-8 bytes and made a String once: appending to a String scalar by scalar
        // grew quadratically (a 1 MB name took seconds on every frame).
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        var count = 0
        outer: for grapheme in text {
            let scalars = grapheme.unicodeScalars
            var position = scalars.startIndex
            while position != scalars.endIndex {
                if let limit, count >= limit {
                    out.append(contentsOf: "…".utf8)
                    break outer
                }
                count += 1
                let s = scalars[position]
                if s == "\\" {
                    out.append(contentsOf: #"\\"#.utf8)
                } else if needsEscape(s) && !EmojiSequence.joins(at: position, in: scalars) {
                    out.append(contentsOf: escape(s).utf8)
                } else {
                    UTF8.encode(s) { out.append($0) }
                }
                position = scalars.index(after: position)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Each line of `text` escaped, the line breaks kept: a message or a help text of several
    /// lines, as printed.
    public static func escapedLines(_ text: String) -> String {
        guard !isPlain(text, limit: nil, allowingLineBreaks: true) else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { escaped(String($0)) }.joined(separator: "\n")
    }

    /// `text` cut to at most `limit` scalars, with `…` when something was cut. Not escaped: for
    /// messages that quote data and are escaped where they are printed.
    public static func shortened(_ text: String, limit: Int) -> String {
        var scalars = text.unicodeScalars
        guard let cut = scalars.index(scalars.startIndex, offsetBy: limit, limitedBy: scalars.endIndex),
              cut != scalars.endIndex else { return text }
        scalars.removeSubrange(cut...)
        scalars.append("…")
        return String(scalars)
    }

    /// The code points a file name's bytes that are not UTF-8 stand as (`RawPath` in EventLog:
    /// U+10FF00 + byte), written back as the byte: `\xE9`.
    static let nameByteStandIns: ClosedRange<UInt32> = 0x10FF80...0x10FFFF

    /// The escape for one scalar, as `escaped` writes it.
    static func escape(_ s: Unicode.Scalar) -> String {
        let value = nameByteStandIns.contains(s.value) ? s.value - 0x10FF00 : s.value
        let hex = String(value, radix: 16, uppercase: true)
        return value < 0x100 ? "\\x" + (hex.count < 2 ? "0" + hex : hex) : "\\u{\(hex)}"
    }

    /// Printable ASCII without a backslash, short enough: nothing to do (most text), found
    /// without breaking it into graphemes.
    /// `allowingLineBreaks`: a line feed counts as plain (`escapedLines` keeps them).
    private static func isPlain(_ text: String, limit: Int?, allowingLineBreaks: Bool = false) -> Bool {
        var copy = text
        return copy.withUTF8 { utf8 in
            if let limit, utf8.count > limit { return false }
            for b in utf8 where b < 0x20 || b > 0x7E || b == UInt8(ascii: "\\") {
                if allowingLineBreaks && b == 0x0A { continue }
                return false
            }
            return true
        }
    }
}

/// Which invisible scalars belong to an emoji sequence and may be written raw: a zero-width
/// joiner between two emoji, a presentation selector after an emoji (or before a keycap mark),
/// and tag characters inside a flag's tag sequence. The same scalars anywhere else are escaped:
/// `thalia\u{2060}-1` must not print as `thalia-1`.
package enum EmojiSequence {
    package static func joins(at position: String.UnicodeScalarView.Index, in scalars: String.UnicodeScalarView) -> Bool {
        let s = scalars[position]
        switch s.value {
        case 0x200D:
            guard position != scalars.startIndex else { return false }
            let next = scalars.index(after: position)
            guard next != scalars.endIndex, isEmoji(scalars[next]) else { return false }
            // The joined emoji may carry a selector or a skin-tone modifier before the joiner.
            var before = scalars.index(before: position)
            while before != scalars.startIndex, isSelectorOrModifier(scalars[before]) {
                before = scalars.index(before: before)
            }
            return isEmoji(scalars[before])
        case 0xFE0E, 0xFE0F:
            guard position != scalars.startIndex else { return false }
            let base = scalars[scalars.index(before: position)]
            if isEmoji(base) { return true }
            // A keycap: digit, # or * with a selector and U+20E3.
            let next = scalars.index(after: position)
            return base.properties.isEmoji && next != scalars.endIndex && scalars[next].value == 0x20E3
        case 0xE0020...0xE007F:
            return scalars.first?.value == 0x1F3F4 && scalars.last?.value == 0xE007F
        default:
            return false
        }
    }

    /// An emoji that is a picture, not an ASCII digit or sign that merely may become one.
    static func isEmoji(_ s: Unicode.Scalar) -> Bool { s.value > 0x7F && s.properties.isEmoji }

    static func isSelectorOrModifier(_ s: Unicode.Scalar) -> Bool {
        s.value == 0xFE0F || s.value == 0xFE0E || s.properties.isEmojiModifier
    }
}
