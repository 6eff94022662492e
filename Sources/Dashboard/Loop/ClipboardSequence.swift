/// OSC 52: the escape sequence that asks a terminal (xterm, tmux with `set-clipboard`, kitty,
/// iTerm2, Windows Terminal…) to put text on the system clipboard. Terminals that do not take
/// it ignore it, so the id is also shown on the bottom line for copying by hand. Only ids go
/// here, and the text is base64: no byte of it can act as a control sequence.
public enum ClipboardSequence {
    public static func osc52(_ text: String) -> String {
        "\u{1B}]52;c;\(base64(Array(text.utf8)))\u{07}"
    }

    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")

    /// RFC 4648 base64 with padding.
    static func base64(_ bytes: [UInt8]) -> String {
        var out = ""
        var i = 0
        while i < bytes.count {
            let n = min(3, bytes.count - i)
            let b0 = UInt32(bytes[i]), b1 = n > 1 ? UInt32(bytes[i + 1]) : 0, b2 = n > 2 ? UInt32(bytes[i + 2]) : 0
            let v = b0 << 16 | b1 << 8 | b2
            out.append(alphabet[Int(v >> 18 & 63)])
            out.append(alphabet[Int(v >> 12 & 63)])
            out.append(n > 1 ? alphabet[Int(v >> 6 & 63)] : "=")
            out.append(n > 2 ? alphabet[Int(v & 63)] : "=")
            i += 3
        }
        return out
    }
}
