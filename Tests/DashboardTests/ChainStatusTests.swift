import BorderOps
import Dashboard
import Testing
import Words

/// Each file's integrity chain in the status line (sealed / lines not covered yet / broken at
/// FILE:LINE), and the warning alert a broken chain raises.
@Suite struct ChainStatusTests {
    static let path = "sample-data/nunukan-2024-11-20.jsonl"
    static let now = Timestamp.parse("2024-11-21T10:00:00+08:00")!

    func input(_ chain: SourceStatus.Chain?, path: String = ChainStatusTests.path) -> DashboardInput {
        var input = sampleInput()
        input.sources = [SourceStatus(path: path, state: .following, chain: chain)]
        return input
    }

    func statusRow(_ input: DashboardInput, language: Language = .id, width: Int = 80, height: Int = 24, ascii: Bool = false) -> String {
        DashboardView.render(input, model: DashboardModel(language: language, rowScope: .all), width: width, height: height, ascii: ascii).lines[height - 2]
    }

    func statusRow(_ loop: TestLoop) -> String {
        String(loop.text.split(separator: "\n", omittingEmptySubsequences: false)[22])
    }

    /// The status row at 80×24, exactly (golden-frame style): the seal follows the file's state
    /// and fits before the clock; a long count is shortened there.
    @Test func statusRowAt80x24() {
        #expect(statusRow(input(.sealed)) == " ● nunukan-2024-11-20.jsonl mengikuti, tersegel · HANYA BACA · kej…  10.00 WITA")
        #expect(statusRow(input(.notCovered(lines: 3))) == " ● nunukan-2024-11-20.jsonl mengikuti, 3 belum tercakup · HANYA BA…  10.00 WITA")
        #expect(statusRow(input(.broken(line: 17))) == " ⚠ rantai putus di nunukan-2024-11-20.jsonl:17 · ● nunukan-2024-11…  10.00 WITA")
        #expect(statusRow(input(.broken(line: 17)), ascii: true) == " ! rantai putus di nunukan-2024-11-20.jsonl:17 | * nunukan-2024-11~  10.00 WITA")
        #expect(statusRow(input(.sealed), language: .en) == " ● nunukan-2024-11-20.jsonl following, sealed · READ-ONLY · last e…  10.00 WITA")
        // A long name is cut in the broken part, so the line number stays in view.
        let long = input(.broken(line: 123456), path: "/data/pos-lintas-batas-negara-entikong-operator-utama.jsonl")
        #expect(statusRow(long).hasPrefix(" ⚠ rantai putus di pos-lintas-batas-negara-…:123456 · "), "\(statusRow(long))")
        // No chain tracked (standard input, or an older caller): the line as it always was.
        #expect(statusRow(input(nil)) == statusRow(sampleInput()))
    }

