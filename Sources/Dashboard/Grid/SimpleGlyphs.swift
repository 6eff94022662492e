import SafeText

/// The characters below U+2E80 that are drawn as they are in one column and never join a
/// neighbour into one grapheme: Latin, Greek and Cyrillic letters, punctuation, arrows, box
/// drawing, the marks the panes use (✓ ⏸ ↪ ⚠ ✗ ▶ · …). A text made of them and printable ASCII
/// is one cell per scalar, so `Grid.text` draws it without taking it grapheme by grapheme (which,
/// with the general-category look-ups, was most of a full frame's cost). Worked out once per
/// process from the general rules themselves, so the two cannot disagree.
enum SimpleGlyphs {
    static let limit: UInt32 = 0x2E80

    static func contains(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < limit && table[Int(scalar.value)]
    }

    private static let table: [Bool] = (0..<limit).map { value in
        guard let scalar = Unicode.Scalar(value), value != 0x5C else { return false }
        // Hangul jamo join one another (L V T), which no test against a letter shows.
        if (0x1100...0x11FF).contains(value) { return false }
        let c = Character(scalar)
        guard DisplayWidth.of(c) == 1, DisplayWidth.glyph(c) == 1, !DisplayText.needsEscape(scalar) else { return false }
        // Neither joins a letter before it (a mark, an extender) nor one after it (a prepended sign).
        return "a\(c)".count == 2 && "\(c)a".count == 2 && "\(c)\(c)".count == 2
    }
}
