import BorderOps
import ExactKeys
@testable import Dashboard
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

    @Test(arguments: [(80, 24), (40, 12)])
    func helpAndBadLinesReachTheirEnds(_ width: Int, _ height: Int) {
        let loop = TestLoop(sampleInput(), width: width, height: height)
        loop.press(.character("?"), .character("G"))
        // The help's last line, as wrapped at this width.
        let last = HelpLines.lines(KeyContext.of(DashboardModel(rowScope: .all), canWrite: true), language: .id, width: HelpLines.width(screenWidth: width)).last!
        #expect(loop.text.contains(String(last.drop { $0 == " " })), "\(loop.text)")
        loop.press(.character("g"))
        #expect(loop.ui.overlaySelection == 0)
        loop.press(.end)
        #expect(loop.ui.overlaySelection == DashboardView.overlayRows(.help, input: loop.data, model: loop.ui, size: (width, height)) - 1)
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

    /// An open voyage's latest checks at the small sizes: End selects the oldest, and it is on
    /// screen (the terminal cursor rests on its row), as Home's newest is.
    @Test(arguments: [(80, 24), (40, 12)])
    func anOpenVoyagesLastCheckIsOnScreen(_ width: Int, _ height: Int) throws {
        var input = thaliaAt1440()
        input.writer = TestLoop.writer
        let loop = TestLoop(input, width: width, height: height)
        let checks = loop.data.state.voyages.values.first!.recentChecks.sorted { $0.at < $1.at }
        let (oldest, newest) = (try #require(checks.first), try #require(checks.last))
        loop.press(.enter, .end)
        #expect(cursorRow(loop).contains(start(oldest.passenger)), "\(oldest.passenger)\n\(loop.text)")
        loop.press(.home)
        #expect(cursorRow(loop).contains(start(newest.passenger)), "\(newest.passenger)\n\(loop.text)")
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

/// The issue's "Done when": every list reaches its last item at 80×24 and 40×12, pressing ↓ one
/// row at a time and with End, over thirty of each (voyages, operations, meetings, seizures in
/// the desk's rows and its detail, alerts, bad lines, the search's hits).
@Suite struct EveryListReachesItsEndTests {
    static let count = 30

    /// Thirty of each, with short distinct names (`V07`, `O07`, `M07`) that survive a cut row.
    static func input() -> DashboardInput {
        var lines: [String] = []
        for n in 1...count {
            let k = Self.twoDigits(n)
            lines.append(#"{"id":"v\#(k)","ts":"2024-11-20T12:00:00+08:00","type":"voyage.opened","post":"nunukan","voyage":"v\#(k)","vessel":"V\#(k)","from":"Nunukan","to":"Tawau","departs":"2024-11-20T15:\#(k):00+08:00","manifest":10}"#)
            lines.append(#"{"id":"o\#(k)","ts":"2024-11-20T12:00:00+08:00","type":"op.planned","post":"nunukan","op":"o\#(k)","title":"O\#(k)","location":"Tunon Taka","lead":"imigrasi","agencies":["imigrasi"],"starts":"2024-11-20T13:00:00+08:00"}"#)
            lines.append(#"{"id":"m\#(k)","ts":"2024-11-20T12:00:00+08:00","type":"meeting.opened","post":"nunukan","meeting":"m\#(k)","title":"M\#(k)","chair":"Ketua","location":"Kantor","attendees":["imigrasi"]}"#)
            lines.append(#"{"id":"s\#(k)","ts":"2024-11-20T12:00:00+08:00","type":"seizure.recorded","post":"nunukan","case":"S\#(k)","commodity":"tobacco","value_idr":\#(1000 + n),"suspects":1,"agency":"bea-cukai"}"#)
            lines.append(#"{"bad \#(k)"#)
        }
        var input = thaliaAt1440(lines)
        input.writer = TestLoop.writer
        return input
    }

    /// The row the terminal cursor rests on: the selected one.
    static func cursorRow(_ loop: TestLoop) -> String {
        guard let grid = loop.screen.lastGrid, let cursor = grid.cursor else { return "" }
        return grid.lines[cursor.y]
    }

    /// Opens a list with `keys`, presses ↓ until the selection stops, and returns every match
    /// of `name` seen on screen on the way, and whether End (after Home) selects the row ↓ stopped on.
    static func walk(_ keys: [Key], _ name: String, _ width: Int, _ height: Int, input: DashboardInput = input()) throws
        -> (seen: Set<String>, endIsLast: Bool, end: String) {
        let loop = TestLoop(input, width: width, height: height)
        loop.press(keys)
        let pattern = try Regex<Substring>(name)
        var seen: Set<String> = []
        // Until ↓ changes nothing: neither the text nor where the cursor rests (the selected row).
        var before = ""
        for _ in 0..<1000 {
            let text = loop.text
            let frame = "\(loop.screen.lastGrid?.cursor.map { "\($0)" } ?? "-")\n\(text)"
            if frame == before { break }
            seen.formUnion(text.matches(of: pattern).map { String($0.0) })
            before = frame
            loop.press(.down)
        }
        let stopped = cursorRow(loop)
        loop.press(.home, .end)
        return (seen, stopped == cursorRow(loop), "\(stopped) ≠ \(cursorRow(loop))\n\(loop.text)")
    }

    static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// The posts overlay (`p`) at headquarters: thirty posts heard from (`pos01`…`pos30`), after
    /// the posts file's own, each reached with ↓ and End selecting the last.
    @Test(arguments: [(80, 24), (40, 12)])
    func thePostsOverlayReachesItsLastPost(_ width: Int, _ height: Int) throws {
        let lines = (1...Self.count).map { n in
            #"{"id":"k\#(n)","ts":"2024-11-20T12:00:00+08:00","type":"kpi.reported","post":"pos\#(Self.twoDigits(n))","date":"2024-11-20","agency":"bea-cukai","metric":"patrol","count":1}"#
        }
        let input = thaliaAt1440(lines)
        #expect(DashboardView.posts(input).suffix(Self.count) == (1...Self.count).map { "pos" + Self.twoDigits($0) }, "the overlay lists them last")
        let (seen, endIsLast, end) = try Self.walk([.character("p")], #"pos\d\d"#, width, height, input: input)
        #expect(seen == Set((1...Self.count).map { "pos" + Self.twoDigits($0) }), "missing \(Set((1...Self.count).map { "pos" + Self.twoDigits($0) }).subtracting(seen).sorted())")
        #expect(endIsLast, "End selects the last post: \(end)")
        // ↓ stopped on the last post: the row the cursor rests on names it.
        #expect(end.split(separator: "≠").first?.contains("pos30") == true, "\(end)")
    }

    @Test(arguments: [(80, 24), (40, 12)])
    func everyPaneAndOverlayListReachesItsLastItem(_ width: Int, _ height: Int) throws {
        let numbered = { (prefix: String) in Set((1...Self.count).map { prefix + Self.twoDigits($0) }) }
        // The bad lines are every fifth line of the extra ones; each departure warning names its vessel.
        let lists: [(String, [Key], String, Set<String>)] = [
            ("voyages", [.character("1")], #"V\d\d"#, numbered("V")), ("operations", [.character("2")], #"O\d\d"#, numbered("O")),
            ("meetings", [.character("3")], #"M\d\d"#, numbered("M")), ("alerts", [.character("a")], #"V\d\d"#, numbered("V")),
            ("bad lines", [.character("b")], #"extra:\d+"#, Set((1...Self.count).map { "extra:\($0 * 5)" })),
            ("seizures in the desk's detail", [.character("4"), .character("d")], #"S\d\d"#, numbered("S")),
            // The desk's rows show each seizure's case id.
            ("the desk's rows", [.character("4")], #"S\d\d"#, numbered("S")),
            // The meetings' location: thirty hits of `s`, the search across panes.
            ("search hits", [.character("s")] + "Kantor".map { Key.character($0) }, #"M\d\d"#, numbered("M")),
        ]
        for (list, keys, name, every) in lists {
            let (seen, endIsLast, end) = try Self.walk(keys, name, width, height)
            #expect(seen == every, "\(list) at \(width)×\(height): missing \(every.subtracting(seen).sorted())")
            #expect(endIsLast, "\(list) at \(width)×\(height): End selects the last item: \(end)")
        }
    }
}
