import BorderOps
import Foundation
import Testing

/// The alert index kept up to date line by line gives what the rules give from scratch: the
/// same alerts in the same order, and the same next change, for random streams of every kind
/// of event (voids, acknowledgements, meetings, actions falling due, findings), with the clock
/// moving on between lines, now and then past a departure or a due date, once going back.
@Suite struct AlertIndexTests {
    /// The void tests' lines with acknowledgements of the alerts they can raise mixed in, and
    /// departures and due dates spread over two days so the clock crosses them.
    static func lines(seed: Int) -> [String] {
        var state = UInt64(seed) &+ 0xA1E27
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<next(200)).map { index in
            let code = next(1_000_000)
            if code % 23 == 0 {
                let alert = ["departure:v\(code % 3)", "action:x\(code % 4)", "finding:op\(code % 3):f\(code % 4)"][code % 3]
                return #"{"id":"ack-\#(index)","ts":"2024-11-20T1\#(code % 10):00:00+08:00","post":"nunukan","type":"alert.ack","alert":"\#(alert)"}"#
            }
            var text = VoidReferenceFoldPropertyTests.line(code, index: index).text
            text = text.replacingOccurrences(of: #""departs":"2024-11-20T15"#, with: #""departs":"2024-11-2\#(code % 2)T1\#(code % 10)"#)
            text = text.replacingOccurrences(of: #""due":"2024-11-21""#, with: code % 3 == 0 ? #""due":"2024-11-20T18:30:00+08:00""# : #""due":"2024-11-2\#(code % 2)""#)
            if code % 5 == 0 { text = text.replacingOccurrences(of: #""post":"nunukan""#, with: #""post":"jayapura""#) }
            return text
        }
    }

    @Test(arguments: 0..<120)
    func keptUpToDateIsJudgedFromScratch(seed: Int) {
        let settings = AlertSettings(warnDepartureMinutes: 30, staleMinutes: seed % 2 == 0 ? 90 : nil,
                                     postZones: ["jayapura": PostZone(offsetSeconds: 9 * 3600)])
        var fold = EventFold()
        var index = AlertIndex(settings: settings)
        var touched = AlertTouches()
        // 2024-11-20 08:00 +08:00, moving on by up to 40 minutes between lines.
        var now = Timestamp(epochSeconds: 1_732_060_800, offsetSeconds: 8 * 3600)
        for (number, line) in Self.lines(seed: seed).enumerated() {
            let outcome = LineDecoder.decode(line)
            let corrections = fold.state.corrections.count
            fold.ingest(outcome, origin: LineOrigin(source: "a.jsonl", line: number + 1))
            touched.note(outcome, voided: fold.state.corrections[corrections...])
            guard number % 3 == seed % 3 else { continue }
            now = number == 60 ? now.adding(minutes: -300) : now.adding(minutes: Int64((number * 7 + seed) % 41))
            index.update(fold.state, touched: touched, now: now)
            touched = AlertTouches()
            let expected = AlertRules.evaluate(fold.state, now: now, settings: settings)
            let kept = index.alerts(fold.state, sources: [])
            #expect(kept == expected, "seed \(seed), line \(number + 1): \(kept.map(\.id)) vs \(expected.map(\.id))")
            #expect(index.nextChange(fold.state) == AlertRules.nextChange(fold.state, now: now, settings: settings), "seed \(seed), line \(number + 1)")
        }
    }

    /// One line folded; what it was read as, and the corrections folding it recorded.
    static func fold(_ line: String, into fold: inout EventFold) -> (LineOutcome, ArraySlice<Correction>) {
        let outcome = LineDecoder.decode(line)
        let corrections = fold.state.corrections.count
        fold.ingest(outcome, origin: LineOrigin(source: "a.jsonl", line: 1))
        return (outcome, fold.state.corrections[corrections...])
    }

    /// A line's start, up to its type, with this id.
    static func head(_ id: String) -> String { #"{"id":"\#(id)","ts":"2024-11-20T13:00:00+08:00","post":"nunukan","type":"# }

    /// Lines no rule reads touch nothing; a void touches what its target touched (nothing when
    /// it has no effect yet); an acknowledgement, its void or a meeting's asks for everything.
    @Test func touchesOnlyWhatTheRulesRead() {
        var fold = EventFold()
        func touches(_ line: String) -> AlertTouches {
            var touched = AlertTouches()
            let (outcome, voided) = Self.fold(line, into: &fold)
            touched.note(outcome, voided: voided)
            return touched
        }
        let check = touches(Self.head("c1") + #""passenger.checked","voyage":"v1","passenger":"p","doc":"ktp","result":"cleared"}"#)
        #expect(check.subjects == [.voyage("v1")] && !check.everything)
        #expect(touches(Self.head("k1") + #""kpi.reported","date":"2025-07-28","agency":"x","metric":"patrol","count":3}"#).isEmpty)
        #expect(touches(Self.head("x1") + #""event.voided","target":"c0","reason":"r"}"#).isEmpty, "a void waiting for its target")
        let voidOfCheck = touches(Self.head("x2") + #""event.voided","target":"c1","reason":"r"}"#)
        #expect(voidOfCheck.subjects == [.voyage("v1")] && !voidOfCheck.everything)
        #expect(touches(Self.head("x3") + #""event.voided","target":"k1","reason":"r"}"#).isEmpty, "no rule reads KPIs")
        #expect(touches(Self.head("x4") + #""event.voided","target":"x2","reason":"r"}"#).isEmpty, "a void of a void has no effect")
        let finding = touches(Self.head("f1") + #""op.finding","op":"op1","finding":"f","category":"immigration","severity":"critical","summary":"s"}"#)
        #expect(finding.subjects == [.operation("op1")])
        #expect(touches(Self.head("x5") + #""event.voided","target":"f1","reason":"r"}"#).subjects == [.operation("op1")])
        #expect(touches(Self.head("a1") + #""alert.ack","alert":"departure:v1"}"#).everything)
        #expect(touches(Self.head("x6") + #""event.voided","target":"a1","reason":"r"}"#).everything)
        #expect(touches(Self.head("m1") + #""meeting.opened","meeting":"m","title":"t","chair":"c","location":"p","attendees":["a"]}"#).everything)
        #expect(touches(Self.head("x7") + #""event.voided","target":"m1","reason":"r"}"#).everything)
        #expect(touches("{not json").isEmpty)
    }

    /// What a line reached, as every reader of `LineOutcome.reaches` is told it: a check its
    /// voyage's checks, a void what it took out, a target read after its void both itself and
    /// what the void took out, an acknowledgement's void said as such.
    @Test func aLineReachesWhatItChangedAndWhatItsVoidTookOut() {
        var fold = EventFold()
        func reaches(_ line: String) -> [LineReach] {
            let (outcome, voided) = Self.fold(line, into: &fold)
            var reached: [LineReach] = []
            outcome.reaches(voided: voided) { reached.append($0) }
            return reached
        }
        #expect(reaches(Self.head("o1") + #""voyage.opened","voyage":"v1","vessel":"KM. Thalia","from":"Nunukan","to":"Pare-Pare","departs":"2024-11-20T17:00:00+08:00","manifest":326}"#) == [.voyage("v1")])
        #expect(reaches(Self.head("c1") + #""passenger.checked","voyage":"v1","passenger":"p","doc":"ktp","result":"cleared"}"#) == [.checks(voyage: "v1")])
        #expect(reaches(Self.head("x1") + #""event.voided","target":"c1","reason":"r"}"#) == [.checks(voyage: "v1")])
        #expect(reaches(Self.head("x2") + #""event.voided","target":"c2","reason":"r"}"#).isEmpty, "a void waiting for its target")
        #expect(reaches(Self.head("c2") + #""passenger.checked","voyage":"v1","passenger":"q","doc":"ktp","result":"cleared"}"#)
                == [.checks(voyage: "v1"), .checks(voyage: "v1")], "the target voided as it arrives")
        #expect(reaches(Self.head("s1") + #""seizure.recorded","case":"sz-1","commodity":"tobacco","value_idr":1000000,"suspects":1,"agency":"bea-cukai"}"#) == [.desk])
        #expect(reaches(Self.head("a1") + #""alert.ack","alert":"departure:v1"}"#) == [.extensionEvent])
        #expect(reaches(Self.head("x3") + #""event.voided","target":"a1","reason":"r"}"#) == [.acknowledgementVoided])
        #expect(reaches("{not json").isEmpty)
    }
}
