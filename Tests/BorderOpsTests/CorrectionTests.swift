import BorderOps
import ExactKeys
import Testing

/// `event.voided` (format version 2): a voided event reads as if its line were not there,
/// wherever it is read, before or after the void, in any source.
@Suite struct CorrectionTests {
    static func event(_ id: String, _ clock: String, _ type: String, _ fields: String, post: String = "nunukan",
                      exercise: Bool = false) -> String {
        #"{"id":"\#(id)","ts":"2024-11-20T\#(clock)+08:00","type":"\#(type)","post":"\#(post)","by":"officer-\#(id)","#
            + (exercise ? #""exercise":true,"# : "") + fields + "}"
    }

    static func void(_ id: String, _ target: String, _ clock: String = "23:59:00", reason: String = "salah ketik") -> String {
        event(id, clock, "event.voided", #""target":"\#(target)","reason":"\#(reason)""#, post: "hq")
    }

    /// A day of every kind of event, with re-checks, updates, undo and reassignment, so that
    /// voiding any one line has something to fall back to (or leaves a thing only it mentioned).
    static let history: [String] = [
        event("v1", "08:00:00", "voyage.opened", #""voyage":"thalia","vessel":"KM. Thalia","from":"Nunukan","to":"Pare-Pare","departs":"2024-11-20T15:00:00+08:00","manifest":326"#),
        event("v2", "08:01:00", "voyage.opened", #""voyage":"thalia","vessel":"KM. Thalia II","from":"Nunukan","to":"Tawau","departs":"2024-11-20T16:00:00+08:00","manifest":300,"checkpoint":"gate-2""#),
        event("c1", "08:02:00", "passenger.checked", #""voyage":"thalia","passenger":"p1","doc":"ktp","result":"cleared""#),
        event("c2", "08:03:00", "passenger.checked", #""voyage":"thalia","passenger":"p2","doc":"ktp","result":"postponed""#, exercise: true),
        event("c3", "08:04:00", "passenger.checked", #""voyage":"thalia","passenger":"p1","doc":"ktp","result":"referred""#),
        event("c4", "08:05:00", "passenger.checked", #""voyage":"typo","passenger":"p9","doc":"ktp","result":"denied""#, post: "tarakan"),
        event("c5", "08:06:00", "passenger.checked", #""voyage":"thalia","passenger":"p1","doc":"ktp","result":"violation""#),
        event("vc", "08:07:00", "voyage.closed", #""voyage":"thalia","departed":"2024-11-20T15:10:00+08:00""#),
        event("o1", "09:00:00", "op.planned", #""op":"op1","title":"Opgab","location":"Pelabuhan","lead":"imigrasi","agencies":["imigrasi","lanal"],"starts":"2024-11-20T10:00:00+08:00""#),
        event("o2", "09:01:00", "op.phase", #""op":"op1","phase":"briefing""#),
        event("o3", "09:02:00", "op.phase", #""op":"op1","phase":"deployed","note":"salah""#),
        event("o4", "09:03:00", "op.team", #""op":"op1","team":"t1","agency":"lanal","status":"deployed""#),
        event("o5", "09:04:00", "op.team", #""op":"op1","team":"t1","agency":"lanal","status":"returned""#),
        event("o6", "09:05:00", "op.finding", #""op":"op1","finding":"f1","category":"pmi","severity":"warning","summary":"CPMI""#),
        event("o7", "09:06:00", "op.finding", #""op":"op1","finding":"f1","category":"pmi","severity":"critical","summary":"CPMI, dokumen palsu""#),
        event("o8", "09:07:00", "op.finding", #""op":"op2","finding":"f9","category":"other","severity":"critical","summary":"salah operasi""#, post: "tarakan"),
        event("k1", "10:00:00", "checklist.started", #""checklist":"cl1","op":"op1","title":"Apel","steps":[{"step":"s1","title":"Apel"},{"step":"s2","title":"Brief"}]"#),
        event("k2", "10:01:00", "checklist.started", #""checklist":"cl1","op":"op1","title":"Apel pagi","steps":[{"step":"s1","title":"Apel"}]"#),
        event("k3", "10:02:00", "checklist.step", #""checklist":"cl1","step":"s1","state":"done""#),
        event("k4", "10:03:00", "checklist.step", #""checklist":"cl1","step":"s1","state":"skipped","note":"salah tekan""#),
        event("k5", "10:04:00", "checklist.step", #""checklist":"cl1","step":"s2","state":"done""#),
        event("m1", "11:00:00", "meeting.opened", #""meeting":"tim1","title":"Rapat Timpora","chair":"Kakanim","location":"Kantor","attendees":["imigrasi","polres"]"#),
        event("m2", "11:01:00", "agenda.item", #""meeting":"tim1","item":"i1","title":"PMI","owner":"bp3mi","state":"discussing""#),
        event("m3", "11:02:00", "agenda.item", #""meeting":"tim1","item":"i2","title":"Narkoba","owner":"bnnp","state":"pending""#),
        event("m4", "11:03:00", "agenda.item", #""meeting":"tim1","item":"i1","title":"PMI","owner":"bp3mi","state":"done""#),
        event("a1", "11:04:00", "action.assigned", #""meeting":"tim1","action":"x1","title":"Kirim data","owner":"ksop","due":"2024-11-21""#),
        event("a2", "11:05:00", "action.assigned", #""meeting":"tim2","action":"x1","title":"Kirim data","owner":"ksop","due":"2024-11-22""#),
        event("a3", "11:06:00", "action.state", #""action":"x1","state":"done""#),
        event("a4", "11:07:00", "action.state", #""action":"x2","state":"dropped""#),
        event("mc", "11:08:00", "meeting.closed", #""meeting":"tim1""#),
        event("d1", "12:00:00", "kpi.reported", #""date":"2024-11-20","agency":"bea-cukai","metric":"patrol","count":9223372036854775807"#),
        event("d2", "12:01:00", "kpi.reported", #""date":"2024-11-20","agency":"bea-cukai","metric":"patrol","count":4"#),
        event("s1", "12:02:00", "seizure.recorded", #""case":"sz1","commodity":"tobacco","value_idr":5000000,"suspects":2,"agency":"bea-cukai""#),
        event("s2", "12:03:00", "seizure.recorded", #""case":"sz1","commodity":"tobacco","value_idr":7000000,"suspects":3,"agency":"bea-cukai""#),
        event("ak1", "13:00:00", "alert.ack", #""alert":"departure:thalia","note":"tim tambahan""#),
        event("ak2", "13:01:00", "alert.ack", #""alert":"departure:thalia","note":"salah alert""#),
    ]

    static func id(of line: String) -> String {
        String(line.dropFirst(#"{"id":""#.count).prefix { $0 != "\"" })
    }

    func fold(_ lines: [String], sources: [String]? = nil) -> EventFold {
        var fold = EventFold()
        for (n, line) in lines.enumerated() {
            fold.ingest(LineDecoder.decode(line), origin: LineOrigin(source: sources?[n] ?? "a.jsonl", line: n + 1))
        }
        return fold
    }

    /// What the state says, in full and in a fixed order (things sorted by id: the order of
    /// first mention is not part of what the events say).
    func describe(_ state: BorderState) -> [String] {
        var out: [String] = []
        for v in state.voyages.values.sorted(by: { $0.id < $1.id }) {
            out.append("voyage \(v.id) \(v.post) opened=\(v.opened) \(v.vessel) \(v.from) \(v.to) \(String(describing: v.departs)) \(v.manifest) "
                       + "\(String(describing: v.checkpoint)) closed=\(v.closed) \(String(describing: v.departed)) ex=\(v.exercise) "
                       + "checked=\(v.checked) \(v.results) last=\(String(describing: v.lastCheck))")
            for check in v.recentChecks { out.append("  check \(check.passenger) \(check.result) \(check.at) \(String(describing: check.by))") }
            for p in ["p1", "p2", "p9"] { out.append("  latest \(p) \(String(describing: v.latestResult(of: p)))") }
        }
        for op in state.operations.values.sorted(by: { $0.id < $1.id }) {
            out.append("op \(op.id) \(op.post) \(op.planned) \(op.title) \(op.location) \(op.lead) \(op.agencies) \(String(describing: op.starts)) \(op.phase) ex=\(op.exercise)")
            out.append("  phases \(op.phaseChanges)")
            out.append("  teams \(op.teams.sorted { $0.key < $1.key }.map(\.value))")
            out.append("  findings \(op.findings.sorted { $0.key < $1.key }.map(\.value)) critical=\(op.criticalFindings)")
        }
        for cl in state.checklists.values.sorted(by: { $0.id < $1.id }) {
            out.append("checklist \(cl.id) \(cl.post) \(cl.started) \(String(describing: cl.op)) \(cl.title) \(cl.steps) \(cl.done)/\(cl.skipped)/\(cl.total)")
            out.append("  marks \(cl.marks.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })")
        }
        for m in state.meetings.values.sorted(by: { $0.id < $1.id }) {
            out.append("meeting \(m.id) \(m.post) \(m.opened) \(m.title) \(m.chair) \(m.location) \(m.attendees) closed=\(m.closed) first=\(String(describing: m.firstMention)) ex=\(m.exercise)")
            out.append("  items \(m.items) done=\(m.itemsDone) actions=\(state.actionCounts(meeting: m.id))")
        }
        for a in state.actions.values.sorted(by: { $0.id < $1.id }) {
            out.append("action \(a.id) \(a.assigned) \(String(describing: a.meeting)) \(a.title) \(a.owner) \(String(describing: a.due)) \(a.state) \(String(describing: a.stateChanged))")
        }
        out.append("desk \(KPIMetric.allCases.map { state.desk.total($0) }) reports=\(state.desk.reports)")
        out.append("seizures \(state.desk.seizures.sorted { $0.key < $1.key }.map(\.value)) \(state.desk.seizureValueIDR) \(state.desk.suspects)")
        out.append("acks \(state.acknowledgements.sorted { $0.key < $1.key }.map(\.value))")
        out.append("exercise \(state.exerciseEvents)")
        return out
    }

    /// Every line of the history voided, by a void read after it and by one read before it
    /// (another source, out of step): the state is the state of the history without the line.
    @Test func anyEventVoidedReadsAsIfItsLineWereNotThere() {
        for (i, line) in Self.history.enumerated() {
            let target = Self.id(of: line)
            var without = Self.history
            without.remove(at: i)
            let expected = describe(fold(without).state)
            let after = fold(Self.history + [Self.void("x-\(target)", target)])
            #expect(describe(after.state) == expected, "void of \(target) after it")
            let before = fold([Self.void("x-\(target)", target)] + Self.history,
                              sources: ["hq.jsonl"] + Array(repeating: "nunukan.jsonl", count: Self.history.count))
            #expect(describe(before.state) == expected, "void of \(target) before it")
            // The target counts as voided instead of folded; an alert.ack stays an unknown type.
            let isAck = line.contains("alert.ack")
            for f in [after, before] {
                #expect(f.counts.voided == (isAck ? 0 : 1), "\(target)")
                #expect(f.counts.folded == Self.history.count - 2 - (isAck ? 0 : 1) + 1, "\(target)")
                #expect(f.counts.lines == f.counts.folded + f.counts.voided + f.counts.malformed + f.counts.duplicates + f.counts.unknown)
            }
        }
    }

    @Test func thingsOnlyTheVoidedEventMentionedDoNotExist() {
        let f = fold(Self.history + [Self.void("x1", "c4"), Self.void("x2", "o8"), Self.void("x3", "a2"), Self.void("x4", "a4")])
        #expect(f.state.voyages["typo"] == nil)
        #expect(f.state.operations["op2"] == nil)
        #expect(f.state.meetings["tim2"] == nil)
        #expect(f.state.actions["x2"] == nil)
        #expect(f.state.actionCounts(meeting: "tim1") == (0, 1), "x1 is tim1's again, and done")
        // Mentioned again later: it exists again, from that mention.
        let again = fold(Self.history + [Self.void("x1", "c4"),
                                        Self.event("c6", "23:59:30", "passenger.checked", #""voyage":"typo","passenger":"p7","doc":"ktp","result":"cleared""#, post: "atambua")])
        #expect(again.state.voyages["typo"]?.checked == 1)
        #expect(again.state.voyages["typo"]?.post == "atambua")
    }

    @Test func latestRemainingEventWinsAndSumsLeaveItOut() {
        let f = fold(Self.history + [Self.void("x1", "c5"), Self.void("x2", "o3"), Self.void("x3", "o7"), Self.void("x4", "k4"),
                                     Self.void("x5", "d1"), Self.void("x6", "s2"), Self.void("x7", "v2"), Self.void("x8", "ak2")])
        let thalia = f.state.voyages["thalia"]
        #expect(thalia?.latestResult(of: "p1") == .referred)
        #expect(thalia?.results.referred == 1 && thalia?.results.violation == 0 && thalia?.checked == 2)
        #expect(thalia?.vessel == "KM. Thalia" && thalia?.manifest == 326 && thalia?.checkpoint == nil)
        #expect(f.state.operations["op1"]?.phase == .briefing)
        #expect(f.state.operations["op1"]?.criticalFindings == 0)
        #expect(f.state.checklists["cl1"]?.state(of: "s1") == .done)
        #expect(f.state.desk.total(.patrol) == 4, "the saturated sum is exact again without the huge report")
        #expect(f.state.desk.seizureValueIDR == 5_000_000 && f.state.desk.suspects == 2)
        #expect(f.state.acknowledgements["departure:thalia"]?.note == "tim tambahan")
        // Voiding every acknowledgement of an alert un-acknowledges it.
        let none = fold(Self.history + [Self.void("y1", "ak1"), Self.void("y2", "ak2")])
        #expect(none.state.acknowledgements["departure:thalia"] == nil)
    }

    @Test func idStaysClaimedAndVoidsCannotBeVoided() {
        let lines = Self.history + [
            Self.void("x1", "d2"),
            Self.event("d2", "23:59:10", "kpi.reported", #""date":"2024-11-20","agency":"bea-cukai","metric":"patrol","count":5"#),
            Self.void("x2", "x1"),  // a void of a void: no effect
            Self.void("x3", "x3"),  // itself: no effect
            Self.void("x4", "nobody"),  // an id no line claims: no effect
            Self.void("x5", "d2"),  // voided already: no effect
        ]
        let f = fold(lines)
        #expect(f.counts.duplicates == 1, "the second d2 is a duplicate")
        #expect(f.counts.voided == 1)
        #expect(f.state.desk.reports.count == 1)
        #expect(f.state.corrections.map(\.target) == ["d2"])
        #expect(f.hasSeen(id: "d2") && !f.hasSeen(id: "nobody"), "a pending target is not seen")
    }

    @Test func voidOfUnknownTypeOrMalformedLineHasNoEffect() {
        let lines = [
            Self.void("x1", "u1"),
            Self.void("x2", "bad"),
            Self.event("u1", "08:00:00", "radar.contact", #""bearing":270"#),
            #"{"id":"bad","ts":"2024-11-20T08:00:00+08:00","type":"kpi.reported","post":"p","date":"2024-11-20","agency":"a","metric":"patrol","count":-1}"#,
        ]
        let f = fold(lines)
        #expect(f.counts.unknown == 1 && f.counts.malformed == 1 && f.counts.voided == 0 && f.counts.folded == 2)
        // The first valid line that claims the id is the target, even after a malformed one.
        let later = fold(lines + [Self.event("bad", "08:01:00", "kpi.reported", #""date":"2024-11-20","agency":"a","metric":"patrol","count":1"#)])
        #expect(later.counts.voided == 1 && later.state.desk.total(.patrol) == 0)
    }

    @Test func reasonIsRequired() {
        for line in [Self.void("x1", "c1", reason: ""),
                     Self.event("x2", "08:00:00", "event.voided", #""target":"c1""#),
                     Self.event("x3", "08:00:00", "event.voided", #""target":12,"reason":"r""#)] {
            guard case .malformed(let reason) = LineDecoder.decode(line) else {
                Issue.record("not malformed: \(line)")
                continue
            }
            #expect(reason.contains("reason") || reason.contains("target"))
        }
    }

    @Test func correctionsSayWhoVoidedWhatWhenAndWhy() {
        let f = fold(Self.history + [Self.void("x1", "c5", reason: "penumpang salah"), Self.void("x2", "a2"), Self.void("x3", "d2")])
        let c = f.state.corrections
        #expect(c.map(\.target) == ["c5", "a2", "d2"])
        #expect(c.map(\.targetType) == ["passenger.checked", "action.assigned", "kpi.reported"])
        #expect(c[0].subject == .passenger(voyage: "thalia", passenger: "p1"))
        #expect(c[0].reason == "penumpang salah" && c[0].by == "officer-x1" && c[0].voidID == "x1")
        #expect(c[0].at == Timestamp.parse("2024-11-20T23:59:00+08:00") && c[0].targetTime == Timestamp.parse("2024-11-20T08:06:00+08:00"))
        #expect(c[1].subject == .action("x1", meeting: "tim2"))
        #expect(c[1].subject.meeting == "tim2")
        #expect(c[2].subject == .kpi(date: CivilDate.parse("2024-11-20")!, metric: .patrol, agency: "bea-cukai", count: 4))
        // Voided on arrival: the same record.
        let early = fold([Self.void("x1", "c5", reason: "penumpang salah")] + Self.history)
        #expect(early.state.corrections.first?.subject == .passenger(voyage: "thalia", passenger: "p1"))
        #expect(early.state.corrections.first?.targetType == "passenger.checked")
    }

    @Test func exerciseDataVoidedNoLongerShowsTheBanner() {
        let f = fold(Self.history + [Self.void("x1", "c2")])
        #expect(f.state.exerciseEvents == 0)
        #expect(f.state.voyages["thalia"]?.exercise == false)
        #expect(fold(Self.history).state.voyages["thalia"]?.exercise == true)
    }

    /// A post's terminal that wrote a line later voided was still heard from, whichever is read
    /// first (the stale-post alert and the posts pane count lines written, not what they say).
    @Test func aVoidedEventsPostWasStillHeardFrom() {
        let target = Self.event("c9", "22:00:00", "passenger.checked", #""voyage":"v","passenger":"p","doc":"ktp","result":"cleared""#, post: "atambua")
        let void = Self.void("x9", "c9", "21:00:00")
        for lines in [[target, void], [void, target]] {
            let f = fold(lines)
            #expect(f.counts.voided == 1)
            #expect(f.state.posts["atambua"]?.events == 1)
            #expect(f.state.posts["atambua"]?.lastEvent == Timestamp.parse("2024-11-20T22:00:00+08:00"))
            #expect(f.state.lastEventTime == Timestamp.parse("2024-11-20T22:00:00+08:00"))
            #expect(f.state.voyages.isEmpty)
        }
    }
}
