import BorderOps
import Dashboard
import ExactKeys
import JSON
import Testing
import Words

/// Each role's day in every sample scenario that has that role's events, recorded from the
/// dashboard alone (issue 17's "Done when"), in both languages: the gate of the Tawau ferry
/// morning (2 voyages, 396 checks) and of Nunukan's 20 Nov 2024 (KM. Thalia, 326 checks), each
/// voyage opened with its checkpoint, every check with its result, document, nationality and
/// note, closed with the hour it left; the joint operations of both (teams, phases with their
/// notes, the checklist with its notes, findings, one corrected with `e`); the desk of both and
/// of the desk's third quarter of 2025 (840 figures and 22 seizures at two posts, agencies no
/// file named before typed by their codes). Each is typed through the in-process screen's forms
/// at the scenario's post and read back; then the headless summary (`summary --json`) of what
/// was recorded equals the scenario's own, and what the summary does not show (checkpoints,
/// departures, nationalities, notes, posts) is compared with the file too. Ids are the forms'.
@Suite struct RoleDayScenarioTests {
    typealias Day = RoleDayScenarioTests

    // MARK: - The gate

    @Test(arguments: ["tawau-ferry-morning", "nunukan-2024-11-20"], [Language.id, .en])
    func theGatesDayEqualsTheScenarios(_ scenario: String, _ language: Language) throws {
        let events = Self.events(scenario)
        let opened = events.filter { if case .voyageOpened = $0.body { true } else { false } }
        let first = try #require(opened.first)
        let loop = try Self.loop(language, at: first.envelope.ts, operatorID: first.envelope.by ?? "imigrasi-07", post: first.envelope.post)
        var departed: [String: Timestamp] = [:]
        for event in events {
            if case let .voyageClosed(voyage, at?) = event.body { departed[voyage] = at }
        }
        for event in opened {
            guard case let .voyageOpened(voyage, vessel, from, to, departs, manifest, checkpoint) = event.body else { continue }
            while loop.ui.detail != nil { loop.press(.escape) }
            loop.press(.character("1"), .character("N"))
            Self.set(loop, "vessel", vessel)
            Self.set(loop, "from", from)
            Self.set(loop, "to", to)
            Self.set(loop, "departs", Self.typed(departs))
            Self.set(loop, "manifest", Rupiah.grouped(manifest))
            if let checkpoint { Self.set(loop, "checkpoint", checkpoint) }
            Self.save(loop, "voyage \(voyage)")
            // Read back, the new voyage is selected: open it, gate mode.
            loop.press(.enter, .character("g"))
            guard case .gate = loop.ui.operatorMode else {
                Issue.record("no gate mode: \(loop.text)")
                return
            }
            for check in events {
                guard case let .passengerChecked(v, passenger, doc, nationality, result, note) = check.body, v == voyage else { continue }
                guard case .gate(let entry) = loop.ui.operatorMode else { break }
                // Tab cycles the result, Shift-Tab the document: both stay until changed. The
                // nationality stays too: ↓↓ to it, typed over, ↓ back. A note: ↓, typed, ↑. The
                // officer's keys in one batch (typed faster than frames are drawn).
                let results = CheckResult.allCases, documents = DocumentKind.allCases
                var keys = Array(repeating: Key.tab, count: (results.firstIndex(of: result)! - results.firstIndex(of: entry.result)! + results.count) % results.count)
                keys += Array(repeating: Key.backTab, count: (documents.firstIndex(of: doc)! - documents.firstIndex(of: entry.document)! + documents.count) % documents.count)
                if entry.nationality.text != (nationality ?? "") {
                    keys += [.down, .down, .end] + Array(repeating: .backspace, count: entry.nationality.characters.count)
                    keys += (nationality ?? "").map { .character($0) } + [.down]
                }
                if let note { keys += [.down] + note.map { .character($0) } + [.up] }
                if !keys.isEmpty { loop.batch(keys) }
                // The reference and Enter as a keyboard-wedge scanner sends them: one batch.
                loop.scan(passenger)
                // A doubtful reference warns first; Enter again records it, as an officer would.
                if case .gate(let entry) = loop.ui.operatorMode, entry.warning != nil { loop.press(.enter) }
            }
            // Out of gate mode, close the voyage with the hour it left (it asks first).
            for _ in 0..<3 {
                guard case .gate = loop.ui.operatorMode else { break }
                loop.press(.escape)
            }
            loop.press(.character("x"))
            if let at = departed[voyage] { loop.type(Self.typed(at)) }
            loop.press(.character("y"), .escape)
        }
        let fold = Self.fold(scenario)
        let recorded = HeadlessSummary.json(loop.data.fold)
        let expected = Self.rows(HeadlessSummary.json(fold), "voyages", without: ["voyage"])
        #expect(expected.count == opened.count)
        #expect(Self.rows(recorded, "voyages", without: ["voyage"]) == expected, "\(recorded)")
        // What the summary does not show: the checkpoint, the hour it left, every check as written.
        func voyages(_ state: BorderState) -> [String] {
            state.voyages.values.map { "\($0.vessel) \($0.post) \($0.checkpoint ?? "-") \($0.departed?.rfc3339() ?? "-")" }.sorted()
        }
        #expect(voyages(loop.data.state) == voyages(fold.state))
        func checks(_ bodies: [EventBody]) -> [String] {
            bodies.compactMap { body -> String? in
                guard case let .passengerChecked(_, passenger, doc, nationality, result, note) = body else { return nil }
                return [passenger, doc.rawValue, nationality ?? "-", result.rawValue, note ?? "-"].joined(separator: " ")
            }.sorted()
        }
        let written = loop.appended.flatMap(\.events).map { LineDecoder.decode(JSONWriter.compact(.object($0))) }.compactMap { line -> EventBody? in
            if case .event(let e) = line { e.body } else { nil }
        }
        #expect(checks(written) == checks(events.map(\.body)))
        #expect(loop.appended.allSatisfy { $0.at.rfc3339().hasSuffix("+08:00") && $0.intent.post == first.envelope.post })
    }

