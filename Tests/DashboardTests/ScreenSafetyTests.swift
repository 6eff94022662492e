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
}
