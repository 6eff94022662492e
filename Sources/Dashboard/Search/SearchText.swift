import ExactKeys

/// How `/` and `s` match: a query is found in a text when the text, lowercased, holds the
/// query lowercased, compared as UTF-8 bytes. A row's texts are folded into one byte string
/// (`folded`, each text lowercased, a zero byte between them, so no match runs from one text
/// into the next) once, by `SearchIndex`, not at every key.
enum SearchText {
    static let separator: UInt8 = 0

    /// `texts` lowercased, as UTF-8, a separator between them.
    static func folded(_ texts: [String]) -> [UInt8] {
        var bytes: [UInt8] = []
        for (i, text) in texts.enumerated() {
            if i > 0 { bytes.append(separator) }
            bytes.append(contentsOf: text.lowercased().utf8)
        }
        return bytes
    }

    /// The query as it is looked for.
    static func needle(_ query: String) -> [UInt8] { Array(query.lowercased().utf8) }

    /// Whether `haystack` holds `needle` (an empty needle is in every text; one holding the
    /// separator in none).
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard !needle.contains(separator) else { return false }
        return haystack.withUnsafeBytes { ByteSearch.contains($0, needle) }
    }

    /// Whether any of `texts` holds `query`.
    static func holds(_ query: String, _ texts: [String]) -> Bool { contains(folded(texts), needle(query)) }
}