    // MARK: - The joint operation

    @Test(arguments: ["tawau-ferry-morning", "nunukan-2024-11-20"], [Language.id, .en])
    func theOperatorsDayEqualsTheScenarios(_ scenario: String, _ language: Language) throws {
        let events = Self.events(scenario)
        let started = try #require(events.lazy.compactMap { e -> ChecklistTemplate? in
            guard case let .checklistStarted(_, _, title, steps) = e.body else { return nil }
            return ChecklistTemplate(name: "opgab-tunontaka", title: title, kind: .operation, phaseTitles: [:], steps: steps)
        }.first)
        let planned = try #require(events.first { if case .opPlanned = $0.body { true } else { false } })
        let loop = try Self.loop(language, at: planned.envelope.ts, operatorID: planned.envelope.by ?? "imigrasi-01", post: planned.envelope.post,
                                 template: started)
        var findingIDs: [String: String] = [:]
        var op: JointOperation? { loop.data.state.operations.values.first }
        for event in events {
            switch event.body {
            case let .opPlanned(_, title, location, lead, agencies, starts):
                loop.press(.character("2"), .character("N"))
                Self.set(loop, "title", title)
                Self.set(loop, "location", location)
                Self.typeAgency(loop, "lead", lead)
                Self.pickAll(loop, "agencies", agencies)
                Self.set(loop, "starts", Self.typed(starts))
                Self.save(loop, "operation")
                loop.press(.enter)
            case let .opTeam(_, team, agency, status, location):
                guard let op else { continue }
                let teams = OperatorKeys.sortedTeams(op)
                if let index = teams.firstIndex(where: { $0.team == team }) {
                    // A known team's new status: `S`, ↓ to it (held), → to the status, Enter.
                    loop.press(.character("S"))
                    if index > 0 { loop.hold(.down, times: index) }
                    for _ in 0..<TeamStatus.allCases.count {
                        guard case .team(_, let current) = loop.ui.operatorMode, current != status else { break }
                        loop.press(.right)
                    }
                    loop.press(.enter)
                } else {
                    loop.press(.character("T"))
                    Self.set(loop, "team", team)
                    Self.typeAgency(loop, "agency", agency)
                    Self.pick(loop, "status", status.rawValue)
                    if let location { Self.set(loop, "location", location) }
                    Self.save(loop, "team \(team)")
                }
            case let .opPhase(_, phase, note):
                // `>`: the phase form, the next phase or a note on the current one.
                while let now = op?.phase, now < phase, OperationPhase.allCases.first(where: { $0 > now }) != phase {
                    loop.press(.character(">"), .enter)
                    if op?.phase == now { Issue.record("> did not move on from \(now)"); break }
                }
                loop.press(.character(">"))
                Self.pick(loop, "phase", phase.rawValue)
                if let note { Self.set(loop, "note", note) }
                Self.save(loop, "phase \(phase)")
            case .checklistStarted:
                loop.press(.character("c"))
            case let .checklistStep(_, step, state, note):
                guard let index = started.steps.firstIndex(where: { $0.step == step }) else { continue }
                // `g` to the first step, `j` held down to this one.
                loop.press(.character("g"))
                if index > 0 { loop.hold(.character("j"), times: index) }
                switch state {
                case .done: loop.press(.character(" "))
                case .open: loop.press(.character("u"))
                case .skipped:
                    loop.press(.character("s"))
                    loop.type(note ?? "tidak dilakukan")
                    loop.press(.enter)
                }
                // A done step's note: `n` on it, Enter (the selection moved on after Space).
                if let note, state != .skipped {
                    loop.press(.character("g"))
                    if index > 0 { loop.hold(.character("j"), times: index) }
                    loop.press(.character("n"), .end)
                    if case .note(_, let editor) = loop.ui.operatorMode { loop.hold(.backspace, times: editor.characters.count) }
                    loop.type(note)
                    loop.press(.enter)
                }
            case let .opFinding(_, finding, category, severity, summary):
                if let recorded = findingIDs[finding] {
                    // Recorded before: a correction (`e`), the finding picked, with a reason.
                    loop.press(.character("e"))
                    Self.pick(loop, "finding", recorded)
                    Self.pick(loop, "category", category.rawValue)
                    Self.pick(loop, "severity", severity.rawValue)
                    Self.set(loop, "summary", summary)
                    Self.set(loop, "reason", "temuan diperbarui")
                    Self.save(loop, "finding correction \(finding)")
                } else {
                    loop.press(.character("f"))
                    Self.pick(loop, "category", category.rawValue)
                    Self.pick(loop, "severity", severity.rawValue)
                    Self.set(loop, "summary", summary)
                    Self.save(loop, "finding \(finding)")
                    findingIDs[finding] = Self.field(loop, "finding")
                }
            default: continue
            }
        }
        let fold = Self.fold(scenario)
        let recorded = HeadlessSummary.json(loop.data.fold), expected = HeadlessSummary.json(fold)
        #expect(Self.rows(expected, "operations", without: ["op"]).count == 1)
        #expect(Self.rows(recorded, "operations", without: ["op"]) == Self.rows(expected, "operations", without: ["op"]), "\(recorded)")
        #expect(Self.rows(expected, "checklists", without: ["checklist"]).count == 1)
        #expect(Self.rows(recorded, "checklists", without: ["checklist"]) == Self.rows(expected, "checklists", without: ["checklist"]))
        // What the summary does not show: the phases' notes, the steps' notes, the teams' places.
        let was = try #require(fold.state.operations.values.first), now = try #require(op)
        #expect(now.phaseChanges.map { "\($0.phase) \($0.note ?? "-")" } == was.phaseChanges.map { "\($0.phase) \($0.note ?? "-")" })
        #expect(now.teams.values.map { "\($0.team) \($0.agency) \($0.location ?? "-")" }.sorted() == was.teams.values.map { "\($0.team) \($0.agency) \($0.location ?? "-")" }.sorted())
        let marks = { (c: Checklist?) in started.steps.map { "\($0.step) \(c?.state(of: $0.step).rawValue ?? "") \(c?.marks[ExactKey($0.step)]?.note ?? "-")" } }
        #expect(marks(loop.data.state.checklists.values.first) == marks(fold.state.checklists.values.first))
        let findingEvents = events.filter { if case .opFinding = $0.body { true } else { false } }.count
        #expect(findingIDs.count == was.findings.count && loop.data.state.corrections.count == findingEvents - was.findings.count, "findings updated by correction")
    }

    // MARK: - The desk

    @Test(arguments: ["tawau-ferry-morning", "nunukan-2024-11-20", "desk-2025-q3"], [Language.id, .en])
    func theDesksDayEqualsTheScenarios(_ scenario: String, _ language: Language) throws {
        let events = Self.events(scenario)
        let first = try #require(events.first { if case .kpiReported = $0.body { true } else { false } })
        let loop = try Self.loop(language, at: first.envelope.ts, operatorID: first.envelope.by ?? "desk-01", post: first.envelope.post)
        // Each post's days: each agency's day of figures as one form (`N` in the desk pane).
        var days: [(post: String, date: CivilDate, agency: String, counts: [KPIMetric: Int64])] = []
        for event in events {
            guard case let .kpiReported(date, agency, metric, count) = event.body else { continue }
            let post = event.envelope.post
            if let i = days.firstIndex(where: { $0.post == post && $0.date == date && $0.agency == agency }) {
                days[i].counts[metric, default: 0] += count
            } else {
                days.append((post, date, agency, [metric: count]))
            }
        }
        var post = first.envelope.post
        for day in days.sorted(by: { $0.post < $1.post }) {
            if day.post != post {
                post = day.post
                Self.choose(post, loop)
            }
            loop.press(.character("4"), .character("N"))
            Self.set(loop, "date", "\(day.date.day)/\(day.date.month)/\(day.date.year)")
            Self.typeAgency(loop, "agency", day.agency)
            for metric in KPIMetric.allCases { Self.set(loop, metric.rawValue, String(day.counts[metric] ?? 0)) }
            Self.save(loop, "figures of \(day.agency) \(day.date)")
        }
        for event in events.sorted(by: { $0.envelope.post < $1.envelope.post }) {
            guard case let .seizureRecorded(caseID, commodity, value, suspects, agency, details) = event.body else { continue }
            if event.envelope.post != post {
                post = event.envelope.post
                Self.choose(post, loop)
            }
            loop.press(.character("4"), .character("S"))
            Self.set(loop, "case", caseID)
            Self.pick(loop, "commodity", commodity.rawValue)
            Self.set(loop, "value_idr", "Rp" + Rupiah.grouped(value))
            Self.set(loop, "suspects", String(suspects))
            Self.typeAgency(loop, "agency", agency)
            #expect(details == SeizureDetails(), "the scenarios' seizures have no optional details: \(caseID)")
            Self.save(loop, "seizure \(caseID)")
        }
        let fold = Self.fold(scenario)
        let recorded = HeadlessSummary.json(loop.data.fold), expected = HeadlessSummary.json(fold)
        #expect(recorded["desk"] != nil && recorded["desk"] == expected["desk"], "\(String(describing: recorded["desk"])) vs \(String(describing: expected["desk"]))")
        // By post: every figure and seizure where the file has it.
        func perPost(_ state: BorderState) -> [String] {
            state.desk.reports.filter { $0.count > 0 }.map { "\($0.post) \($0.date) \($0.agency) \($0.metric) \($0.count)" }.sorted()
                + state.desk.seizures.values.map { "\($0.post) \($0.caseID) \($0.commodity) \($0.valueIDR) \($0.suspects) \($0.agency)" }.sorted()
        }
        #expect(perPost(loop.data.state) == perPost(fold.state))
    }
}
