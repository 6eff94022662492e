import BorderOps
import Words
import Dashboard
import Testing

/// Keys change the UI model, a pure function; no terminal needed.
@Suite struct ModelTests {
    func press(_ keys: [Key], _ model: inout DashboardModel, rows: Int = 3, posts: [String] = ["nunukan", "tarakan"]) {
        for key in keys { model.update(key, rows: { _ in (0..<rows).map { "row-\($0)" } }, pageSize: 5, themes: 4, overlayRows: 18, posts: posts) }
    }

    @Test func focusMovesWithTabDigitsAndShiftTab() {
        var m = DashboardModel(rowScope: .all)
        press([.tab], &m)
        #expect(m.focus == .operations)
        press([.backTab, .backTab], &m)
        #expect(m.focus == .desk)
        press([.character("3")], &m)
        #expect(m.focus == .timpora)
    }

    @Test func selectionIsClampedAndPages() {
        var m = DashboardModel(rowScope: .all)
        press([.down, .character("j"), .down, .down], &m)
        #expect(m.selectedIndex(.voyages, ids: (0..<20).map { "row-\($0)" }) == 2)
        press([.up], &m)
        #expect(m.selectedIndex(.voyages, ids: (0..<20).map { "row-\($0)" }) == 1)
        press([.pageDown], &m, rows: 20)
        #expect(m.selectedIndex(.voyages, ids: (0..<20).map { "row-\($0)" }) == 6)
        press([.character("G")], &m, rows: 20)
        #expect(m.selectedIndex(.voyages, ids: (0..<20).map { "row-\($0)" }) == 19)
        press([.character("g")], &m, rows: 20)
        #expect(m.selectedIndex(.voyages, ids: (0..<20).map { "row-\($0)" }) == 0)
    }

    @Test func enterOpensEscBacksOutThenClearsTheFilter() {
        var m = DashboardModel(rowScope: .all)
        press([.enter], &m)
        #expect(m.detail == .voyages)
        press([.escape], &m)
        #expect(m.detail == nil)
        press([.character("/"), .character("t"), .character("h"), .character("x"), .backspace, .enter], &m)
        #expect(m.filter(.voyages) == "th")
        #expect(!m.editingFilter)
        press([.escape], &m)
        #expect(m.filter(.voyages) == "")
    }

    @Test func overlaysLanguageThemeAndQuit() {
        var m = DashboardModel(language: .id, rowScope: .all)
        press([.character("?")], &m)
        #expect(m.overlay == .help)
        press([.character("q")], &m)
        #expect(m.overlay == nil && !m.quit, "q closes the overlay first")
        press([.character("L")], &m)
        #expect(m.language == .en)
        press([.character("t"), .character("t")], &m)
        #expect(m.themeIndex == 2)
        press([.character("p"), .down, .character(" ")], &m)
        #expect(m.hiddenPosts == ["tarakan"])
        press([.escape, .control("c")], &m)
        #expect(m.quit)
    }

    /// The selection follows the item, not the position, when rows reorder.
    @Test func selectionFollowsTheItem() {
        var m = DashboardModel(rowScope: .all)
        m.update(.down, rows: { _ in ["a", "b", "c"] }, pageSize: 5, themes: 1, posts: [])
        #expect(m.selectedIndex(.voyages, ids: ["a", "b", "c"]) == 1)
        // "a" closed and moved to the end: "b" is still the one selected.
        #expect(m.selectedIndex(.voyages, ids: ["b", "c", "a"]) == 0)
        // "b" gone: the same position, clamped.
        #expect(m.selectedIndex(.voyages, ids: ["c"]) == 0)
        m.update(.down, rows: { _ in ["b", "c", "a"] }, pageSize: 5, themes: 1, posts: [])
        #expect(m.selectedIDs[.voyages] == "c")
    }

    @Test func overlaySelectionStaysInRangeAndClicksWaitForOverlays() {
        var m = DashboardModel(rowScope: .all)
        press([.character("b")], &m)
        for _ in 0..<40 { press([.down], &m) }
        #expect(m.overlaySelection == 17)
        press([.up], &m)
        #expect(m.overlaySelection == 16)
        let layout = Layout.make(width: 120, height: 35, focus: .voyages)
        let desk = layout.panes.first { $0.pane == .desk }!.rect
        m.focus(at: (desk.x + 2, desk.y + 2), panes: layout.panes.map { ($0.pane, $0.rect) })
        #expect(m.focus == .voyages, "a click under an overlay does not move focus")
    }

    @Test func clickFocusesThePaneUnderIt() {
        var m = DashboardModel(rowScope: .all)
        let layout = Layout.make(width: 120, height: 35, focus: .voyages)
        let desk = layout.panes.first { $0.pane == .desk }!.rect
        m.focus(at: (desk.x + 2, desk.y + 2), panes: layout.panes.map { ($0.pane, $0.rect) })
        #expect(m.focus == .desk)
    }

    @Test func layoutShapes() {
        #expect(Layout.make(width: 120, height: 35, focus: .voyages).kind == .full)
        #expect(Layout.make(width: 119, height: 35, focus: .voyages).kind == .compact)
        #expect(Layout.make(width: 80, height: 24, focus: .voyages).kind == .compact)
        #expect(Layout.make(width: 79, height: 24, focus: .desk).kind == .single)
        #expect(Layout.make(width: 79, height: 24, focus: .desk).panes.map(\.pane) == [.desk])
        #expect(Layout.make(width: 40, height: 11, focus: .voyages).kind == .tooSmall)
    }

    @Test func filterAndHiddenPostsNarrowTheRows() {
        let input = sampleInput()
        var m = DashboardModel(rowScope: .all)
        #expect(DashboardView.rowIDs(.voyages, input: input, model: m).count == 1)
        m.filters[.voyages] = "lambelu"
        #expect(DashboardView.rowIDs(.voyages, input: input, model: m).isEmpty)
        m.filters[.voyages] = "THALIA"
        #expect(DashboardView.rowIDs(.voyages, input: input, model: m).count == 1)
        m.hiddenPosts = ["nunukan"]
        #expect(DashboardView.rowIDs(.voyages, input: input, model: m).isEmpty)
    }
}
