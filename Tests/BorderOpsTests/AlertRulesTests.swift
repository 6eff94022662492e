import BorderOps
import ExactKeys
import Words
import Foundation
import Testing

/// Each alert rule at instants before, at and after its threshold, and acknowledgements.
@Suite struct AlertRulesTests {
    /// Folds hand-written events (`ts` given as WITA clock times on 20 Nov 2024).
    func fold(_ lines: [String]) -> EventFold {
        var fold = EventFold()
        for (n, line) in lines.enumerated() { fold.ingest(LineDecoder.decode(line), origin: LineOrigin(source: "t.jsonl", line: n + 1)) }
        return fold
    }

    func at(_ clock: String, day: Int = 20) -> Timestamp { Timestamp.parse("2024-11-\(day)T\(clock):00+08:00")! }

    func alerts(_ lines: [String], _ clock: String, day: Int = 20, settings: AlertSettings = AlertSettings(), sources: [SourceHealth] = []) -> [Alert] {
        AlertRules.evaluate(fold(lines).state, sources: sources, now: at(clock, day: day), settings: settings)
    }

    static func event(_ n: Int, _ clock: String, _ type: String, _ fields: String, by: String = "imigrasi-01") -> String {
        #"{"id":"e\#(n)","ts":"2024-11-20T\#(clock):00+08:00","type":"\#(type)","post":"nunukan","by":"\#(by)",\#(fields)}"#
    }

    /// The same events with other ids (each list numbers its own from e1).
    static func renumbered(_ lines: [String], _ prefix: String) -> [String] {
        lines.map { $0.replacingOccurrences(of: "{\"id\":\"e", with: "{\"id\":\"\(prefix)") }
    }

