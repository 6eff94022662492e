import BorderOps
import SafeText
import Testing

/// The sanitiser: what it escapes, what it leaves, and that its escapes cannot be forged.
@Suite struct DisplayTextTests {
    static let invisible: [UInt32] = [
        0x00AD, 0x180E, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x206A, 0x206B, 0x206C, 0x206D, 0x206E, 0x206F,
        0xE0000, 0xE0001, 0xE0020, 0xE0041, 0xE007F, 0x115F, 0x1160, 0x3164, 0xFFA0, 0x200B, 0x200C, 0x200D,
        0x200E, 0x202E, 0x2066, 0xFEFF, 0x034F, 0xFE0F, 0xFE00, 0x1D173,
    ]

    @Test(arguments: invisible)
    func invisibleCodePointsAreEscaped(_ value: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(value))
        #expect(DisplayText.needsEscape(scalar))
        let text = "thalia" + String(Character(scalar)) + "-1"
        let shown = DisplayText.escaped(text)
        #expect(shown != "thalia-1")
        #expect(!shown.unicodeScalars.contains(scalar), "\(shown)")
        #expect(shown.contains("\\u{") || shown.contains("\\x"))
    }

    @Test func aBackslashIsDoubledSoEscapesCannotBeForged() {
        #expect(DisplayText.escaped("\u{1B}") == #"\x1B"#)
        #expect(DisplayText.escaped(#"\x1B"#) == #"\\x1B"#)
        #expect(DisplayText.escaped("\u{1B}") != DisplayText.escaped(#"\x1B"#))
        #expect(DisplayText.escaped(#"C:\data"#) == #"C:\\data"#)
    }

    @Test(arguments: [
        "👨\u{200D}👩\u{200D}👧",          // family: ZWJ between emoji
        "🏳\u{FE0F}\u{200D}🌈",            // selector, then ZWJ
        "👮🏽\u{200D}♀\u{FE0F}",            // skin tone, ZWJ, selector
        "❤\u{FE0F}", "1\u{FE0F}\u{20E3}",  // presentation selector, keycap
        "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}",  // flag tag sequence
    ])
    func emojiSequencesStayWhole(_ emoji: String) {
        #expect(DisplayText.escaped("Pos " + emoji) == "Pos " + emoji)
    }

    @Test func joinersOutsideEmojiAreEscaped() {
        #expect(DisplayText.escaped("a\u{200D}b") == #"a\u{200D}b"#)
        #expect(DisplayText.escaped("1\u{FE0F}") == #"1\u{FE0F}"#)
        #expect(DisplayText.escaped("\u{E0041}") == #"\u{E0041}"#)
    }

    @Test func indonesianAndOtherScriptsStayReadable() {
        for text in ["Pelabuhan Tunon Taka", "Café · Rp750.000.000 → Pare-Pare", "中文 👮", "Ñandú ÀÉÎÕÜ", "ᬅᬓ᭄ᬱᬭ"] {
            #expect(DisplayText.escaped(text) == text)
        }
    }

    @Test func limitCountsTheOriginalScalars() {
        #expect(DisplayText.escaped("abcdef", limit: 3) == "abc…")
        #expect(DisplayText.escaped("\u{1B}bcdef", limit: 2) == #"\x1Bb…"#)
        #expect(DisplayText.escaped("abc", limit: 3) == "abc")
    }

    @Test func shortenedCutsWithoutEscaping() {
        #expect(DisplayText.shortened("a\u{1B}cdef", limit: 3) == "a\u{1B}c…")
        #expect(DisplayText.shortened("abc", limit: 3) == "abc")
        #expect(DisplayText.shortened(String(repeating: "9", count: 1_000_000), limit: 40).unicodeScalars.count == 41)
    }

    /// A file name's byte that is not UTF-8 arrives as its stand-in (EventLog's `RawPath`) and
    /// is shown as the byte, apart from a name that holds the characters `\xE9`.
    @Test func aNamesByteStandInIsShownAsTheByte() {
        #expect(DisplayText.escaped("caf\u{10FFE9}.jsonl") == #"caf\xE9.jsonl"#)
        #expect(DisplayText.escaped(#"caf\xE9.jsonl"#) == #"caf\\xE9.jsonl"#)
    }

    @Test func linesAreEscapedOneByOne() {
        #expect(DisplayText.escapedLines("a\u{1B}\nb\\") == "a\\x1B\nb\\\\")
        #expect(DisplayText.escapedLines("plain\ntext") == "plain\ntext")
    }
}
