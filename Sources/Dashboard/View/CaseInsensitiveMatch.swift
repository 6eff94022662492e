/// Whether a text holds a query whatever the case, as `/` and `s` match: `lowercased()` then
/// `contains`. When both are printable ASCII (most ids, names and codes) the bytes are compared
/// directly, lowered as they are read: the general way (a lowered copy of every row's texts,
/// then a search by characters) was the largest part of filtering a pane in a debug build.
/// Printable only: there a byte is a character, so both ways find the same.
enum CaseInsensitiveMatch {
    /// `text.lowercased().contains(lowered)`, where `lowered` is already lowercased.
    static func holds(_ text: String, _ lowered: String) -> Bool {
        if let found = printableASCII(text, lowered) { return found }
        return text.lowercased().contains(lowered)
    }

    /// Nil when either is not printable ASCII.
    private static func printableASCII(_ text: String, _ lowered: String) -> Bool? {
        var text = text, lowered = lowered
        return text.withUTF8 { haystack in
            lowered.withUTF8 { needle -> Bool? in
                guard needle.allSatisfy(isPrintable), haystack.allSatisfy(isPrintable) else { return nil }
                if needle.isEmpty { return true }
                guard needle.count <= haystack.count else { return false }
                for start in 0...(haystack.count - needle.count) {
                    var i = 0
                    while i < needle.count && lower(haystack[start + i]) == needle[i] { i += 1 }
                    if i == needle.count { return true }
                }
                return false
            }
        }
    }

    private static func isPrintable(_ byte: UInt8) -> Bool { byte >= 0x20 && byte < 0x7F }
    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
}
