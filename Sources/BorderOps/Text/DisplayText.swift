/// Text from event files is data, never markup: before it reaches a terminal (or a one-line
/// message) every control character, and the invisible characters that can reorder or hide
/// text, is shown escaped.
public enum DisplayText {
    /// True for scalars that must not be written raw to a terminal.
    public static func needsEscape(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00...0x1F, 0x7F...0x9F: return true          // C0, DEL, C1 (incl. 8-bit CSI/OSC)
        case 0x200B, 0x200E, 0x200F, 0x2028, 0x2029: return true  // zero-width space, LRM/RLM, separators
        case 0x202A...0x202E, 0x2066...0x2069, 0x061C: return true  // bidi embeddings, overrides, isolates
        case 0xFEFF: return true
        default: return false
        }
    }

    /// `text` with every such scalar written as `\xHH` (below U+0100) or `\u{HHHH}`, cut to
    /// `limit` scalars with an ellipsis when given.
    public static func escaped(_ text: String, limit: Int? = nil) -> String {
        var out = String.UnicodeScalarView()
        var count = 0
        for s in text.unicodeScalars {
            if let limit, count >= limit {
                out.append("…")
                break
            }
            count += 1
            if needsEscape(s) {
                let hex = String(s.value, radix: 16, uppercase: true)
                let written = s.value < 0x100 ? "\\x" + (hex.count < 2 ? "0" + hex : hex) : "\\u{\(hex)}"
                out.append(contentsOf: written.unicodeScalars)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }
}
