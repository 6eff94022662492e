import BorderOps
import Words
import Dashboard
import Testing

/// The whole screen at the sizes the layout changes at, compared with reviewed golden text.
@Suite struct GoldenViewTests {
    @Test(arguments: [(120, 35, "full-120x35"), (80, 24, "compact-80x24"), (40, 12, "single-40x12"), (39, 12, "too-small-39x12")])
    func layouts(_ width: Int, _ height: Int, _ name: String) {
        let grid = DashboardView.render(sampleInput(), model: DashboardModel(language: .id), width: width, height: height)
        let (ok, diff) = matchesGolden(grid, name)
        #expect(ok, "\(diff)")
    }

    @Test func englishAndVoyageDetail() {
        var model = DashboardModel(language: .en)
        model.detail = .voyages
        let grid = DashboardView.render(sampleInput(), model: model, width: 120, height: 35)
        let (ok, diff) = matchesGolden(grid, "voyage-detail-en-120x35")
        #expect(ok, "\(diff)")
    }

    @Test func helpOverlayComesFromTheKeyTable() {
        var model = DashboardModel(language: .en)
        model.overlay = .help
        let input = sampleInput()
        let text = DashboardView.render(input, model: model, width: 120, height: 35).text
        let listed = KeyContext.of(DashboardModel(language: .en), input: input).listed
        #expect(listed.count >= 19)
        for row in listed {
            #expect(text.contains(row.entry.help.text(.en)), "\(row.entry.help.text(.en))")
        }
    }

    @Test func asciiGlyphs() {
        let grid = DashboardView.render(sampleInput(), model: DashboardModel(), width: 80, height: 24, ascii: true)
        #expect(!grid.text.contains("┌") && !grid.text.contains("█"))
        #expect(grid.text.contains("+-"))
    }
}
