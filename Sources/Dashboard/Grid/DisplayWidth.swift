import BorderOps
import SafeText

/// How many terminal columns text takes: 2 for East Asian wide and fullwidth characters and
/// most emoji, 0 for combining marks, 1 otherwise. Measured per grapheme (a base with its marks
/// is one cell), so CJK and accented text line up without asking the C library.
/// `of`, `fit` and `pad` measure raw text as it will be shown: escaped where the screen grid
/// escapes it (`DisplayText`: `\x1B` takes 4 columns, a backslash 2), so columns stay aligned
/// whatever the data holds. `glyph` measures text that is already escaped.
public enum DisplayWidth {
    public static func of(_ c: Character) -> Int {
        if let ascii = c.asciiValue {
            switch ascii {
            case 0x5C: return 2                                      // shown doubled
            case 0x0A where c.unicodeScalars.count == 2: return 8    // CR LF: \x0D\x0A
            case 0x00...0x1F, 0x7F: return 4                         // \xHH
            default: return 1
            }
        }
        if c.unicodeScalars.contains(where: DisplayText.needsEscape) {
            let raw = String(c)
            let shown = DisplayText.escaped(raw)
            if shown != raw { return shown.reduce(0) { $0 + glyph($1) } }
        }
        return glyph(c)
    }

    /// The columns of a character drawn as it is (text already escaped).
    public static func glyph(_ c: Character) -> Int {
        guard let first = c.unicodeScalars.first else { return 0 }
        if isZeroWidth(first) { return 0 }
        // Emoji presentation sequences (VS16), ZWJ sequences and keycaps draw as one wide glyph;
        // a joiner or selector after a letter does not widen it (the sanitiser escapes those).
        if c.unicodeScalars.count > 1, first.properties.isEmoji,
           c.unicodeScalars.contains(where: { $0.value == 0xFE0F || $0.value == 0x200D || $0.value == 0x20E3 }),
           first.value > 0x7F || c.unicodeScalars.contains(where: { $0.value == 0x20E3 }) {
            return 2
        }
        return isWide(first) ? 2 : 1
    }

    public static func of(_ s: String) -> Int {
        if let columns = simpleColumns(s, upTo: .max) { return columns }
        return s.reduce(0) { $0 + of($1) }
    }

    /// How many scalars `text` has, counting at most `limit + 1`, when each of those is printable
    /// ASCII or `SimpleGlyphs` (one column a scalar, none joined to another); nil otherwise.
    /// Most of what the panes measure is such text, and taking it grapheme by grapheme was the
    /// larger part of a full frame.
    static func simpleColumns(_ text: String, upTo limit: Int) -> Int? {
        var count = 0
        for scalar in text.unicodeScalars {
            guard count <= limit else { break }
            let value = scalar.value
            guard value >= 0x20 && value < 0x7F ? value != 0x5C : SimpleGlyphs.contains(scalar) else { return nil }
            count += 1
        }
        return count
    }

    static func isZeroWidth(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return s.value == 0x200B
        }
    }

    static func isWide(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
            || (0x1F900...0x1F9FF).contains(v) || (0x1F680...0x1F6FF).contains(v) || (0x20000...0x3FFFD).contains(v)
            || (0x2600...0x26FF).contains(v) && s.properties.isEmojiPresentation
    }

    /// `text` cut to at most `width` columns, with `…` when something was cut. Reads only as
    /// much of `text` as the width needs (a line's field can be a megabyte).
    public static func fit(_ text: String, _ width: Int) -> String {
        guard width > 0 else { return "" }
        if let columns = simpleColumns(text, upTo: width) {
            return columns <= width ? text : String(String.UnicodeScalarView(text.unicodeScalars.prefix(width - 1))) + "…"
        }
        var used = 0
        var endWithEllipsis = text.startIndex  // where the text is cut when `…` must follow
        var index = text.startIndex
        while index != text.endIndex {
            let w = of(text[index])
            if used + w > width { return String(text[..<endWithEllipsis]) + "…" }
            used += w
            index = text.index(after: index)
            if used <= width - 1 { endWithEllipsis = index }
        }
        return text
    }

    /// `text` cut or padded with spaces to exactly `width` columns.
    public static func pad(_ text: String, _ width: Int) -> String {
        let cut = fit(text, width)
        return cut + String(repeating: " ", count: max(0, width - of(cut)))
    }
}
