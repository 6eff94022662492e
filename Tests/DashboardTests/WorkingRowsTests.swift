import BorderOps
import Dashboard
import ExactKeys
import TestSupport
import Testing
import Words

/// The panes list what officers work on (issue 19): open items and today's, today in each post's
/// own zone; `h` lists every row; a filter looks in every row; the item open in detail stays.
@Suite struct WorkingRowsTests {
    /// Three posts, one per zone; the dashboard itself in WITA.
    static let posts = [
        PostInfo(id: "entikong", name: "Entikong", province: "Kalimantan Barat", kind: .plbn, zone: .wib),
        PostInfo(id: "nunukan", name: "Nunukan", province: "Kalimantan Utara", kind: .port, zone: .wita),
        PostInfo(id: "skouw", name: "Skouw", province: "Papua", kind: .plbn, zone: .wit),
    ]

    static func voyage(_ id: String, post: String, departs: String, closed: Bool) -> [String] {
        var lines = [#"{"id":"o-\#(id)","ts":"2024-11-18T06:00:00+08:00","type":"voyage.opened","post":"\#(post)","voyage":"\#(id)","vessel":"KM \#(id)","from":"A","to":"B","departs":"\#(departs)","manifest":10}"#]
        if closed {
            lines.append(#"{"id":"c-\#(id)","ts":"2024-11-18T07:00:00+08:00","type":"voyage.closed","post":"\#(post)","voyage":"\#(id)","departed":"\#(departs)"}"#)
        }
        return lines
    }

    /// The input at `now` over `lines`, with the voyages' order kept as the driver keeps it.
    static func input(_ lines: [String], now: String, keptOrder: Bool = true) -> DashboardInput {
        let fold = foldLines(lines)
        var input = DashboardInput(fold: fold, sources: [], now: Timestamp.parse(now)!)
        input.postDirectory = posts
        if keptOrder {
            var order = VoyageOrder()
            order.update(fold.state, touched: AlertTouches(everything: true))
            input.voyageOrder = order
        }
        return input
    }

    /// Whether `ts` falls on the day of `now` in `post`'s zone, by civil dates (not the code's windows).
    static func sameDay(_ ts: Timestamp?, _ now: Timestamp, post: String) -> Bool {
        guard let ts else { return false }
        let zone = posts.first { $0.id == post }?.zone ?? .wita
        return PostTime.local(ts, zone).0 == PostTime.local(now, zone).0
    }

    /// Random voyages over four days at three posts, some closed, seen at a random minute: the
    /// working rows are every row's order filtered by the rule, with the order kept as events
    /// fold (binary searches) and without it (a post hidden: a pass over the voyages).
    @Test(arguments: 0..<60)
    func workingVoyagesAreEveryRowFilteredByTheRule(seed: Int) {
        var random = SeededRandom(seed: UInt64(seed))
        var lines: [String] = []
        for n in 0..<random.next(40) {
            let post = Self.posts[random.next(3)].id
            let (day, hour, minute) = (17 + random.next(4), random.next(24), random.next(60))
            let departs = "2024-11-\(day)T\(two(hour)):\(two(minute)):00+0\(7 + random.next(3)):00"
            lines += Self.voyage("v\(n)", post: post, departs: departs, closed: random.next(3) > 0)
        }
        let now = "2024-11-\(18 + random.next(2))T\(two(random.next(24))):\(two(random.next(60))):00+08:00"
        for keptOrder in [true, false] {
            let input = Self.input(lines, now: now, keptOrder: keptOrder)
            var working = DashboardModel()
            var all = DashboardModel(rowScope: .all)
            if !keptOrder {
                working.hiddenPosts = ["elsewhere"]
                all.hiddenPosts = ["elsewhere"]
            }
            let every = DashboardView.rowIDs(.voyages, input: input, model: all)
            let voyages = input.state.voyages
            let expected = every.filter { id in
                let v = voyages.values[voyages.position(of: id)!]
                return !v.closed || Self.sameDay(v.departs, input.now, post: v.post)
            }
            #expect(DashboardView.rowIDs(.voyages, input: input, model: working) == expected, "seed \(seed), kept order \(keptOrder), now \(now)")
            #expect(every.count == voyages.values.count)
        }
    }

    /// A post's day turns at its own midnight: at 23.30 WITA Skouw (WIT) is already tomorrow.
    @Test func todayIsEachPostsOwn() {
        let lines = Self.voyage("nnk", post: "nunukan", departs: "2024-11-20T08:00:00+08:00", closed: true)
            + Self.voyage("skw", post: "skouw", departs: "2024-11-20T08:00:00+09:00", closed: true)
            + Self.voyage("ent", post: "entikong", departs: "2024-11-20T23:45:00+07:00", closed: true)
        func rows(_ now: String) -> [String] { DashboardView.rowIDs(.voyages, input: Self.input(lines, now: now), model: DashboardModel()) }
        #expect(rows("2024-11-20T22:30:00+08:00") == ["skw", "nnk", "ent"], "by departure: 08.00 WIT is 07.00 WITA")
        #expect(rows("2024-11-20T23:30:00+08:00") == ["nnk", "ent"], "00.30 WIT: Skouw's 20th is over")
        #expect(rows("2024-11-21T00:30:00+08:00") == ["ent"], "23.30 WIB: Entikong's 20th is not")
        #expect(rows("2024-11-21T01:30:00+08:00") == [])
    }

    /// The title says how many of how many; `h` lists every row and its hint then says so; Esc
    /// does not undo it; the empty pane names the key.
    @Test func hListsEveryRowAndTheTitleCountsThem() {
        let lines = Self.voyage("old", post: "nunukan", departs: "2024-11-18T08:00:00+08:00", closed: true)
            + Self.voyage("open", post: "nunukan", departs: "2024-11-18T09:00:00+08:00", closed: false)
            + Self.voyage("gone", post: "nunukan", departs: "2024-11-17T09:00:00+08:00", closed: true)
        // Wide enough for the whole hints line.
        let loop = TestLoop(Self.input(lines, now: "2024-11-20T10:00:00+08:00"), width: 160, from: LoopModel(ui: DashboardModel()))
        #expect(loop.text.contains("1 Pemeriksaan pelabuhan · 1 dari 3 terbuka & hari ini"), "\(loop.text)")
        #expect(loop.text.contains("KM open") && !loop.text.contains("KM old"))
        #expect(loop.text.contains("h semua"), "the hint names what h shows")
        loop.press(.character("h"))
        #expect(loop.text.contains("1 Pemeriksaan pelabuhan · 3 ") && loop.text.contains("KM old") && loop.text.contains("KM gone"), "\(loop.text)")
        #expect(loop.text.contains("h hari ini"))
        loop.press(.character("L"))
        #expect(loop.text.contains("h today"))
        loop.press(.character("h"))
        #expect(loop.text.contains("1 of 3 open & today"), "\(loop.text)")

        // Where the title has no room for the words, the count alone.
        let narrow = TestLoop(Self.input(lines, now: "2024-11-20T10:00:00+08:00"), width: 40, height: 12, from: LoopModel(ui: DashboardModel()))
        #expect(narrow.text.contains("· 1/3 "), "\(narrow.text)")

        let closed = TestLoop(Self.input(Self.voyage("old", post: "nunukan", departs: "2024-11-18T08:00:00+08:00", closed: true),
                                         now: "2024-11-20T10:00:00+08:00"), from: LoopModel(ui: DashboardModel()))
        #expect(closed.text.contains("Tidak ada yang terbuka atau hari ini · h: semua baris"), "\(closed.text)")
        #expect(closed.text.contains("0 dari 1 terbuka & hari ini"))
    }

    /// `?` lists `h` in both languages (the key table's walk presses it in every context).
    @Test func helpListsH() {
        for (language, words) in [(Language.id, "semua baris / hanya yang terbuka dan hari ini"), (.en, "every row / only open and today's")] {
            let rows = KeyContext.of(DashboardModel(language: language), canWrite: false).listed
            #expect(rows.contains { $0.entry.keys == [.character("h")] && $0.entry.help.text(language) == words })
        }
    }

    /// A filter looks in every row, hidden or not; Esc clears it and the working rows are back.
    @Test func aFilterFindsWhatIsHidden() {
        let lines = Self.voyage("old", post: "nunukan", departs: "2024-11-18T08:00:00+08:00", closed: true)
            + Self.voyage("open", post: "nunukan", departs: "2024-11-18T09:00:00+08:00", closed: false)
        var model = DashboardModel()
        model.filters[.voyages] = "old"
        let input = Self.input(lines, now: "2024-11-20T10:00:00+08:00")
        #expect(DashboardView.rowIDs(.voyages, input: input, model: model) == ["old"])
        model.filters[.voyages] = nil
        #expect(DashboardView.rowIDs(.voyages, input: input, model: model) == ["open"])
    }

    /// A closed meeting whose action is still open stays; one whose actions are all done goes
    /// (unless it is today's); an operation closed today stays, one closed before goes.
    @Test func meetingsWithOpenActionsAndOperationsClosedToday() {
        func meeting(_ id: String, day: String, actionState: String) -> [String] {
            [#"{"id":"m-\#(id)","ts":"2024-11-\#(day)T09:00:00+08:00","type":"meeting.opened","post":"nunukan","meeting":"\#(id)","title":"Rapat \#(id)","chair":"K","location":"L","attendees":[]}"#,
             #"{"id":"a-\#(id)","ts":"2024-11-\#(day)T09:30:00+08:00","type":"action.assigned","post":"nunukan","meeting":"\#(id)","action":"act-\#(id)","title":"T","owner":"ksop","due":"2024-11-30"}"#,
             #"{"id":"s-\#(id)","ts":"2024-11-\#(day)T09:40:00+08:00","type":"action.state","post":"nunukan","action":"act-\#(id)","state":"\#(actionState)"}"#,
             #"{"id":"c-\#(id)","ts":"2024-11-\#(day)T10:00:00+08:00","type":"meeting.closed","post":"nunukan","meeting":"\#(id)"}"#]
        }
        func operation(_ id: String, closedOn day: String) -> [String] {
            [#"{"id":"p-\#(id)","ts":"2024-11-17T09:00:00+08:00","type":"op.planned","post":"nunukan","op":"\#(id)","title":"Op \#(id)","location":"L","lead":"imigrasi","agencies":["imigrasi"],"starts":"2024-11-17T13:00:00+08:00"}"#,
             #"{"id":"x-\#(id)","ts":"2024-11-\#(day)T18:00:00+08:00","type":"op.phase","post":"nunukan","op":"\#(id)","phase":"closed"}"#]
        }
        let lines = meeting("follow", day: "18", actionState: "open") + meeting("done", day: "18", actionState: "done")
            + meeting("today", day: "20", actionState: "done") + operation("late", closedOn: "20") + operation("past", closedOn: "18")
        let input = Self.input(lines, now: "2024-11-20T20:00:00+08:00")
        #expect(DashboardView.rowIDs(.timpora, input: input, model: DashboardModel()) == ["follow", "today"])
        #expect(DashboardView.rowIDs(.operations, input: input, model: DashboardModel()) == ["late"])
        #expect(DashboardView.rowIDs(.timpora, input: input, model: DashboardModel(rowScope: .all)).count == 3)
    }

    /// A voyage closed from its detail view stays in view until Esc (the selection does not jump
    /// to another voyage under the officer's hands), then leaves the working rows.
    @Test func aVoyageClosedInItsDetailStaysUntilEsc() {
        let lines = Self.voyage("late", post: "nunukan", departs: "2024-11-18T09:00:00+08:00", closed: false)
            + Self.voyage("next", post: "nunukan", departs: "2024-11-21T09:00:00+08:00", closed: false)
        let loop = TestLoop(Self.input(lines, now: "2024-11-20T10:00:00+08:00"), from: LoopModel(ui: DashboardModel()))
        loop.press(.enter)
        #expect(loop.ui.detail == .voyages && loop.ui.selectedIDs[.voyages] == "late")
        var data = loop.data
        data.fold = foldLines([#"{"id":"c-late","ts":"2024-11-20T10:01:00+08:00","type":"voyage.closed","post":"nunukan","voyage":"late","departed":"2024-11-18T09:00:00+08:00"}"#],
                              into: data.fold, firstLine: lines.count + 1)
        var order = VoyageOrder()
        order.update(data.fold.state, touched: AlertTouches(everything: true))
        data.voyageOrder = order
        loop.data = data
        #expect(DashboardView.rowIDs(.voyages, input: loop.data, model: loop.ui) == ["next", "late"])
        loop.press(.escape)
        #expect(DashboardView.rowIDs(.voyages, input: loop.data, model: loop.ui) == ["next"])
    }
}

/// Two digits, as times are written.
func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

/// A small seeded generator: a failing case names its seed.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(max(bound, 1)))
    }
}
