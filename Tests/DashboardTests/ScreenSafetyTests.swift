import BorderOps
import Words
import Dashboard
import SafeText
import Testing

@Suite struct ScreenSafetyTests {
    /// Hostile text from the conformance case reaches no cell raw.
    @Test(arguments: [(120, 35), (80, 24), (40, 12)])
    func hostileTextIsEscaped(_ width: Int, _ height: Int) {
        let input = DashboardInput(fold: fold([Paths.conformance + "/08-hostile-text.jsonl"]), sources: [], now: Timestamp.parse("2024-11-20T14:00:00+08:00")!)
        for pane in PaneID.allCases {
            var model = DashboardModel(language: .en, rowScope: .all)
            model.focus = pane
            model.detail = pane == .voyages ? .voyages : nil
            let grid = DashboardView.render(input, model: model, width: width, height: height)
            for cell in grid.cells {
                for scalar in cell.character.unicodeScalars {
                    #expect(!DisplayText.needsEscape(scalar), "U+\(String(scalar.value, radix: 16)) reached the grid")
                }
            }
            if pane == .voyages && width >= 80 { #expect(grid.text.contains("\\x1B]0;PWNED")) }
        }
    }

    /// Wide characters count as two columns and text never spills out of its pane.
    @Test func wideTextStaysInsideItsBox() {
        var grid = Grid(width: 20, height: 3)
        grid.box(Rect(x: 0, y: 0, width: 12, height: 3), title: "t")
        let used = grid.text("中文中文中文中文", x: 1, y: 1, maxWidth: 10)
        #expect(used <= 10)
        #expect(grid[11, 1].character == "│")
        #expect(grid.lines[1] == "│中文中文… │", "a wide character that does not fit leaves a blank, not half a glyph")
        #expect(DisplayWidth.of("中文") == 4)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("👮") == 2)
        #expect(DisplayWidth.fit("Pelabuhan Tunon Taka", 10) == "Pelabuhan…")
    }

    /// Plain ASCII, then the panes' marks and other one-column letters (`SimpleGlyphs`), then
    /// what must take the general way: a Thai vowel that joins its letter though it is not a
    /// mark, Hangul jamo that join one another, a mark after a mark-like letter.
    static let texts = ["", "a", "Tunon Taka", "KM. Thalia -> Pare-Pare 326/326", #"ab\cd"#, "ab\u{1}cd", "abcde\u{301}", "abcd中文",
                        "✓ 12 ⏸ 3 ↪ 1 ⚠ 0 ✗ 2", "▶ KM. Thalia  Nunukan→Pare-Pare ████░░", "Überprüfung · Ñandú…", "│─┼┐ ‼ ○ ▸ »",
                        "abcก\u{0E33}d", "ab ᄀ\u{1161}ᆨ가", "·\u{301}·", "✓\u{FE0F} ok", "é\u{2028}x"]

    /// Measuring and cutting take the same short cut as drawing: both equal the grapheme-by-
    /// grapheme rule (here written out again) on every text, at every width.
    @Test func simpleTextIsMeasuredAndCutAsAnyText() {
        func fitGraphemeByGrapheme(_ text: String, _ width: Int) -> String {
            guard width > 0 else { return "" }
            var (used, kept) = (0, "")
            for c in text {
                if used + DisplayWidth.of(c) > width { return String(kept) + "…" }
                used += DisplayWidth.of(c)
                if used <= width - 1 { kept.append(c) }
            }
            return text
        }
        for text in Self.texts {
            #expect(DisplayWidth.of(text) == text.reduce(0) { $0 + DisplayWidth.of($1) }, "\(text)")
            for width in 0...40 {
                #expect(DisplayWidth.fit(text, width) == fitGraphemeByGrapheme(text, width), "\(text) in \(width)")
            }
        }
    }

    /// Plain ASCII is drawn straight from its bytes (`Grid.plainASCII`): cut and counted exactly
    /// as other text is (`DisplayWidth.fit`), at every length around the limit, from a column
    /// left of the grid too; a backslash, a control byte or a mark after the last letter that
    /// can show takes the general way and still lines up.
    @Test func plainASCIIIsCutAsAnyText() {
        let texts = Self.texts
        for text in texts {
            for limit in 1...12 {
                let shown = DisplayText.escaped(DisplayWidth.fit(text, limit))
                let columns = shown.reduce(0) { $0 + DisplayWidth.glyph($1) }
                for x in [-2, 0, 3] {
                    var grid = Grid(width: 16, height: 1)
                    let used = grid.text(text, x: x, y: 0, maxWidth: limit)
                    #expect(used == columns, "\(text) in \(limit) at \(x)")
                    let visible = x >= 0 ? String(repeating: " ", count: x) + shown : String(shown.dropFirst(-x))
                    // `lines` drops a row's trailing blanks.
                    let expected = String(visible.reversed().drop { $0 == " " }.reversed())
                    #expect(grid.lines[0] == expected, "\(text) in \(limit) at \(x)")
                    // In ASCII every cell is its glyph's ASCII form, whichever way it was drawn.
                    guard !shown.contains(where: { DisplayWidth.glyph($0) != 1 }) else { continue }
                    var ascii = Grid(width: 16, height: 1, ascii: true)
                    ascii.text(text, x: x, y: 0, maxWidth: limit)
                    #expect(ascii.lines[0] == String(expected.map(AsciiGlyphs.form)), "\(text) in \(limit) at \(x), ASCII")
                }
            }
        }
        var ascii = Grid(width: 8, height: 1, ascii: true)
        ascii.text("Nunukan Pos", x: 0, y: 0, maxWidth: 6)
        #expect(ascii.lines[0] == "Nunuk~", "\(ascii.lines[0])")
    }

    /// A joiner after a letter neither widens the grapheme nor hides: it is shown escaped and
    /// the row keeps its border where it was.
    @Test func aJoinerAfterALetterKeepsTheRowInItsBox() {
        #expect(DisplayWidth.glyph("a\u{200D}" as Character) == 1)
        #expect(DisplayWidth.of("a\u{200D}" as Character) == 9, "shown as a\\u{200D}")
        #expect(DisplayWidth.of("👨\u{200D}👩" as Character) == 2)
        #expect(DisplayWidth.of("1\u{FE0F}\u{20E3}" as Character) == 2)
        var grid = Grid(width: 30, height: 3)
        grid.box(Rect(x: 0, y: 0, width: 30, height: 3), title: "t")
        grid.text("thalia\u{200D}-1 ok", x: 1, y: 1, maxWidth: 28)
        #expect(grid[29, 1].character == "│")
        #expect(grid.lines[1] == "│thalia\\u{200D}-1 ok         │", "\(grid.lines[1])")
    }
}

@Suite struct EscapedWidthTests {
    /// Columns are measured as the text will be shown: a name holding invisible characters
    /// (escaped, so wider) does not push its row's counts past the border.
    @Test func escapedTextKeepsTheRowsCountsVisible() {
        var fold = EventFold()
        for (n, vessel) in ["KM. Thalia", "KM. Thalia\u{2060}\u{2060}\u{2060}\u{2060}\u{2060}"].enumerated() {
            let open = #"{"id":"o\#(n)","ts":"2024-11-20T12:00:00+08:00","type":"voyage.opened","post":"nunukan","voyage":"v\#(n)","vessel":"\#(vessel)","from":"Nunukan","to":"Tawau","departs":"2024-11-20T18:00:00+08:00","manifest":5}"#
            let check = #"{"id":"c\#(n)","ts":"2024-11-20T13:00:00+08:00","type":"passenger.checked","post":"nunukan","voyage":"v\#(n)","passenger":"p1","doc":"ktp","result":"denied"}"#
            fold.ingest(LineDecoder.decode(open), origin: LineOrigin(source: "t", line: 2 * n + 1))
            fold.ingest(LineDecoder.decode(check), origin: LineOrigin(source: "t", line: 2 * n + 2))
        }
        let input = DashboardInput(fold: fold, sources: [], now: Timestamp.parse("2024-11-20T14:00:00+08:00")!)
        let lines = DashboardView.render(input, model: DashboardModel(rowScope: .all), width: 120, height: 35).lines
        let rows = lines.filter { $0.contains("KM. Thalia") }
        #expect(rows.count == 2, "\(lines.joined(separator: "\n"))")
        #expect(rows.allSatisfy { $0.contains("✗1") }, "\(rows.joined(separator: "\n"))")
        #expect(rows.contains { $0.contains("KM. Thalia…") }, "the hidden characters show as a cut")
    }

