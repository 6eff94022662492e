/// Long text broken into lines of at most a width, at spaces where it can and inside a word
/// only when the word alone is wider (then after a `:` `-` `/` `_` `.` where one fits, so an id
/// such as a case number breaks between its parts), so a detail view shows every character
/// instead of `…`.
/// Widths are measured as `Grid.text` draws (escapes counted), so each piece fits its row.
public enum WrappedText {
    /// `text` in lines of at most `width` columns, the first of at most `firstWidth` (a label
    /// before it); never an empty list: an empty text is one empty line. Line breaks are kept.
    public static func lines(_ text: String, width: Int, firstWidth: Int? = nil) -> [String] {
        var result: [String] = []
        var line = ""
        var used = 0
        func room() -> Int { max(1, result.isEmpty ? (firstWidth ?? width) : width) }
        func end() {
            result.append(line)
            (line, used) = ("", 0)
        }
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                let wordWidth = DisplayWidth.of(String(word))
                if used > 0 && used + 1 + wordWidth <= room() {
                    line += " " + word
                    used += 1 + wordWidth
                    continue
                }
                if used > 0 { end() }
                for part in parts(word) {
                    let partWidth = DisplayWidth.of(part)
                    if used > 0 && used + partWidth > room() { end() }
                    // A part still wider than the line: cut at the width, character by character.
                    for c in part {
                        let w = DisplayWidth.of(c)
                        if used > 0 && used + w > room() { end() }
                        line.append(c)
                        used += w
                    }
                }
            }
            end()
        }
        return result
    }

    /// A word in pieces that each end after a separator (the last piece: the rest).
    static func parts(_ word: Substring) -> [String] {
        var parts: [String] = [], part = ""
        for c in word {
            part.append(c)
            if ":-/_.".contains(c) {
                parts.append(part)
                part = ""
            }
        }
        if !part.isEmpty { parts.append(part) }
        return parts
    }
}
