import BorderOps

/// What `check` says after the malformed lines (`FoldedSources.checkListing`). The counts stay
/// plain digits in both languages: scripts read this line.
extension Word {
    public static func checkMoreNotListed(dropped: Int, listed: Int) -> Word {
        Word(en: "… \(dropped) more malformed lines not listed (the first \(listed) are)",
             id: "… \(dropped) baris rusak lagi tidak dicantumkan (hanya \(listed) yang pertama)")
    }

    public static func checkCounts(_ c: LineCounts) -> Word {
        Word(en: "\(c.lines) lines: \(c.folded) valid, \(c.voided) voided, \(c.malformed) malformed, \(c.duplicates) duplicate ids, \(c.unknown) unknown types",
             id: "\(c.lines) baris: \(c.folded) sah, \(c.voided) dibatalkan, \(c.malformed) rusak, \(c.duplicates) id ganda, \(c.unknown) jenis tak dikenal")
    }
}
