import BorderOps
import Dashboard
import ExactKeys
import Foundation
import JSON
import Testing
import Words

/// Each role's day in a sample scenario recorded from the dashboard alone (issue 17's "Done
/// when"): the Tawau ferry morning's gate (two voyages, 396 checks, both closed), its joint
/// operation (teams, phases, the checklist, findings, one corrected with `e`) and its desk (the
/// KPI figures of three agencies, a seizure), each typed through the in-process screen's forms
/// as an officer would, read back, and then the headless summary (`summary --json`) of what was
/// recorded equals the scenario's own: its expected figures. Ids are the forms' own, so rows are
/// compared without them.
@Suite struct RoleDayScenarioTests {
    static let file = Paths.sampleData + "/scenarios/tawau-ferry-morning.jsonl"

    static var events: [Event] {
        let text = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { line in
            if case .event(let event) = LineDecoder.decode(String(line)) { return event }
            return nil
        }
    }

    /// The scenario's summary: what the recorded day must come to.
    static var expected: JSONValue {
        let text = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
        var fold = EventFold()
        for (i, line) in text.split(separator: "\n").enumerated() { fold.ingest(LineDecoder.decode(String(line)), origin: LineOrigin(source: "s", line: i + 1)) }
        return HeadlessSummary.json(fold)
    }

    /// A terminal on an empty file that morning at 07.00 WITA, its appends read back.
    static func loop(operatorID: String, template: ChecklistTemplate? = nil) -> TestLoop {
        let input = DashboardInput(fold: EventFold(), sources: [], now: Timestamp.parse("2024-12-17T07:00:00+08:00")!)
        let loop = TestLoop(input, writer: (operatorID: operatorID, file: "/tmp/post/post.jsonl"), template: template)
        loop.readAppendsBack(after: 0)
        return loop
    }

    /// `rows` of a summary (voyages, operations, checklists) without the members named `ids`
    /// (the forms make their own), sorted, so two days compare by their figures.
    static func rows(_ summary: JSONValue, _ key: String, without ids: Set<String>) -> [String] {
        guard case .array(let rows)? = summary[key] else { return [] }
        return rows.map { row -> String in
            guard case .object(let members) = row else { return "" }
            return JSONWriter.compact(.object(members.filter { !ids.contains($0.key) }))
        }.sorted()
    }

    /// `2024-12-17T09:30:00+08:00` as officers type it: `17/12/2024 09.30`.
    static func typed(_ ts: Timestamp) -> String {
        let text = ts.rfc3339()
        let d = text.prefix(10).split(separator: "-"), clock = text.dropFirst(11).prefix(5)
        return "\(d[2])/\(d[1])/\(d[0]) \(clock.replacingOccurrences(of: ":", with: "."))"
    }

    // MARK: - Typing into forms

    static func form(_ loop: TestLoop) -> Form? {
        if case .form(let form) = loop.ui.operatorMode { return form }
        return nil
    }

    /// Tab to field `key`.
    static func focus(_ loop: TestLoop, _ key: String) {
        for _ in 0..<30 {
            guard let form = form(loop), form.current.key != key else { return }
            loop.press(.tab)
        }
    }

    /// Field `key` emptied and `text` typed.
    static func set(_ loop: TestLoop, _ key: String, _ text: String) {
        focus(loop, key)
        loop.press(.end)
        for _ in 0..<(form(loop)?.current.editor.characters.count ?? 0) { loop.press(.backspace) }
        loop.type(text)
    }

    /// The entry of pick field `key` whose code is `code`, with ←→.
    static func pick(_ loop: TestLoop, _ key: String, _ code: String) {
        focus(loop, key)
        for _ in 0..<40 {
            guard let field = form(loop)?.current, let chosen = field.chosen.first, field.choices[chosen].code != code else { return }
            loop.press(.right)
        }
    }

    /// Exactly the entries `codes` of multi-pick field `key` ticked, with → and Space.
    static func pickAll(_ loop: TestLoop, _ key: String, _ codes: [String]) {
        focus(loop, key)
        guard let count = form(loop)?.current.choices.count else { return }
        for _ in 0..<count {
            guard let field = form(loop)?.current else { return }
            if field.chosen.contains(field.cursor) != codes.contains(field.choices[field.cursor].code) { loop.press(.character(" ")) }
            loop.press(.right)
        }
    }

