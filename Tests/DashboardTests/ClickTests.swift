import BorderOps
import Dashboard
import ExactKeys
import JSON
import Testing
import Words

/// A left click selects the row under it, in every list, as ↑↓ would; a click on another pane
/// (or its tab) focuses it. The clicks land where the test finds the row's text on the frame
/// drawn, as an officer would aim at it.
@Suite struct ClickTests {
    static let sizes = [(120, 35), (80, 24)]

    /// Two more voyages that day, so the voyages pane has rows to choose from.
    static let voyages = [
        #"{"id":"x-v1","ts":"2024-11-20T13:05:00+08:00","type":"voyage.opened","post":"nunukan","voyage":"egon-20241120","vessel":"KM. Egon","from":"Nunukan","to":"Tarakan","departs":"2024-11-20T20:00:00+08:00","manifest":120}"#,
        #"{"id":"x-v2","ts":"2024-11-20T13:06:00+08:00","type":"voyage.opened","post":"nunukan","voyage":"lambelu-20241120","vessel":"KM. Lambelu","from":"Nunukan","to":"Makassar","departs":"2024-11-20T22:00:00+08:00","manifest":900}"#,
    ]

    /// Clicks the first character of the first line showing `text` (after `below`, when given).
    func click(_ loop: TestLoop, on text: String, below: Int = -1, sourceLocation: SourceLocation = #_sourceLocation) {
        let lines = loop.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let y = lines.indices.first(where: { $0 > below && lines[$0].contains(text) }),
              let range = lines[y].firstRange(of: text) else {
            Issue.record("no \"\(text)\" on screen:\n\(loop.text)", sourceLocation: sourceLocation)
            return
        }
        // Columns, not characters: the box lines before the text are one column each.
        let x = lines[y][..<range.lowerBound].count
        loop.press(.click(x: x, y: y))
    }