    static let voyage = [
        event(1, "12:00", "voyage.opened", #""voyage":"v1","vessel":"KM. Thalia","from":"Nunukan","to":"Pare-Pare","departs":"2024-11-20T15:00:00+08:00","manifest":3"#),
        event(2, "13:00", "passenger.checked", #""voyage":"v1","passenger":"p1","doc":"ktp","result":"cleared""#),
    ]

    @Test func departureWarnsThenTurnsCritical() {
        #expect(alerts(Self.voyage, "14:29").isEmpty, "before the 30-minute window")
        let warning = alerts(Self.voyage, "14:30")
        #expect(warning.map(\.id) == ["departure:v1"])
        #expect(warning.first?.severity == .warning)
        #expect(warning.first?.began == at("14:30"))
        #expect(warning.first?.text.en == "KM. Thalia departs 15.00 WITA: 2 of 3 passengers not yet checked")
        #expect(warning.first?.text.id == "KM. Thalia berangkat 15.00 WITA: 2 dari 3 penumpang belum diperiksa")
        #expect(alerts(Self.voyage, "14:59").first?.severity == .warning)
        let critical = alerts(Self.voyage, "15:00")
        #expect(critical.first?.severity == .critical)
        #expect(critical.first?.since == at("15:00"))
        #expect(alerts(Self.voyage, "18:00").first?.severity == .critical, "stays critical until checked or closed")
        // A longer window from the option.
        #expect(alerts(Self.voyage, "14:00", settings: AlertSettings(warnDepartureMinutes: 60)).first?.severity == .warning)
    }

    @Test func departureEndsWhenEveryoneIsCheckedOrTheVoyageCloses() {
        let checked = Self.voyage + [
            Self.event(3, "13:01", "passenger.checked", #""voyage":"v1","passenger":"p2","doc":"ktp","result":"postponed""#),
            Self.event(4, "13:02", "passenger.checked", #""voyage":"v1","passenger":"p3","doc":"ktp","result":"cleared""#),
        ]
        #expect(alerts(checked, "14:45").isEmpty)
        let closed = Self.voyage + [Self.event(3, "15:05", "voyage.closed", #""voyage":"v1""#)]
        #expect(alerts(closed, "15:30").isEmpty)
        // A re-check of one passenger does not count twice.
        let rechecked = Self.voyage + [Self.event(3, "13:05", "passenger.checked", #""voyage":"v1","passenger":"p1","doc":"ktp","result":"referred""#)]
        #expect(alerts(rechecked, "14:45").first?.text.en.contains("2 of 3") == true)
    }

    static let actions = [
        event(1, "11:00", "action.assigned", #""meeting":"m1","action":"a1","title":"Kirim data manifes","owner":"ksop","due":"2024-11-20T13:00:00+08:00""#),
        event(2, "11:01", "action.assigned", #""meeting":"m1","action":"a2","title":"Imbauan publik","owner":"kesbangpol","due":"2024-11-22""#),
    ]

    @Test func actionPastItsDueDateWarnsWhileOpen() {
        #expect(alerts(Self.actions, "12:59").isEmpty)
        let due = alerts(Self.actions, "13:00")
        #expect(due.map(\.id) == ["action:a1"])
        #expect(due.first?.severity == .warning && due.first?.began == at("13:00"))
        // A date-only due date falls due at the end of that day in the post's zone.
        #expect(alerts(Self.actions, "23:59", day: 22).map(\.id) == ["action:a1"])
        #expect(Set(alerts(Self.actions, "00:00", day: 23).map(\.id)) == ["action:a1", "action:a2"])
        let done = Self.actions + [Self.event(3, "12:00", "action.state", #""action":"a1","state":"done""#)]
        #expect(alerts(done, "14:00").isEmpty)
        let dropped = Self.actions + [Self.event(3, "12:00", "action.state", #""action":"a1","state":"dropped""#)]
        #expect(alerts(dropped, "14:00").isEmpty)
    }

    static let finding = [
        event(1, "13:00", "op.planned", #""op":"op1","title":"Opgab Tunon Taka","location":"Tunon Taka","lead":"imigrasi","agencies":["imigrasi"],"starts":"2024-11-20T13:00:00+08:00""#),
        event(2, "13:40", "op.finding", #""op":"op1","finding":"f1","category":"narcotics","severity":"critical","summary":"sabu di X-ray""#),
        event(3, "13:41", "op.finding", #""op":"op1","finding":"f2","category":"pmi","severity":"warning","summary":"CPMI""#),
    ]

    @Test func criticalFindingUntilAcknowledged() {
        #expect(alerts(Array(Self.finding.prefix(1)), "14:00").isEmpty)
        let open = alerts(Self.finding, "13:40")
        #expect(open.map(\.id) == ["finding:op1:f1"], "only critical findings alert")
        #expect(open.first?.severity == .critical && open.first?.acknowledged == false)
        let acked = Self.finding + [Self.event(4, "13:45", "alert.ack", #""alert":"finding:op1:f1","note":"diserahkan ke Bea Cukai""#, by: "duty-02")]
        let after = alerts(acked, "13:50")
        #expect(after.first?.acknowledged == true)
        #expect(after.first?.acknowledgement?.by == "duty-02")
        #expect(after.first?.acknowledgement?.note == "diserahkan ke Bea Cukai")
        // Downgraded by a later finding event: no longer critical, no alert.
        let downgraded = Self.finding + [Self.event(4, "13:50", "op.finding", #""op":"op1","finding":"f1","category":"narcotics","severity":"warning","summary":"bukan sabu""#)]
        #expect(alerts(downgraded, "14:00").isEmpty)
    }

    @Test func acknowledgementOfAWarningDoesNotCoverTheCritical() {
        let acked = Self.voyage + [Self.event(3, "14:40", "alert.ack", #""alert":"departure:v1""#, by: "duty-01")]
        #expect(alerts(acked, "14:45").first?.acknowledged == true)
        let critical = alerts(acked, "15:01").first
        #expect(critical?.severity == .critical)
        #expect(critical?.acknowledged == false, "the departure passed after the warning was acknowledged")
        let again = acked + [Self.event(4, "15:02", "alert.ack", #""alert":"departure:v1""#, by: "duty-01")]
        #expect(alerts(again, "15:03").first?.acknowledged == true)
    }

    @Test func unacknowledgedFirstThenSeverityThenNewest() {
        let lines = Self.voyage + Self.renumbered(Self.actions, "a") + Self.renumbered(Self.finding, "f")
            + [Self.event(30, "14:00", "alert.ack", #""alert":"finding:op1:f1""#)]
        let list = alerts(lines, "15:10")
        #expect(list.map(\.id) == ["departure:v1", "action:a1", "finding:op1:f1"])
        #expect(list.map(\.acknowledged) == [false, false, true])
    }

    @Test func stalePostsOnlyWhenAsked() {
        #expect(alerts(Self.voyage, "13:20").isEmpty)
        let settings = AlertSettings(staleMinutes: 15)
        #expect(alerts(Self.voyage, "13:14", settings: settings).isEmpty)
        let stale = alerts(Self.voyage, "13:15", settings: settings)
        #expect(stale.map(\.id) == ["stale:nunukan"])
        #expect(stale.first?.severity == .warning && stale.first?.began == at("13:15"))
        #expect(stale.first?.text.en == "Post nunukan not heard from for 15 min (last event 13.00 WITA)")
    }

    /// Acknowledging a stale post is not news from it; and an acknowledgement belongs to one
    /// episode: stale again later, it rings again.
    @Test func acknowledgementCoversOneEpisodeAndIsNotPostActivity() {
        let settings = AlertSettings(staleMinutes: 15)
        let ack = Self.event(3, "13:20", "alert.ack", #""alert":"stale:nunukan""#, by: "hq-duty")
        let acked = fold(Self.voyage + [ack])
        #expect(acked.state.posts["nunukan"]?.lastEvent == at("13:00"), "the ack is not the post speaking")
        #expect(acked.state.posts["nunukan"]?.events == 2)
        let first = AlertRules.evaluate(acked.state, now: at("13:30"), settings: settings)
        #expect(first.first?.id == "stale:nunukan" && first.first?.acknowledged == true)
        // Heard from at 13.40, silent again from 13.55: a new episode, not covered.
        let later = Self.voyage + [ack, Self.event(4, "13:40", "passenger.checked", #""voyage":"v1","passenger":"p2","doc":"ktp","result":"cleared""#)]
        let second = alerts(later, "14:00", settings: settings)
        #expect(second.first { $0.id == "stale:nunukan" }?.acknowledged == false)
        // More malformed lines after an acknowledgement ring again.
        var health = SourceHealth(path: "p.jsonl", malformed: 2, malformedSince: at("10:00"), malformedGrew: at("10:00"))
        let seen = Self.event(9, "10:30", "alert.ack", #""alert":"malformed:p.jsonl""#)
        #expect(alerts([seen], "10:45", sources: [health]).first?.acknowledged == true)
        health.malformed = 3
        health.malformedGrew = at("10:40")
        #expect(alerts([seen], "10:45", sources: [health]).first?.acknowledged == false)
    }

    /// A date-only due date falls due at the end of that day in the post's own zone, whatever
    /// the viewer's zone: every terminal agrees.
    @Test func dueDatesUseThePostsZone() {
        let action = Self.event(1, "09:00", "action.assigned", #""meeting":"m1","action":"a1","title":"t","owner":"imigrasi","due":"2024-11-20""#)
            .replacingOccurrences(of: "\"post\":\"nunukan\"", with: "\"post\":\"skouw\"")
        let wit = AlertSettings(postZones: ["skouw": .wit])
        // Midnight WIT is 23.00 WITA.
        #expect(alerts([action], "22:59", settings: wit).isEmpty)
        #expect(alerts([action], "23:00", settings: wit).map(\.id) == ["action:a1"])
        #expect(alerts([action], "23:30").isEmpty, "an unlisted post is taken as WITA")
    }

    @Test func sourceProblemsAndMalformedLines() {
        let since = at("10:00")
        let sources = [
            SourceHealth(path: "/posts/a.jsonl", problem: .deleted, problemSince: since),
            SourceHealth(path: "/posts/b.jsonl", malformed: 3, malformedSince: since),
            SourceHealth(path: "/posts/c.jsonl"),
        ]
        let list = alerts([], "10:05", sources: sources)
        #expect(list.map(\.id) == ["source:/posts/a.jsonl", "malformed:/posts/b.jsonl"])
        #expect(list.map(\.severity) == [.warning, .info])
        #expect(list[1].text.en == "3 malformed lines in /posts/b.jsonl")
        #expect(list[1].text.id == "3 baris rusak di /posts/b.jsonl")
    }

    /// The alert "cannot read" says why from the value, in both languages: the C library's
    /// error from the words table, what a non-regular file is, a file deleted.
    @Test func anUnreadableSourceIsSaidInBothLanguages() {
        let since = at("10:00")
        let cases: [(SourceReadProblem, String, String)] = [
            (.system(EACCES), "Cannot read /p/a.jsonl: Permission denied", "Tidak dapat membaca /p/a.jsonl: izin ditolak"),
            (.system(ENOENT), "Cannot read /p/a.jsonl: No such file or directory", "Tidak dapat membaca /p/a.jsonl: berkas atau direktori tidak ada"),
            (.system(4242), "Cannot read /p/a.jsonl: error 4242", "Tidak dapat membaca /p/a.jsonl: galat 4242"),
            (.notRegular(.fifo), "Cannot read /p/a.jsonl: is a named pipe (FIFO), not a regular file",
             "Tidak dapat membaca /p/a.jsonl: berupa pipa bernama (FIFO), bukan berkas biasa"),
            (.deleted, "Cannot read /p/a.jsonl: deleted", "Tidak dapat membaca /p/a.jsonl: dihapus"),
        ]
        for (problem, english, indonesian) in cases {
            let list = alerts([], "10:05", sources: [SourceHealth(path: "/p/a.jsonl", problem: problem, problemSince: since)])
            #expect(list.map(\.text) == [Word(en: english, id: indonesian)])
        }
    }

    @Test func trackerKeepsWhenAProblemWasFirstSeen() {
        var tracker = SourceHealthTracker()
        tracker.observe(problems: ["a": nil], malformed: ["a": 1], now: at("10:00"))
        tracker.observe(problems: ["a": .deleted], malformed: ["a": 4], now: at("10:05"))
        tracker.observe(problems: ["a": .deleted], malformed: ["a": 5], now: at("10:09"))
        let a = tracker.all.first
        #expect(a?.malformed == 5 && a?.malformedSince == at("10:00"))
        #expect(a?.problem == .deleted && a?.problemSince == at("10:05"))
        tracker.observe(problems: ["a": nil], malformed: [:], now: at("10:10"))
        #expect(tracker.all.first?.problem == nil)
    }

    @Test func nextChangeIsTheNextThreshold() {
        let lines = Self.voyage + Self.renumbered(Self.actions, "a")
        #expect(AlertRules.nextChange(fold(lines).state, now: at("12:00")) == at("13:00"))
        #expect(AlertRules.nextChange(fold(lines).state, now: at("13:00")) == at("14:30"))
        #expect(AlertRules.nextChange(fold(lines).state, now: at("14:30")) == at("15:00"))
    }

    /// `alert.ack` is a Borderdesk extension: a spec-only reader counts it as an unknown type,
    /// and so does the headless summary; a broken one is not malformed.
    @Test func acknowledgementIsCountedAsUnknownAndNeverMalformed() {
        let good = Self.event(1, "13:00", "alert.ack", #""alert":"departure:v1""#)
        let bad = Self.event(2, "13:01", "alert.ack", #""note":"no alert id""#)
        guard case .extended(_, .valid(.alertAck(let id, nil))) = LineDecoder.decode(good) else { Issue.record("not decoded"); return }
        #expect(id == "departure:v1")
        guard case .extended(_, .invalid(let reason)) = LineDecoder.decode(bad) else { Issue.record("not decoded"); return }
        #expect(reason == "missing field \"alert\"")
        let folded = fold([good, bad])
        #expect(folded.counts.unknown == 2 && folded.counts.malformed == 0 && folded.counts.folded == 0)
        #expect(folded.state.acknowledgements["departure:v1"]?.by == "imigrasi-01")
        // Both JSON paths agree.
        #expect(LineDecoder.decode(good, path: .strictOnly) == LineDecoder.decode(good))
        #expect(LineDecoder.decode(bad, path: .strictOnly) == LineDecoder.decode(bad))
    }

    @Test func horizonLeavesOutLaterEvents() {
        var f = EventFold()
        f.horizon = at("13:00")
        for (n, line) in Self.voyage.enumerated() { f.ingest(LineDecoder.decode(line), origin: LineOrigin(source: "t", line: n + 1)) }
        f.ingest(LineDecoder.decode(Self.event(9, "13:01", "passenger.checked", #""voyage":"v1","passenger":"p2","doc":"ktp","result":"cleared""#)),
                 origin: LineOrigin(source: "t", line: 3))
        #expect(f.counts.folded == 2 && f.counts.lines == 2)
        #expect(f.state.voyages["v1"]?.checked == 1)
        #expect(!f.hasSeen(id: "e9"))
    }
}
