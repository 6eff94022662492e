import Words

/// `?` help fitted to the screen: each row's keys, then what they do, wrapped under itself
/// rather than cut (`jump to pa…` at 40 columns). Where two columns leave too little room for
/// the words, the keys take a line and what they do follows, indented.
enum HelpLines {
    /// The text width inside the help box on a screen `screenWidth` wide (`Overlays.box`).
    static func width(screenWidth: Int) -> Int { min(screenWidth - 4, 100) - 3 }

    static func lines(_ keys: KeyContext, language: Language, width: Int) -> [String] {
        let rows = keys.helpRows(language)
        // The keys' column as wide as the widest keys (at most 22), and a blank.
        let keysWidth = min(22, (rows.map { DisplayWidth.of($0.keys) }.max() ?? 0) + 1)
        let twoColumns = width - keysWidth >= 20
        return rows.flatMap { row -> [String] in
            if twoColumns && DisplayWidth.of(row.keys) < keysWidth {
                return WrappedText.lines(row.does, width: width - keysWidth).enumerated().map {
                    DisplayWidth.pad($0.offset == 0 ? row.keys : "", keysWidth) + $0.element
                }
            }
            let indent = twoColumns ? keysWidth : 2
            return [row.keys] + WrappedText.lines(row.does, width: width - indent).map { String(repeating: " ", count: indent) + $0 }
        }
    }
}