    /// Enter; the form must be gone (saved) afterwards.
    static func save(_ loop: TestLoop, _ what: String) {
        loop.press(.enter)
        if form(loop) != nil { Issue.record("\(what) not saved: \(loop.model.notice ?? "")\n\(loop.text)") }
    }

    // MARK: - The gate

    @Test func theGatesDayEqualsTheScenarios() {
        let loop = Self.loop(operatorID: "imigrasi-07")
        let events = Self.events
        for event in events {
            guard case let .voyageOpened(voyage, vessel, from, to, departs, manifest, _) = event.body else { continue }
            loop.press(.character("1"), .character("N"))
            Self.set(loop, "vessel", vessel)
            Self.set(loop, "from", from)
            Self.set(loop, "to", to)
            Self.set(loop, "departs", Self.typed(departs))
            Self.set(loop, "manifest", Rupiah.grouped(manifest))
            Self.save(loop, "voyage \(voyage)")
            // Read back, the new voyage is selected: open it, gate mode.
            loop.press(.enter, .character("g"))
            guard case .gate = loop.ui.operatorMode else {
                Issue.record("no gate mode: \(loop.text)")
                return
            }
            for check in events {
                guard case let .passengerChecked(v, passenger, doc, _, result, note) = check.body, v == voyage else { continue }
                for _ in 0..<CheckResult.allCases.count {
                    guard case .gate(let entry) = loop.ui.operatorMode, entry.result != result else { break }
                    loop.press(.tab)
                }
                for _ in 0..<DocumentKind.allCases.count {
                    guard case .gate(let entry) = loop.ui.operatorMode, entry.document != doc else { break }
                    loop.press(.backTab)
                }
                loop.type(passenger)
                if let note {
                    loop.press(.down)
                    loop.type(note)
                }
                loop.press(.enter)
                // A doubtful reference warns first; Enter again records it, as an officer would.
                if case .gate(let entry) = loop.ui.operatorMode, entry.warning != nil { loop.press(.enter) }
            }
            // Out of gate mode, close the voyage (it asks first), back to the list.
            for _ in 0..<3 {
                guard case .gate = loop.ui.operatorMode else { break }
                loop.press(.escape)
            }
            loop.press(.character("x"), .character("y"), .escape)
        }
        let recorded = HeadlessSummary.json(loop.data.fold)
        let expected = Self.rows(Self.expected, "voyages", without: ["voyage"])
        #expect(expected.count == 2)
        #expect(Self.rows(recorded, "voyages", without: ["voyage"]) == expected, "\(recorded)")
        #expect(loop.appended.allSatisfy { $0.at.rfc3339().hasSuffix("+08:00") && $0.by == "imigrasi-07" })
    }

    // MARK: - The joint operation

