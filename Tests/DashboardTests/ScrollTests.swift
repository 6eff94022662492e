import BorderOps
import ExactKeys
import Dashboard
import Testing
import Words

/// Every list reaches its last row at every size, through the keys an officer presses: the
/// selected row stays on screen (the terminal cursor rests on it), and g/G/Home/End and
/// PgUp/PgDn go to the ends and a page at a time.
@Suite struct ScrollTests {
    static let sizes = [(80, 24), (40, 12), (60, 20)]

    /// The row the terminal cursor rests on: the selected one.
    func cursorRow(_ loop: TestLoop) -> String {
        guard let grid = loop.screen.lastGrid, let cursor = grid.cursor else { return "" }
        return grid.lines[cursor.y]
    }

    /// Enough of a title to know it in a cut row.
    func start(_ title: String) -> String { String(title.prefix(6)) }

    @Test(arguments: sizes)
    func everyAgendaItemAndActionOfAMeetingIsReachable(_ width: Int, _ height: Int) throws {
        let input = sampleInput()
        let meeting = try #require(input.state.meetings.values.first)
        let items = meeting.items.map(\.title)
        // In the order they were assigned, as the open meeting lists them.
        let actions = input.state.actions(of: meeting.id).map(\.title)
        #expect(items.count == 11 && actions.count == 7)
        let loop = TestLoop(input, width: width, height: height)
        loop.press(.character("3"), .enter)
        for (i, title) in (items + actions).enumerated() {
            #expect(cursorRow(loop).contains(start(title)), "row \(i) at \(width)×\(height): \(cursorRow(loop))\n\(loop.text)")
            loop.press(.down)
        }
        #expect(cursorRow(loop).contains(start(actions.last!)), "the last row stays selected")
        loop.press(.character("g"))
        #expect(cursorRow(loop).contains(start(items[0])))
        loop.press(.end)
        #expect(cursorRow(loop).contains(start(actions.last!)))
        loop.press(.home)
        #expect(cursorRow(loop).contains(start(items[0])))
        loop.press(.pageDown, .pageUp)
        #expect(cursorRow(loop).contains(start(items[0])), "a page down and up comes back")
        loop.press(.escape)
        #expect(loop.ui.detail == nil)
    }

    @Test(arguments: sizes)
    func theChecklistReachesItsLastStepAndBack(_ width: Int, _ height: Int) throws {
        let input = sampleInput()
        let steps = try #require(input.state.checklists.values.first?.steps)
        #expect(steps.count == 21)
        let loop = TestLoop(input, width: width, height: height)
        loop.press(.character("2"), .enter, .character("G"))
        #expect(cursorRow(loop).contains(start(steps.last!.title)), "\(loop.text)")
        loop.press(.character("g"))
        #expect(cursorRow(loop).contains(start(steps[0].title)), "\(loop.text)")
        loop.press(.end, .up)
        #expect(cursorRow(loop).contains(start(steps[19].title)))
        loop.press(.home, .pageDown)
        #expect(cursorRow(loop).contains(start(steps[10].title)), "ten steps a page")
    }

    @Test func helpAndBadLinesReachTheirEnds() {
        let loop = TestLoop(sampleInput(), width: 80, height: 24)
        loop.press(.character("?"), .character("G"))
        let last = KeyContext.of(DashboardModel(), canWrite: true).listed.last!.entry.help.text(.id)
        #expect(loop.text.contains(last), "\(loop.text)")
        loop.press(.character("g"))
        #expect(loop.ui.overlaySelection == 0)
        loop.press(.end)
        #expect(loop.ui.overlaySelection == DashboardView.overlayRows(.help, input: loop.data, model: loop.ui) - 1)
    }

    /// Inside an open voyage `g` is gate mode (kept); Home, End, G and the page keys move over
    /// its latest checks instead of opening another voyage.
    @Test func anOpenVoyagesChecksHaveTheirEndsAndGStaysGateMode() {
        var input = thaliaAt1440()
        input.writer = TestLoop.writer
        let loop = TestLoop(input)
        loop.press(.enter, .end)
        let checks = loop.data.state.voyages.values.first!.recentChecks
        #expect(loop.ui.checkSelection == checks.count - 1 && loop.ui.detail == .voyages)
        loop.press(.home)
        #expect(loop.ui.checkSelection == 0)
        loop.press(.pageDown)
        #expect(loop.ui.checkSelection == min(10, checks.count - 1))
        loop.press(.character("g"))
        if case .gate = loop.ui.operatorMode {} else { Issue.record("g starts gate mode in an open voyage") }
    }

    @Test func listMovesClampAtBothEnds() {
        #expect(ListMove.up.index(from: 0, count: 5, page: 3) == 0)
        #expect(ListMove.down.index(from: 4, count: 5, page: 3) == 4)
        #expect(ListMove.pageDown.index(from: 1, count: 5, page: 3) == 4)
        #expect(ListMove.pageUp.index(from: 4, count: 5, page: 3) == 1)
        #expect(ListMove.bottom.index(from: 0, count: 5, page: 3) == 4)
        #expect(ListMove.top.index(from: 3, count: 5, page: 3) == 0)
        #expect(ListMove.bottom.index(from: 3, count: 0, page: 3) == 0)
    }
}
