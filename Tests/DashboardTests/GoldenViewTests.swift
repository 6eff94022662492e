import BorderOps
import Words
import Dashboard
import Testing

/// The whole screen at the sizes the layout changes at, compared with reviewed golden text.
@Suite struct GoldenViewTests {
    @Test(arguments: [(120, 35, "full-120x35"), (80, 24, "compact-80x24"), (40, 12, "single-40x12"), (39, 12, "too-small-39x12")])
    func layouts(_ width: Int, _ height: Int, _ name: String) {
        let grid = DashboardView.render(sampleInput(), model: DashboardModel(language: .id, rowScope: .all), width: width, height: height)
        let (ok, diff) = matchesGolden(grid, name)
        #expect(ok, "\(diff)")
    }

    /// The same overview in English, and at 60×20 (one pane with tabs) in both languages.
    @Test(arguments: [(Language.en, 120, 35, "full-en-120x35"), (.en, 80, 24, "compact-en-80x24"), (.id, 60, 20, "single-60x20"),
                      (.en, 60, 20, "single-en-60x20"), (.en, 40, 12, "single-en-40x12")])
    func layoutsInBothLanguages(_ language: Language, _ width: Int, _ height: Int, _ name: String) {
        let grid = DashboardView.render(sampleInput(), model: DashboardModel(language: language, rowScope: .all), width: width, height: height)
        let (ok, diff) = matchesGolden(grid, name)
        #expect(ok, "\(diff)")
    }

    @Test func englishAndVoyageDetail() {
        var model = DashboardModel(language: .en, rowScope: .all)
        model.detail = .voyages
        let grid = DashboardView.render(sampleInput(), model: model, width: 120, height: 35)
        let (ok, diff) = matchesGolden(grid, "voyage-detail-en-120x35")
        #expect(ok, "\(diff)")
    }

    @Test func helpOverlayComesFromTheKeyTable() {
        var model = DashboardModel(language: .en, rowScope: .all)
        model.overlay = .help
        let input = sampleInput()
        let text = DashboardView.render(input, model: model, width: 120, height: 35).text
        let listed = KeyContext.of(DashboardModel(language: .en, rowScope: .all), input: input).listed
        #expect(listed.count >= 19)
        for row in listed {
            #expect(text.contains(row.entry.help.text(.en)), "\(row.entry.help.text(.en))")
        }
    }

    /// `--ascii` (and a locale without UTF-8): only ASCII reaches the screen, every mark in its
    /// one-column form beside its word; the columns stay where the Unicode frame has them.
    @Test(arguments: [(Language.id, 80, 24, "compact-ascii-80x24"), (.en, 120, 35, "alerts-ascii-en-120x35")])
    func asciiGlyphs(_ language: Language, _ width: Int, _ height: Int, _ name: String) {
        let input = name.hasPrefix("alerts") ? thaliaAt1440(LanguageFrameTests.extra) : sampleInput()
        let grid = DashboardView.render(input, model: DashboardModel(language: language, rowScope: .all), width: width, height: height, ascii: true)
        #expect(grid.text.allSatisfy { $0.isASCII }, "\(grid.text.filter { !$0.isASCII })")
        let unicode = DashboardView.render(input, model: DashboardModel(language: language, rowScope: .all), width: width, height: height)
        #expect(grid.lines.map(\.count) == unicode.lines.map(\.count), "one column per glyph")
        let (ok, diff) = matchesGolden(grid, name)
        #expect(ok, "\(diff)")
    }

    /// Every view in ASCII: the operation, voyage and meeting opened, the forms, the overlays.
    @Test func everyViewIsASCIIWhenAsked() {
        var input = thaliaAt1440(LanguageFrameTests.extra)
        input.writer = TestLoop.writer
        for (width, height) in [(120, 35), (80, 24), (40, 12)] {
            let loop = TestLoop(input, width: width, height: height)
            let keys: [[Key]] = [[], [.enter], [.escape, .character("2"), .enter], [.character("f")], [.escape, .character("T")],
                                 [.escape, .escape, .character("3"), .enter], [.character("a")], [.escape, .character("?")], [.escape, .character("b")]]
            for step in keys {
                loop.press(step)
                let grid = DashboardView.render(loop.data, model: loop.ui, width: width, height: height, ascii: true)
                #expect(grid.text.allSatisfy { $0.isASCII }, "\(step) \(width)×\(height): \(grid.text.filter { !$0.isASCII })")
            }
        }
    }
}
