import BorderOps
@testable import Dashboard
import TestSupport
import Testing

/// The desk pane's seizures, sorted by position and read in place (issue 19: sorting the
/// seizures themselves was half of the whole fold's first frame at 10M events): newest first,
/// the case id deciding between two of the same minute, a hidden post's left out, and the
/// summary (count, value, suspects) over those shown.
@Suite struct DeskRowsTests {
    static let posts = ["nunukan", "entikong", "skouw"]

    @Test(arguments: 0..<40)
    func seizuresNewestFirstWithTheSummaryOfThoseShown(seed: Int) {
        var random = SeededRandom(seed: UInt64(seed))
        struct Recorded {
            let caseID: String, post: String, minute: Int, value: Int64, suspects: Int64
        }
        var recorded: [Recorded] = []
        // Few minutes for many seizures: ties in time are common, so the case id must decide.
        for n in 0..<random.next(30) {
            recorded.append(Recorded(caseID: "BC-\(random.next(1000))-\(n)", post: Self.posts[random.next(3)], minute: random.next(6),
                                     value: Int64(random.next(5) * 250_000_000), suspects: Int64(random.next(4))))
        }
        let lines = recorded.enumerated().map { n, s in
            #"{"id":"s\#(n)","ts":"2024-11-20T10:0\#(s.minute):00+08:00","type":"seizure.recorded","post":"\#(s.post)","by":"bc-02","case":"\#(s.caseID)","commodity":"tobacco","value_idr":\#(s.value),"suspects":\#(s.suspects),"agency":"bea-cukai"}"#
        }
        let input = DashboardInput(fold: foldLines(lines), sources: [], now: Timestamp.parse("2024-11-20T12:00:00+08:00")!)
        var model = DashboardModel()
        model.hiddenPosts = Set(Self.posts.filter { _ in random.next(3) == 0 })

        let shownHere = recorded.filter { !model.hiddenPosts.contains($0.post) }
            .sorted { ($0.minute, $0.caseID) > ($1.minute, $1.caseID) }
        let expectedIDs = shownHere.isEmpty ? ["desk"] : KPIMetric.allCases.map { "kpi:" + $0.rawValue } + shownHere.map { "seizure:" + $0.caseID }
        #expect(DashboardView.rowIDs(.desk, input: input, model: model) == expectedIDs, "seed \(seed), hidden \(model.hiddenPosts)")

        let shown = DeskPane.shown(ViewContext(input: input, model: model))
        #expect(shown.seizures.map(\.caseID) == shownHere.map(\.caseID), "seed \(seed)")
        #expect(shown.seizureCount == shownHere.count)
        #expect(shown.value == shownHere.reduce(0) { $0 + $1.value })
        #expect(shown.suspects == shownHere.reduce(0) { $0 + $1.suspects })
    }
}