    /// A Prepend mark (U+0600, U+070F) joins the padding space after it into one cluster; the
    /// mark is a format character, shown escaped, so the padded text is still exactly as wide
    /// as asked (the fuzzer's `width-pad-after-prepend-mark`).
    @Test(arguments: [("\u{0600}", 3), ("\u{070F}", 15), ("a\u{0600}", 12)])
    func padAfterAPrependMarkIsExact(_ text: String, _ width: Int) {
        #expect(DisplayWidth.of(DisplayWidth.pad(text, width)) == width)
        #expect(DisplayWidth.of(DisplayWidth.fit(text + "xxxxxxxxxxxxxxxxxxxx", width)) <= width)
    }

    /// Only what fits is escaped and drawn: a megabyte of text costs a row, not the whole text.
    @Test func fitReadsOnlyWhatTheWidthNeeds() {
        let huge = "x" + String(repeating: "\u{2060}", count: 200_000)
        #expect(DisplayWidth.fit(huge, 20) == "x\u{2060}\u{2060}…")
        var grid = Grid(width: 30, height: 1)
        grid.text(huge, x: 0, y: 0)
        #expect(grid.lines[0] == "x\\u{2060}\\u{2060}\\u{2060}…")
    }
}

@Suite struct VoyageRowTests {
    /// Four-digit tallies are shown whole, grouped the Indonesian way (a cut `1000/50…` once hid the count).
    @Test(arguments: [(120, 35), (80, 24), (40, 12)])
    func largeTalliesFit(_ width: Int, _ height: Int) {
        var fold = EventFold()
        let open = #"{"id":"v","ts":"2024-11-20T12:00:00+08:00","type":"voyage.opened","post":"nunukan","voyage":"big","vessel":"KM. Lambelu","from":"Nunukan","to":"Makassar","departs":"2024-11-20T18:00:00+08:00","manifest":5000}"#
        fold.ingest(LineDecoder.decode(open), origin: LineOrigin(source: "t", line: 1))
        for i in 0..<1000 {
            let check = #"{"id":"c\#(i)","ts":"2024-11-20T13:00:00+08:00","type":"passenger.checked","post":"nunukan","voyage":"big","passenger":"p\#(i)","doc":"ktp","result":"cleared"}"#
            fold.ingest(LineDecoder.decode(check), origin: LineOrigin(source: "t", line: i + 2))
        }
        let input = DashboardInput(fold: fold, sources: [], now: Timestamp.parse("2024-11-20T14:00:00+08:00")!)
        let text = DashboardView.render(input, model: DashboardModel(rowScope: .all), width: width, height: height).text
        #expect(text.contains("1.000/5.000"), "\(text)")
    }
}
