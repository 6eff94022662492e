import Dashboard
import Testing

/// `/` and `s` match case-insensitively (`ViewContext.holds`): the way taken for printable
/// ASCII finds exactly what lowering the texts and searching them by characters finds.
@Suite struct FilterMatchTests {
    @Test func printableASCIIIsMatchedAsLoweredTextsAre() {
        let texts = ["KM. Thalia", "thalia-1", "Nunukan→Pare-Pare", "BEA-CUKAI", "İstanbul", "a\r\nb", "", "x", "Straße", "ÄBC abc", "tab\there"]
        let queries = ["thalia", "THA", "km. t", "-1", "pare", "→", "bea-c", "i", "\n", "b", "ss", "ä", "abc", "x", "zzz", "thalia-12", "\t", "KM. THALIA"]
        for text in texts {
            for query in queries {
                #expect(ViewContext.holds(query, [text]) == text.lowercased().contains(query.lowercased()), "\(query) in \(text)")
            }
        }
        #expect(ViewContext.holds("thalia", ["nothing", "KM. THALIA"]), "any of the texts")
    }
}
