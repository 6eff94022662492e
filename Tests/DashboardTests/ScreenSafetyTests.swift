import BorderOps
import Dashboard
import Testing

@Suite struct ScreenSafetyTests {
    /// Hostile text from the conformance case reaches no cell raw.
    @Test(arguments: [(120, 35), (80, 24), (40, 12)])
    func hostileTextIsEscaped(_ width: Int, _ height: Int) {
        let input = DashboardInput(fold: fold([Paths.conformance + "/08-hostile-text.jsonl"]), sources: [], now: Timestamp.parse("2024-11-20T14:00:00+08:00")!)
        for pane in PaneID.allCases {
            var model = DashboardModel(language: .en)
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

    /// A joiner after a letter neither widens the grapheme nor hides: it is shown escaped and
    /// the row keeps its border where it was.
    @Test func aJoinerAfterALetterKeepsTheRowInItsBox() {
        #expect(DisplayWidth.of("a\u{200D}" as Character) == 1)
        #expect(DisplayWidth.of("👨\u{200D}👩" as Character) == 2)
        #expect(DisplayWidth.of("1\u{FE0F}\u{20E3}" as Character) == 2)
        var grid = Grid(width: 30, height: 3)
        grid.box(Rect(x: 0, y: 0, width: 30, height: 3), title: "t")
        grid.text("thalia\u{200D}-1 ok", x: 1, y: 1, maxWidth: 28)
        #expect(grid[29, 1].character == "│")
        #expect(grid.lines[1] == "│thalia\\u{200D}-1 ok         │", "\(grid.lines[1])")
    }
}

@Suite struct VoyageRowTests {
    /// Four-digit tallies are shown whole (a cut `1000/50…` once hid the count).
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
        let text = DashboardView.render(input, model: DashboardModel(), width: width, height: height).text
        #expect(text.contains("1000/5000"), "\(text)")
    }
}
