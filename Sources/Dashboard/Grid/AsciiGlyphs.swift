/// Every glyph the screen draws, in ASCII, for `--ascii` and for a locale that is not UTF-8
/// (`LANG=C`): the one table, applied at the grid's edge (`Grid.text`, `Grid.box`), so the views
/// draw their usual marks and never branch on the glyph set. Each form takes one column, as the
/// glyph does, so nothing a view measured moves; severity and state stay readable because every
/// mark stands beside its word (`! KRITIS`, `+ selesai`). Text from the files that is not ASCII
/// becomes `?` (a wide character `? `): a terminal without UTF-8 cannot show it anyway.
public enum AsciiGlyphs {
    static let table: [Character: Character] = [
        // Box lines and bars.
        "─": "-", "│": "|", "┌": "+", "┐": "+", "└": "+", "┘": "+", "├": "+", "┤": "+", "┬": "+", "┴": "+", "┼": "+",
        "█": "#", "░": ".", "▏": "|",
        // Marks: results, steps, severities, selection, state.
        "✓": "+", "✗": "x", "×": "x", "⏸": "=", "↪": ">", "⚠": "!", "‼": "!", "▲": "^", "•": "*", "●": "*",
        "▶": ">", "▸": ">", "»": ">", "«": "<", "○": "o", "✎": "@", "›": ">", "❚": "|",
        // Arrows, separators, dashes, the ellipsis of cut text.
        "→": ">", "←": "<", "↑": "^", "↓": "v", "·": "|", "–": "-", "—": "-", "…": "~",
    ]

    /// The ASCII form of `c`: itself when ASCII, the table's form, else `?`.
    public static func form(_ c: Character) -> Character {
        if c.isASCII { return c }
        return table[c] ?? "?"
    }
}