    /// The first line holding `text`.
    func lineIndex(_ loop: TestLoop, containing text: String) -> Int {
        loop.text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(text) } ?? -1
    }

    /// The line the terminal cursor rests on (the selected row's).
    func cursorLine(_ loop: TestLoop) -> String {
        guard let grid = loop.screen.lastGrid, let cursor = grid.cursor else { return "" }
        return grid.lines[cursor.y]
    }

    @Test(arguments: sizes)
    func aClickSelectsTheVoyageUnderItAndDOpensThatOne(_ width: Int, _ height: Int) throws {
        let loop = TestLoop(thaliaAt1440(Self.voyages), width: width, height: height)
        // Under the pane's title: the alerts strip above names a vessel too.
        let pane = lineIndex(loop, containing: "1 Pemeriksaan pelabuhan")
        for (vessel, id) in [("KM. Egon", "egon-20241120"), ("KM. Thal", "thalia-20241120"), ("KM. Lamb", "lambelu-20241120")] {
            click(loop, on: vessel, below: pane)
            #expect(loop.ui.focus == .voyages)
            #expect(loop.ui.selectedIDs[.voyages] == id, "\(vessel) at \(width)×\(height)\n\(loop.text)")
            #expect(cursorLine(loop).contains(vessel))
        }
        // The clicked voyage is the one the keys act on.
        click(loop, on: "KM. Egon", below: pane)
        loop.press(.character("d"))
        #expect(loop.ui.overlay == .describe(.voyage("egon-20241120")))
        #expect(loop.text.contains("egon-20241120"), "the detail names its id\n\(loop.text)")
    }

    @Test(arguments: sizes)
    func aClickOnAnotherPaneFocusesItAndSelectsTheDeskRow(_ width: Int, _ height: Int) {
        let loop = TestLoop(sampleInput(), width: width, height: height)
        #expect(loop.ui.focus == .voyages)
        click(loop, on: "sosialisasi")
        #expect(loop.ui.focus == .desk)
        #expect(loop.ui.selectedIDs[.desk] == "kpi:socialisation")
        #expect(cursorLine(loop).contains("sosialisasi"))
        click(loop, on: "sambang")
        #expect(loop.ui.selectedIDs[.desk] == "kpi:sambang")
        // The operations pane's title line is no row: the click focuses the pane alone.
        click(loop, on: "Temuan:")
        #expect(loop.ui.focus == .operations)
        #expect(loop.ui.selectedIDs[.desk] == "kpi:sambang", "the desk keeps its selection")
    }

    @Test(arguments: sizes)
    func aClickSelectsAMeetingsAgendaItemOrAction(_ width: Int, _ height: Int) throws {
        let input = sampleInput()
        let meeting = try #require(input.state.meetings.values.first)
        let actions = input.state.actions(of: meeting.id)
        let loop = TestLoop(input, width: width, height: height)
        loop.press(.character("3"), .enter)
        let item = meeting.items[2]
        click(loop, on: String(item.title.prefix(8)))
        #expect(loop.ui.meetingRow.key == "item:" + item.item, "\(loop.text)")
        #expect(cursorLine(loop).contains(String(item.title.prefix(8))))
        // An action below the agenda: reached with the keys first, so that it is on screen.
        loop.press(.end)
        let action = actions[actions.count - 2]
        click(loop, on: String(action.title.prefix(8)))
        #expect(loop.ui.meetingRow.key == "action:" + action.id, "\(loop.text)")
        #expect(loop.ui.detail == .timpora, "the meeting stays open")
    }

    @Test(arguments: sizes)
    func aClickSelectsAChecklistStep(_ width: Int, _ height: Int) throws {
        let input = sampleInput()
        let steps = try #require(input.state.checklists.values.first?.steps)
        let loop = TestLoop(input, width: width, height: height)
        loop.press(.character("2"), .enter)
        let step = steps[2]
        click(loop, on: String(step.title.prefix(10)))
        #expect(loop.ui.selectedStep == step.step, "\(loop.text)")
        #expect(loop.ui.stepSelection == 2)
        #expect(cursorLine(loop).contains(String(step.title.prefix(10))))
    }

    @Test(arguments: sizes)
    func aClickSelectsOneOfAnOpenVoyagesChecks(_ width: Int, _ height: Int) throws {
        var input = thaliaAt1440()
        input.writer = TestLoop.writer
        let loop = TestLoop(input, width: width, height: height)
        loop.press(.enter)
        let checks = Array(try #require(loop.data.state.voyages.values.first).recentChecks.reversed())
        let third = checks[2].passenger
        click(loop, on: third)
        #expect(loop.ui.checkSelection == 2, "\(loop.text)")
        #expect(loop.row(third).contains("▶"), "the mark moved to the clicked check\n\(loop.text)")
    }

    @Test func aClickInTheAlertsListSelectsTheClickedAlert() {
        let loop = TestLoop(thaliaAt1440(), width: 120, height: 35)
        loop.press(.character("a"))
        // The list's group headings count their alerts; the strip above repeats the alerts' text.
        // The second overdue action's alert, under the overdue group's heading.
        click(loop, on: "Kirim data", below: lineIndex(loop, containing: "(2, 2 "))
        #expect(loop.ui.overlaySelection == 2, "\(loop.text)")
        // Enter acknowledges the clicked alert, not the first.
        loop.press(.enter, .enter)
        let ack = loop.appended.first.map { JSONWriter.compact(.object($0.event)) } ?? ""
        #expect(ack.contains("\"alert.ack\""))
        #expect(ack.contains("timpora-nnk-20241120-A2"), "\(ack)")
        click(loop, on: "berangkat 17.00", below: lineIndex(loop, containing: "(1, 1 "))
        #expect(loop.ui.overlaySelection == 0)
        #expect(loop.ui.focus == .voyages && loop.ui.overlay == .alerts, "a click in an overlay stays in it")
    }

    @Test func aClickOnATabFocusesItsPaneOnASmallScreen() {
        let loop = TestLoop(sampleInput(), width: 40, height: 12)
        // The other panes' tabs are their numbers alone at this width.
        click(loop, on: " 2 ", below: 0)
        #expect(loop.ui.focus == .operations)
        #expect(loop.text.contains("[2 Operasi"), "\(loop.text)")
    }

    @Test func clicksWhileTypingAFilterOrInAFormChangeNothing() {
        let loop = TestLoop(sampleInput())
        loop.press(.character("/"))
        click(loop, on: "sosialisasi")
        #expect(loop.ui.focus == .voyages && loop.ui.editingFilter)
        loop.press(.escape)
        loop.press(.character("?"))
        click(loop, on: "Esc")
        #expect(loop.ui.focus == .voyages && loop.ui.overlay == .help)
    }
}
