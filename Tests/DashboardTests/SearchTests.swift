import BorderOps
import Dashboard
import Testing
import Words

/// `s`, the search across panes: one query over voyages, operations, meetings, the desk and
/// the alerts, matching text inside items as `/` does; hits grouped by pane with their kind's
/// word; Enter opens a hit's detail and Esc comes back to the hits.
@Suite struct SearchTests {
    /// Two more voyages and a seizure, so every group can have hits.
    static let extra = ClickTests.voyages + [
        #"{"id":"x-s1","ts":"2024-11-20T13:10:00+08:00","type":"seizure.recorded","post":"nunukan","case":"BC-NNK-77","commodity":"lobster_seed","value_idr":750000000,"suspects":2,"agency":"bea-cukai"}"#,
    ]

    func searching(_ query: String, language: Language = .id, width: Int = 120, height: Int = 35) -> TestLoop {
        let loop = TestLoop(thaliaAt1440(Self.extra), language: language, width: width, height: height)
        loop.press(.character("s"))
        loop.type(query)
        return loop
    }

    @Test(arguments: [Language.id, .en])
    func oneQueryFindsTextInsideItemsInEveryPaneGroupedWithTheirKind(_ language: Language) {
        // `ksop`: a team of the operation, an attendee and an action's owner of the meeting,
        // and the words of the overdue action's alert; no voyage, no desk row.
        let loop = searching("ksop", language: language)
        #expect(loop.ui.overlay == .search)
        let (operations, meetings) = (PaneID.operations.title.text(language), PaneID.timpora.title.text(language))
        #expect(loop.text.contains("\(operations) (1)"), "\(loop.text)")
        #expect(loop.text.contains("\(meetings) (1)"))
        #expect(loop.text.contains("\(Word.alerts.text(language)) (1)"))
        #expect(!loop.text.contains("\(PaneID.voyages.title.text(language)) ("))
        #expect(!loop.text.contains("\(PaneID.desk.title.text(language)) ("))
        for kind in [Word.searchKindOperation, .searchKindMeeting, .searchKindAlert] {
            #expect(loop.row("  \(kind.text(language)) ").contains("·"), "\(kind.text(language)) in\n\(loop.text)")
        }
        // The groups in pane order, the alerts last.
        let lines = loop.text.split(separator: "\n")
        let at = { (heading: String) in lines.firstIndex { $0.contains(heading + " (") } ?? -1 }
        #expect(at(operations) < at(meetings) && at(meetings) < at(Word.alerts.text(language)))
    }

    @Test func enterOpensTheSelectedHitAndEscComesBackToTheHits() {
        let loop = searching("lambelu")
        #expect(loop.text.contains("pelayaran  KM. Lambelu · Nunukan→Makassar · 22.00 · nunukan"), "\(loop.text)")
        loop.press(.enter)
        #expect(loop.ui.overlay == .describe(.voyage("lambelu-20241120")))
        #expect(loop.takeEffects().contains(.readChecks(voyage: "lambelu-20241120")))
        loop.press(.escape)
        #expect(loop.ui.overlay == .search && loop.ui.searchQuery == "lambelu", "back to the hits, the query kept")
        loop.press(.escape)
        #expect(loop.ui.overlay == nil)
    }

    @Test func theArrowsChooseAmongTheHitsAndASeizureOpensItsOwnDetail() {
        // `bea-cukai`: the seizure's agency, a KPI report's agency, teams' agency, an attendee.
        let loop = searching("bea-cukai")
        let hits = GlobalSearch.hits(loop.data, model: loop.ui)
        let seizure = hits.firstIndex { $0.kind == .searchKindSeizure }
        #expect(seizure != nil, "\(loop.text)")
        #expect(loop.text.contains("penindakan  BC-NNK-77 · benih bening lobster · Rp750 jt · bea-cukai"), "\(loop.text)")
        for _ in 0..<(seizure ?? 0) { loop.press(.down) }
        #expect(loop.ui.overlaySelection == seizure)
        loop.press(.enter)
        #expect(loop.ui.overlay == .describe(.seizure("BC-NNK-77")))
        #expect(loop.text.contains("BC-NNK-77"))
    }

    @Test(arguments: [(Language.id, "Tidak ada yang cocok"), (.en, "No match")])
    func nothingMatchingSaysSo(_ language: Language, _ sentence: String) {
        let loop = searching("zzz-tidak-ada", language: language)
        #expect(loop.text.contains(sentence), "\(loop.text)")
        loop.press(.enter)
        #expect(loop.ui.overlay == .search, "Enter with no hit opens nothing")
        #expect(loop.model.notice == nil)
        loop.press(.backspace)
        #expect(loop.ui.searchQuery == "zzz-tidak-ad")
    }

    @Test func theKeyIsInTheKeyTableAndHelpListsIt() {
        let context = KeyContext.of(DashboardModel(rowScope: .all), canWrite: false)
        #expect(context.lookup(.character("s")) == .command(.search))
        #expect(context.helpLines(.id).contains { $0.hasPrefix("s ") && $0.contains(Word.keySearchAll.id) })
        #expect(context.helpLines(.en).contains { $0.hasPrefix("s ") && $0.contains(Word.keySearchAll.en) })
        // In the search every letter is typed: `q` and `s` are part of the query.
        let loop = searching("qs")
        #expect(loop.ui.searchQuery == "qs" && !loop.ui.quit)
    }

    @Test(arguments: [(Language.id, "search-id-80x24"), (.en, "search-en-80x24")])
    func goldenFrames(_ language: Language, _ name: String) throws {
        let loop = searching("ksop", language: language, width: 80, height: 24)
        let grid = try #require(loop.screen.lastGrid)
        let (ok, diff) = matchesGolden(grid, name)
        #expect(ok, "\(diff)")
    }
}