    @Test func wideLinesUseTheFullWords() {
        #expect(statusRow(input(.notCovered(lines: 1)), language: .en, width: 120, height: 35)
            .contains("● nunukan-2024-11-20.jsonl following, 1 line not covered yet · "))
        #expect(statusRow(input(.notCovered(lines: 12)), width: 200, height: 35).contains("mengikuti, 12 baris belum tercakup · "))
        // Where the full words would push the counts out, the short ones; where even those
        // would, the seal goes last (cut first), the malformed count stays.
        #expect(statusRow(input(.notCovered(lines: 12)), width: 120, height: 35)
            == " ● nunukan-2024-11-20.jsonl mengikuti, 12 belum tercakup · HANYA BACA · kejadian terakhir 09.00 · rusak 0 …  10.00 WITA")
        var written = input(.notCovered(lines: 123456))
        written.writer = (operatorID: "imigrasi-07", file: "/data/post.jsonl")
        #expect(statusRow(written, width: 120, height: 35)
            == " ● nunukan-2024-11-20.jsonl mengikuti · ✎ post.jsonl (imigrasi-07) · kejadian terakhir 09.00 · rusak 0 · d…  10.00 WITA")
        // Nothing keeps the count in view: the short words, cut where the line ends.
        written.writer = (operatorID: "imigrasi-07", file: "/data/nunukan-2024-11-20.jsonl")
        #expect(statusRow(written, width: 120, height: 35)
            == " ● nunukan-2024-11-20.jsonl mengikuti, 123456 belum tercakup · ✎ nunukan-2024-11-20.jsonl (imigrasi-07) · …  10.00 WITA")
        #expect(statusRow(input(.broken(line: 9)), language: .en, width: 120, height: 35).contains("⚠ chain broken at nunukan-2024-11-20.jsonl:9 · "))
    }

    /// Many files are counted: their seal is one, the lines not covered added up; a broken one
    /// is named on its own and left out of the count's seal.
    @Test func manyFilesShareOneSeal() {
        var sources = (1...4).map { SourceStatus(path: "/hq/post\($0)/a.jsonl", state: .following, chain: .sealed) }
        var input = DashboardInput(fold: EventFold(), sources: sources, now: Self.now)
        #expect(statusRow(input, width: 200, height: 35).contains("● 4 berkas mengikuti, tersegel · "))
        sources[1].chain = .notCovered(lines: 2)
        sources[2].chain = .notCovered(lines: 5)
        sources[3].chain = .broken(line: 4)
        input.sources = sources
        let row = statusRow(input, width: 200, height: 35)
        #expect(row.hasPrefix(" ⚠ rantai putus di a.jsonl:4 · ● 4 berkas mengikuti, 7 baris belum tercakup · "), "\(row)")
    }

    /// The rule: a broken link is a warning alert `chain:PATH`, from when it was first seen, gone
    /// when the file is read afresh and holds; the words say it in both languages.
    @Test func aBrokenChainIsAWarningAlert() {
        var tracker = SourceHealthTracker()
        tracker.observe(problems: [Self.path: nil], malformed: [:], chainBreaks: [Self.path: nil], now: Self.now)
        #expect(AlertRules.evaluate(BorderState(), sources: tracker.all, now: Self.now).isEmpty)
        let later = Self.now.adding(minutes: 5)
        tracker.observe(problems: [Self.path: nil], malformed: [:], chainBreaks: [Self.path: 17], now: later)
        tracker.observe(problems: [Self.path: nil], malformed: [:], chainBreaks: [Self.path: 17], now: later.adding(minutes: 5))
        let alerts = AlertRules.evaluate(BorderState(), sources: tracker.all, now: later.adding(minutes: 10))
        #expect(alerts.map(\.id) == ["chain:\(Self.path)"])
        #expect(alerts.first?.severity == .warning && alerts.first?.began == later)
        #expect(alerts.first?.subject == .brokenChain(path: Self.path, line: 17))
        #expect(alerts.first?.text.text(.id).hasPrefix("Rantai integritas putus di \(Self.path):17") == true)
        #expect(alerts.first?.text.text(.en).hasPrefix("Integrity chain broken at \(Self.path):17") == true)
        tracker.observe(problems: [Self.path: nil], malformed: [:], chainBreaks: [Self.path: nil], now: later.adding(minutes: 20))
        #expect(AlertRules.evaluate(BorderState(), sources: tracker.all, now: later.adding(minutes: 20)).isEmpty)
    }

    /// In the running loop: the status line and the alert strip follow the data as it changes
    /// (a line from another writer, then a broken link), with no key pressed.
    @Test func theLoopShowsTheSealAsItChanges() {
        let loop = TestLoop(input(.sealed), width: 80, height: 24)
        #expect(statusRow(loop).contains("mengikuti, tersegel"))
        loop.data = input(.notCovered(lines: 1))
        loop.send(.sourcesChanged)
        #expect(statusRow(loop).contains("mengikuti, 1 belum tercakup"))
        var broken = input(.broken(line: 436))
        var tracker = SourceHealthTracker()
        tracker.observe(problems: [:], malformed: [:], chainBreaks: [Self.path: 436], now: Self.now)
        broken.alerts = AlertRules.evaluate(broken.state, sources: tracker.all, now: Self.now)
        loop.data = broken
        loop.send(.sourcesChanged)
        #expect(statusRow(loop).contains("⚠ rantai putus di nunukan-2024-11-20.jsonl:436"))
        let strip = loop.row("Rantai integritas")
        // The severity in words and mark, not by colour alone; the path is cut at 80 columns.
        #expect(strip.hasPrefix(" ▲ PERHATIAN sejak 10.00  Rantai integritas putus di sample-data/nunukan-2024"), "\(strip)")
    }
}