    @Test func theOperatorsDayEqualsTheScenarios() throws {
        let events = Self.events
        let started = try #require(events.lazy.compactMap { e -> ChecklistTemplate? in
            guard case let .checklistStarted(_, _, title, steps) = e.body else { return nil }
            return ChecklistTemplate(name: "opgab-tunontaka", title: title, kind: .operation, phaseTitles: [:], steps: steps)
        }.first)
        let loop = Self.loop(operatorID: "imigrasi-inteldakim-01", template: started)
        var findingIDs: [String: String] = [:]
        for event in events {
            switch event.body {
            case let .opPlanned(_, title, location, lead, agencies, starts):
                loop.press(.character("2"), .character("N"))
                Self.set(loop, "title", title)
                Self.set(loop, "location", location)
                Self.pick(loop, "lead", lead)
                Self.pickAll(loop, "agencies", agencies)
                Self.set(loop, "starts", Self.typed(starts))
                Self.save(loop, "operation")
                loop.press(.enter)
            case let .opTeam(_, team, agency, status, location):
                guard let op = loop.data.state.operations.values.first else { continue }
                let teams = OperatorKeys.sortedTeams(op)
                if let index = teams.firstIndex(where: { $0.team == team }) {
                    // A known team's new status: `S`, ↓ to it, → to the status, Enter.
                    loop.press(.character("S"))
                    for _ in 0..<index { loop.press(.down) }
                    for _ in 0..<TeamStatus.allCases.count {
                        guard case .team(_, let current) = loop.ui.operatorMode, current != status else { break }
                        loop.press(.right)
                    }
                    loop.press(.enter)
                } else {
                    loop.press(.character("T"))
                    Self.set(loop, "team", team)
                    Self.pick(loop, "agency", agency)
                    Self.pick(loop, "status", status.rawValue)
                    if let location { Self.set(loop, "location", location) }
                    Self.save(loop, "team \(team)")
                }
            case let .opPhase(_, phase, _):
                guard let op = loop.data.state.operations.values.first, op.phase < phase else { continue }
                while let now = loop.data.state.operations.values.first?.phase, now < phase {
                    loop.press(.character(">"))
                    if loop.ui.operatorMode == .confirmClose { loop.press(.character("y")) }
                    if loop.data.state.operations.values.first?.phase == now { Issue.record("> did not move on from \(now)"); break }
                }
            case .checklistStarted:
                loop.press(.character("c"))
            case let .checklistStep(_, step, state, note):
                guard let index = started.steps.firstIndex(where: { $0.step == step }) else { continue }
                loop.press(.character("g"))
                for _ in 0..<index { loop.press(.character("j")) }
                switch state {
                case .done: loop.press(.character(" "))
                case .open: loop.press(.character("u"))
                case .skipped:
                    loop.press(.character("s"))
                    loop.type(note ?? "tidak dilakukan")
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
                    if case .string(let id)? = loop.appended.last?.intent.fields.first(where: { $0.key == "finding" })?.value { findingIDs[finding] = id }
                }
            default: continue
            }
        }
        let recorded = HeadlessSummary.json(loop.data.fold)
        let operations = Self.rows(Self.expected, "operations", without: ["op"])
        #expect(operations.count == 1)
        #expect(Self.rows(recorded, "operations", without: ["op"]) == operations, "\(recorded)")
        let checklists = Self.rows(Self.expected, "checklists", without: ["checklist"])
        #expect(checklists.count == 1)
        #expect(Self.rows(recorded, "checklists", without: ["checklist"]) == checklists)
        #expect(findingIDs.count == 2 && loop.data.state.corrections.count == 2, "two findings updated once each, by correction")
    }

    // MARK: - The desk

    @Test func theDesksDayEqualsTheScenarios() {
        let loop = Self.loop(operatorID: "desk-nunukan-01")
        let events = Self.events
        // The day's figures of each agency, as one form each (`N` in the desk pane).
        var days: [(date: CivilDate, agency: String, counts: [KPIMetric: Int64])] = []
        for event in events {
            guard case let .kpiReported(date, agency, metric, count) = event.body else { continue }
            if let i = days.firstIndex(where: { $0.date == date && $0.agency == agency }) {
                days[i].counts[metric, default: 0] += count
            } else {
                days.append((date, agency, [metric: count]))
            }
        }
        #expect(days.count == 3)
        for day in days {
            loop.press(.character("4"), .character("N"))
            Self.set(loop, "date", "\(day.date.day)/\(day.date.month)/\(day.date.year)")
            Self.pick(loop, "agency", day.agency)
            for metric in KPIMetric.allCases { Self.set(loop, metric.rawValue, String(day.counts[metric] ?? 0)) }
            Self.save(loop, "figures of \(day.agency)")
        }
        for event in events {
            guard case let .seizureRecorded(caseID, commodity, value, suspects, agency, _) = event.body else { continue }
            loop.press(.character("4"), .character("S"))
            Self.set(loop, "case", caseID)
            Self.pick(loop, "commodity", commodity.rawValue)
            Self.set(loop, "value_idr", "Rp" + Rupiah.grouped(value))
            Self.set(loop, "suspects", String(suspects))
            Self.pick(loop, "agency", agency)
            Self.save(loop, "seizure \(caseID)")
        }
        let recorded = HeadlessSummary.json(loop.data.fold)
        #expect(recorded["desk"] != nil && recorded["desk"] == Self.expected["desk"], "\(String(describing: recorded["desk"])) vs \(String(describing: Self.expected["desk"]))")
    }
}
