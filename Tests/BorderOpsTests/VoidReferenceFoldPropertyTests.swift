import BorderOps
import ExactKeys
import JSON
import PropertyBased
import Testing

/// Random streams of every known type with `event.voided` lines mixed in, targeting events
/// read before and after them, in two files, ids no line claims, voids and themselves: the
/// fold's summary against a two-pass reference written from the spec's words (pass 1 finds
/// the voids that take effect; pass 2 folds with their targets left out).
@Suite struct VoidReferenceFoldPropertyTests {
    /// One line: its text, its id, and the file it belongs to (0 or 1).
    struct Line {
        var text: String
        var id: String
        var kind: Kind
        var file: Int
        var code: Int
    }

    enum Kind: Int, CaseIterable {
        case check, check2, voyageOpened, voyageClosed, opPlanned, opPhase, opTeam, opFinding, checklistStarted, checklistStep
        case meetingOpened, agendaItem, actionAssigned, actionState, meetingClosed, kpi, seizure, unknown, malformed, void, void2
    }

    static func line(_ code: Int, index: Int) -> Line {
        let kind = Kind.allCases[code % Kind.allCases.count]
        let a = code / 32 % 3, b = code / 96 % 4, c = code / 384 % 5
        let file = code / 1920 % 2
        // About one line in eight reuses an id from a small pool.
        let id = code / 3840 % 8 == 0 ? "dup-\(code / 30720 % 4)" : "e-\(index)"
        let head = #"{"id":"\#(id)","ts":"2024-11-20T13:00:00+08:00","post":"nunukan","type":"#
        let text: String
        switch kind {
        case .check, .check2:
            text = head + #""passenger.checked","voyage":"v\#(a)","passenger":"p\#(b)","doc":"ktp","result":"\#(CheckResult.allCases[c].rawValue)"}"#
        case .voyageOpened:
            text = head + #""voyage.opened","voyage":"v\#(a)","vessel":"KM \#(b)","from":"A","to":"B","departs":"2024-11-20T15:00:00+08:00","manifest":\#(c * 10)}"#
        case .voyageClosed:
            text = head + #""voyage.closed","voyage":"v\#(a)"}"#
        case .opPlanned:
            text = head + #""op.planned","op":"op\#(a)","title":"T","location":"L","lead":"imigrasi","agencies":[],"starts":"2024-11-20T15:00:00+08:00"}"#
        case .opPhase:
            text = head + #""op.phase","op":"op\#(a)","phase":"\#(OperationPhase.allCases[b + 1].rawValue)"}"#
        case .opTeam:
            text = head + #""op.team","op":"op\#(a)","team":"t\#(b)","agency":"lanal","status":"\#(TeamStatus.allCases[c % 4].rawValue)"}"#
        case .opFinding:
            text = head + #""op.finding","op":"op\#(a)","finding":"f\#(b)","category":"pmi","severity":"\#(Severity.allCases[c % 3].rawValue)","summary":"S"}"#
        case .checklistStarted:
            let steps = [["s0", "s1"], ["s1"], ["s2", "s0", "s2"], []][b].map { #"{"step":"\#($0)","title":"x"}"# }.joined(separator: ",")
            text = head + #""checklist.started","checklist":"cl\#(a)","title":"T","steps":[\#(steps)]}"#
        case .checklistStep:
            text = head + #""checklist.step","checklist":"cl\#(a)","step":"s\#(b % 3)","state":"\#(StepState.allCases[c % 3].rawValue)"}"#
        case .meetingOpened:
            text = head + #""meeting.opened","meeting":"m\#(a)","title":"T","chair":"C","location":"L","attendees":[]}"#
        case .agendaItem:
            text = head + #""agenda.item","meeting":"m\#(a)","item":"i\#(b)","title":"T","owner":"o","state":"\#(AgendaState.allCases[c % 4].rawValue)"}"#
        case .actionAssigned:
            text = head + #""action.assigned","meeting":"m\#(a)","action":"x\#(b)","title":"T","owner":"o","due":"2024-11-21"}"#
        case .actionState:
            text = head + #""action.state","action":"x\#(b)","state":"\#(ActionState.allCases[c % 3].rawValue)"}"#
        case .meetingClosed:
            text = head + #""meeting.closed","meeting":"m\#(a)"}"#
        case .kpi:
            // Now and then a count that saturates the sum: a void must take it out exactly.
            let count = c == 4 ? "9223372036854775807" : "\(b * 7)"
            text = head + #""kpi.reported","date":"2025-07-28","agency":"x","metric":"\#(KPIMetric.allCases[a].rawValue)","count":\#(count)}"#
        case .seizure:
            text = head + #""seizure.recorded","case":"c\#(a)","commodity":"tobacco","value_idr":\#(b * 1000),"suspects":\#(c),"agency":"bea-cukai"}"#
        case .unknown:
            text = head + #""radar.contact","bearing":\#(b)}"#
        case .malformed:
            text = head + #""kpi.reported","date":"2025-07-28","agency":"x","metric":"patrol","count":\#(b).5}"#
        case .void, .void2:
            // Targets: any line's id, before or after this one (streams are at most 300 lines),
            // the pool of repeated ids, ids nobody claims, and itself.
            let pick = code / 32 % 400
            let target = pick < 300 ? "e-\(pick)" : pick < 340 ? "dup-\(pick % 4)" : pick < 370 ? "nobody-\(pick)" : id
            text = head + #""event.voided","target":"\#(target)","reason":"r"}"#
        }
        return Line(text: text, id: id, kind: kind, file: file, code: code)
    }

    /// Field values of the reference: the parsed line (the reference does not share the
    /// project's decoder, only its JSON parser).
    static func fields(_ line: Line) -> [String: JSONValue] {
        guard case .object(let members)? = try? StrictJSONParser.parse(line.text) else { return [:] }
        return Dictionary(members.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// The reference fold, in two passes over the lines in reading order.
    static func referenceSummary(_ lines: [Line], fields: (Line) -> [String: JSONValue] = fields) -> JSONValue {
        // Pass 1: which line claims each id, and the voids that take effect.
        var claimed: [String: Int] = [:]
        var duplicate = Set<Int>()
        for (n, line) in lines.enumerated() where line.kind != .malformed {
            if claimed[line.id] == nil { claimed[line.id] = n } else { duplicate.insert(n) }
        }
        var voided = Set<Int>()
        for (n, line) in lines.enumerated() where (line.kind == .void || line.kind == .void2) && !duplicate.contains(n) {
            guard case .string(let target)? = fields(line)["target"], let t = claimed[target] else { continue }
            let kind = lines[t].kind
            if kind != .void && kind != .void2 && kind != .unknown { voided.insert(t) }
        }

        // Pass 2: the fold, voided targets left out.
        var counts = (lines: 0, folded: 0, voided: 0, malformed: 0, duplicates: 0, unknown: 0)
        var voyages: [String: (vessel: String, manifest: Int64, passengers: [String: String], closed: Bool)] = [:]
        var operations: [String: (phase: String, teams: [String: String], findings: [String: String])] = [:]
        var checklists: [String: (steps: [String], marks: [String: String])] = [:]
        var meetings: [String: (items: [String: String], closed: Bool)] = [:]
        var actions: [String: (meeting: String?, state: String)] = [:]
        var kpi: [String: Int64] = [:]
        var seizures: [String: (value: Int64, suspects: Int64)] = [:]
        func string(_ f: [String: JSONValue], _ key: String) -> String {
            if case .string(let s)? = f[key] { return s }
            return ""
        }
        func int(_ f: [String: JSONValue], _ key: String) -> Int64 {
            if case .number(let n)? = f[key], let v = Int64(n.text) { return v }
            return 0
        }
        for (n, line) in lines.enumerated() {
            counts.lines += 1
            if line.kind == .malformed { counts.malformed += 1; continue }
            if duplicate.contains(n) { counts.duplicates += 1; continue }
            if line.kind == .unknown { counts.unknown += 1; continue }
            if voided.contains(n) { counts.voided += 1; continue }
            counts.folded += 1
            let f = fields(line)
            switch line.kind {
            case .check, .check2:
                voyages[string(f, "voyage"), default: ("", 0, [:], false)].passengers[string(f, "passenger")] = string(f, "result")
            case .voyageOpened:
                voyages[string(f, "voyage"), default: ("", 0, [:], false)].vessel = string(f, "vessel")
                voyages[string(f, "voyage"), default: ("", 0, [:], false)].manifest = int(f, "manifest")
            case .voyageClosed:
                voyages[string(f, "voyage"), default: ("", 0, [:], false)].closed = true
            case .opPlanned:
                _ = operations[string(f, "op"), default: ("planned", [:], [:])]
                operations[string(f, "op")] = operations[string(f, "op"), default: ("planned", [:], [:])]
            case .opPhase:
                operations[string(f, "op"), default: ("planned", [:], [:])].phase = string(f, "phase")
            case .opTeam:
                operations[string(f, "op"), default: ("planned", [:], [:])].teams[string(f, "team")] = string(f, "status")
            case .opFinding:
                operations[string(f, "op"), default: ("planned", [:], [:])].findings[string(f, "finding")] = string(f, "severity")
            case .checklistStarted:
                guard case .array(let steps)? = f["steps"] else { break }
                var list: [String] = []
                for step in steps { if case .string(let s)? = step["step"], !list.contains(s) { list.append(s) } }
                checklists[string(f, "checklist"), default: ([], [:])].steps = list
            case .checklistStep:
                checklists[string(f, "checklist"), default: ([], [:])].marks[string(f, "step")] = string(f, "state")
            case .meetingOpened:
                meetings[string(f, "meeting")] = meetings[string(f, "meeting"), default: ([:], false)]
            case .agendaItem:
                meetings[string(f, "meeting"), default: ([:], false)].items[string(f, "item")] = string(f, "state")
            case .actionAssigned:
                meetings[string(f, "meeting")] = meetings[string(f, "meeting"), default: ([:], false)]
                actions[string(f, "action"), default: (nil, "open")].meeting = string(f, "meeting")
            case .actionState:
                actions[string(f, "action"), default: (nil, "open")].state = string(f, "state")
            case .meetingClosed:
                meetings[string(f, "meeting"), default: ([:], false)].closed = true
            case .kpi:
                kpi[string(f, "metric"), default: 0] = kpi[string(f, "metric"), default: 0].saturatingAdd(int(f, "count"))
            case .seizure:
                seizures[string(f, "case")] = (int(f, "value_idr"), int(f, "suspects"))
            case .void, .void2, .unknown, .malformed:
                break
            }
        }

        func number(_ n: some BinaryInteger) -> JSONValue { .number(JSONNumber(Int64(n))) }
        func sorted<V>(_ d: [String: V]) -> [(key: String, value: V)] { d.sorted { ExactKey($0.key) < ExactKey($1.key) } }
        let results = CheckResult.allCases.map(\.rawValue)
        return .object([
            JSONMember("events", .object([
                JSONMember("lines", number(counts.lines)), JSONMember("folded", number(counts.folded)),
                JSONMember("voided", number(counts.voided)), JSONMember("malformed", number(counts.malformed)),
                JSONMember("duplicates", number(counts.duplicates)), JSONMember("unknown", number(counts.unknown)),
            ])),
            JSONMember("voyages", .array(sorted(voyages).map { id, v in
                .object([JSONMember("voyage", .string(id)), JSONMember("vessel", .string(v.vessel)), JSONMember("manifest", number(v.manifest)),
                         JSONMember("checked", number(v.passengers.count))]
                        + results.map { r in JSONMember(r, number(v.passengers.values.filter { $0 == r }.count)) }
                        + [JSONMember("closed", .bool(v.closed))])
            })),
            JSONMember("operations", .array(sorted(operations).map { id, op in
                .object([JSONMember("op", .string(id)), JSONMember("phase", .string(op.phase)),
                         JSONMember("teams", .object(sorted(op.teams).map { JSONMember($0.key, .string($0.value)) })),
                         JSONMember("findings", number(op.findings.count)),
                         JSONMember("critical", number(op.findings.values.filter { $0 == "critical" }.count))])
            })),
            JSONMember("checklists", .array(sorted(checklists).map { id, cl in
                .object([JSONMember("checklist", .string(id)), JSONMember("total", number(cl.steps.count)),
                         JSONMember("done", number(cl.steps.filter { cl.marks[$0] == "done" }.count)),
                         JSONMember("skipped", number(cl.steps.filter { cl.marks[$0] == "skipped" }.count))])
            })),
            JSONMember("meetings", .array(sorted(meetings).map { id, m in
                let mine = actions.values.filter { $0.meeting == id }
                return .object([JSONMember("meeting", .string(id)), JSONMember("items", number(m.items.count)),
                                JSONMember("items_done", number(m.items.values.filter { $0 == "done" }.count)),
                                JSONMember("actions_open", number(mine.filter { $0.state == "open" }.count)),
                                JSONMember("actions_done", number(mine.filter { $0.state == "done" }.count)),
                                JSONMember("closed", .bool(m.closed))])
            })),
            JSONMember("desk", .object(KPIMetric.allCases.map { JSONMember($0.rawValue, number(kpi[$0.rawValue] ?? 0)) } + [
                JSONMember("seizures", number(seizures.count)),
                JSONMember("seizure_value_idr", number(seizures.values.reduce(Int64(0)) { $0.saturatingAdd($1.value) })),
                JSONMember("suspects", number(seizures.values.reduce(Int64(0)) { $0.saturatingAdd($1.suspects) })),
            ])),
        ])
    }

    static func fold(_ lines: [Line], decoded: (Line) -> LineOutcome = { LineDecoder.decode($0.text) }) -> EventFold {
        var fold = EventFold()
        var lineNumbers = [0, 0]
        for line in lines {
            lineNumbers[line.file] += 1
            fold.ingest(decoded(line), origin: LineOrigin(source: line.file == 0 ? "a.jsonl" : "b.jsonl", line: lineNumbers[line.file]))
        }
        return fold
    }

    @Test func foldWithVoidsMatchesTwoPassReference() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0..<1_000_000).array(of: 0...300)) { codes in
            let lines = codes.enumerated().map { Self.line($1, index: $0) }
            // Read file by file (`summary a.jsonl b.jsonl`: a void in b reaches back into a,
            // one in a waits for b), and interleaved (the dashboard following both).
            let fileByFile = lines.filter { $0.file == 0 } + lines.filter { $0.file == 1 }
            // Each line decoded and parsed once for both orders (a line's text says all it is).
            let outcomes = Dictionary(lines.map { ($0.text, LineDecoder.decode($0.text)) }, uniquingKeysWith: { first, _ in first })
            let parsed = Dictionary(lines.map { ($0.text, Self.fields($0)) }, uniquingKeysWith: { first, _ in first })
            for order in [fileByFile, lines] {
                let actual = HeadlessSummary.json(Self.fold(order, decoded: { outcomes[$0.text]! }))
                let expected = Self.referenceSummary(order, fields: { parsed[$0.text]! })
                #expect(actual.hasJSON(expected) && expected.hasJSON(actual),
                        "\(JSONWriter.compact(actual))\n\(JSONWriter.compact(expected))")
            }
        }
    }
}
