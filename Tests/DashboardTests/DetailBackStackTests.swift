import BorderOps
import Dashboard
import Testing
import Words

/// Esc in a detail view goes back one level at a time (issue 18): search → the desk's detail →
/// a seizure → Esc Esc Esc returns through each view, each with the selection it had, the hints
/// line naming where Esc goes; the stack of return levels is bounded.
@Suite struct DetailBackStackTests {
    /// The long lists (`EveryListReachesItsEndTests.input`) and two daily figures of bea-cukai:
    /// searching "bea-cukai" lists the two figures (both open the desk) among other hits.
    static func input() -> DashboardInput {
        var input = EveryListReachesItsEndTests.input()
        for (n, metric) in ["patrol", "sambang"].enumerated() {
            input.fold.ingest(LineDecoder.decode(
                #"{"id":"k\#(n)","ts":"2024-11-20T11:00:00+08:00","type":"kpi.reported","post":"nunukan","by":"bc-01","date":"2024-11-20","agency":"bea-cukai","metric":"\#(metric)","count":4}"#),
                origin: LineOrigin(source: "k", line: n + 1))
        }
        return input
    }

    static func hints(_ loop: TestLoop) -> String { loop.text.split(separator: "\n").last.map(String.init) ?? "" }

    @Test(arguments: [(Language.id, 80, 24), (.en, 80, 24), (.id, 120, 35), (.en, 60, 20), (.id, 40, 12)])
    func escGoesBackThroughEachLevelWithItsSelection(_ language: Language, _ width: Int, _ height: Int) throws {
        let loop = TestLoop(Self.input(), language: language, width: width, height: height)
        let back = Word.keyHintBackTo.text(language)
        loop.press(.character("s"))
        loop.press("bea-cukai".map { Key.character($0) })
        // The second figure's hit (the sample data's meetings and figures come up too).
        let hits = GlobalSearch.hits(loop.data, model: loop.ui)
        let figure = try #require(hits.indices.filter { hits[$0].target == .desk }.dropFirst().first)
        loop.press(Array(repeating: Key.down, count: figure))
        #expect(figure > 0 && loop.ui.overlaySelection == figure, "\(loop.text)")
        loop.press(.enter)
        #expect(loop.ui.overlay == .describe(.desk), "\(loop.text)")
        #expect(Self.hints(loop).contains("\(back) \(Word.placeSearch.text(language))"), "\(loop.text)")
        // In the desk's detail: the third seizure (newest first: S30, S29, S28), then open it.
        loop.press(.down, .down)
        let deskTop = loop.ui.overlaySelection
        #expect(EveryListReachesItsEndTests.cursorRow(loop).contains("S28"), "\(loop.text)")
        loop.press(.enter)
        #expect(loop.ui.overlay == .describe(.seizure("S28")), "\(loop.text)")
        #expect(Self.hints(loop).contains("\(back) desk"), "\(loop.text)")
        // Esc: the desk's detail, S28 still selected, scrolled as it was.
        loop.press(.escape)
        #expect(loop.ui.overlay == .describe(.desk))
        #expect(loop.ui.detailLink == 2 && loop.ui.overlaySelection == deskTop)
        #expect(EveryListReachesItsEndTests.cursorRow(loop).contains("S28"), "\(loop.text)")
        #expect(Self.hints(loop).contains("\(back) \(Word.placeSearch.text(language))"), "\(loop.text)")
        // Esc: the search, its query and selected hit as they were.
        loop.press(.escape)
        #expect(loop.ui.overlay == .search)
        #expect(loop.ui.searchQuery == "bea-cukai" && loop.ui.overlaySelection == figure, "\(loop.text)")
        #expect(!Self.hints(loop).contains(back), "\(loop.text)")
        // Esc: the panes.
        loop.press(.escape)
        #expect(loop.ui.overlay == nil)
        #expect(loop.ui.detailReturns.entries.isEmpty)
    }

    /// A detail opened from the panes has nothing behind it: Esc closes, and the hints say so;
    /// a walk left by another way (a list closed) does not linger under the next one.
    @Test func aDetailFromThePanesClosesAndStartsAFreshWalk() {
        let loop = TestLoop(Self.input(), width: 80, height: 24)
        loop.press(.character("4"), .character("d"), .enter)
        #expect(loop.ui.detailReturns.entries.map(\.overlay) == [.describe(.desk)])
        loop.press(.escape)
        #expect(Self.hints(loop).contains(Word.keyHintClose.text(.id)), "\(loop.text)")
        loop.press(.escape)
        #expect(loop.ui.overlay == nil)
        loop.press(.character("b"), .character("d"))
        #expect(loop.ui.detailReturns.entries.map(\.overlay) == [.badLines])
        #expect(Self.hints(loop).contains("\(Word.keyHintBackTo.text(.id)) \(Word.placeBadLines.text(.id))"), "\(loop.text)")
        loop.press(.escape)
        #expect(loop.ui.overlay == .badLines)
    }

    @Test func aStackAtItsBoundDropsTheOldest() {
        var stack = DetailReturnStack()
        for n in 0...DetailReturnStack.bound {
            stack.push(DetailReturn(overlay: .describe(.seizure("S\(n)")), selection: n, link: n))
        }
        #expect(stack.entries.count == DetailReturnStack.bound)
        #expect(stack.entries.first?.selection == 1, "the oldest (0) is dropped")
        var popped: [Int] = []
        while let entry = stack.pop() { popped.append(entry.selection) }
        #expect(popped == Array((1...DetailReturnStack.bound).reversed()))
    }

    /// Every place Esc can name is said in the language, ids kept as they are.
    @Test func placesAreNamedInTheLanguage() {
        #expect(DetailReturn(overlay: .alerts, selection: 0, link: 0).place.text(.id) == "daftar peringatan")
        #expect(DetailReturn(overlay: .describe(.seizure("BC-1")), selection: 0, link: 0).place.text(.id) == "penindakan BC-1")
        #expect(DetailReturn(overlay: .describe(.seizure("BC-1")), selection: 0, link: 0).place.text(.en) == "seizure BC-1")
        #expect(DetailReturn(overlay: .describe(.badLine(LineOrigin(source: "p.jsonl", line: 4))), selection: 0, link: 0).place.text(.id) == "baris rusak p.jsonl:4")
    }
}
