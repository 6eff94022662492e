import BorderOps
import Words
import Dashboard
import ExactKeys
import JSON
import Testing

/// Operator keys → the event they ask for, as pure functions.
@Suite struct OperatorKeysTests {
    static let template = ChecklistTemplate(name: "t", title: "Opgab", kind: .operation, phaseTitles: [:], steps: [
        ChecklistStepDefinition(step: "a1", title: "Surat perintah", phase: "persiapan"),
        ChecklistStepDefinition(step: "b6", title: "Registrasi", phase: "apel"),
    ])

    /// An operation with two teams and, unless `withChecklist` is false, a started checklist.
    func target(withChecklist: Bool = true, readOnly: Bool = false, phase: String = "checking") -> OperatorKeys.Target {
        let fold = oneOperation(phase: phase, checklist: withChecklist)
        return OperatorKeys.Target(operation: fold.state.operations["op1"]!, checklist: fold.state.checklists["cl-op1"],
                                   template: Self.template, readOnly: readOnly)
    }

    func press(_ keys: [Key], _ model: inout DashboardModel, _ target: OperatorKeys.Target) -> [OperatorKeys.Result] {
        keys.map { OperatorKeys.handle($0, model: &model, target: target) }
    }

    func step(_ result: OperatorKeys.Result?) -> (step: String, state: String, note: String?)? {
        guard case .append(let intent)? = result, intent.type == EventType.checklistStep.rawValue else { return nil }
        func value(_ key: String) -> String? {
            if case .string(let s)? = intent.fields.first(where: { $0.key == key })?.value { return s }
            return nil
        }
        return (value("step")!, value("state")!, value("note"))
    }

    @Test func spaceMarksTheSelectedStepDone() {
        var m = DashboardModel(rowScope: .all)
        let results = press([.down, .character(" ")], &m, target())
        #expect(step(results.last)?.step == "b6")
        #expect(step(results.last)?.state == "done")
        #expect(step(press([.up, .enter], &m, target()).last)?.step == "a1")
    }

    @Test func skipAsksForAReasonAndUndoAppendsOpen() {
        var m = DashboardModel(rowScope: .all)
        let t = target()
        var results = press([.character("s"), .enter], &m, t)
        #expect(results.last == .notice(Word.reasonNeeded.text(.id)), "no empty reasons")
        results = press([.character("k"), .character("a"), .character("p"), .character("a"), .character("l"), .backspace, .left, .character("X"), .end, .character("!"), .enter], &m, t)
        #expect(step(results.last)?.state == "skipped")
        #expect(step(results.last)?.note == "kapXa!")
        #expect(m.operatorMode == .browsing)
        #expect(step(press([.character("u")], &m, t).last)?.state == "open")
    }

    @Test func noteKeepsTheStepsStateAndEscCancels() {
        var m = DashboardModel(rowScope: .all)
        let t = target()
        #expect(press([.character("n"), .character("x"), .escape], &m, t).allSatisfy { $0 == .handled })
        let r = press([.character("n"), .character("o"), .character("k"), .enter], &m, t)
        #expect(step(r.last)?.state == "open")
        #expect(step(r.last)?.note == "ok")
    }

    @Test func readOnlyTerminalsWriteNothing() {
        var m = DashboardModel(rowScope: .all)
        let r = press([.character(" "), .character("s"), .character("f"), .character(">")], &m, target(readOnly: true))
        #expect(r.allSatisfy { $0 == .notice(Word.readOnlyInput.text(.id)) })
        #expect(m.operatorMode == .browsing)
    }

    @Test func startChecklistFromTheTemplate() {
        var m = DashboardModel(rowScope: .all)
        guard case .append(let intent)? = press([.character("c")], &m, target(withChecklist: false)).last else {
            Issue.record("no intent"); return
        }
        #expect(intent.type == EventType.checklistStarted.rawValue)
        #expect(intent.fields.first?.value == .string("cl-op1"))
        #expect(press([.character("c")], &m, target()).last == .notice(Word.checklistExists.text(.id)))
    }

    @Test func teamStatusForm() {
        var m = DashboardModel(rowScope: .all)
        // Teams sorted: tim-gangway (standby), tim-xray (deployed); pick tim-xray, status → checking.
        guard case .append(let intent)? = press([.character("S"), .down, .right, .enter], &m, target()).last else {
            Issue.record("no intent"); return
        }
        #expect(intent.type == EventType.opTeam.rawValue)
        #expect(intent.fields.contains(JSONMember("team", .string("tim-xray"))))
        #expect(intent.fields.contains(JSONMember("agency", .string("bea-cukai"))))
        #expect(intent.fields.contains(JSONMember("status", .string("checking"))))
    }

    /// `>` opens the phase form: the next phase first, the current one (a note on it) second;
    /// before `closed` the form's title asks; a closed operation has no next phase.
    @Test func nextPhaseIsAFormThatAsksBeforeClosing() {
        func opened(_ phase: String) -> Form? {
            var m = DashboardModel(rowScope: .all)
            _ = press([.character(">")], &m, target(phase: phase))
            if case .form(let form) = m.operatorMode { return form }
            return nil
        }
        #expect(opened("checking")?.fields.first?.choices.map(\.code) == ["debrief", "checking"] && opened("checking")?.purpose == .phase(op: "op1"))
        #expect(opened("checking")?.title == .phaseFormTitle && opened("debrief")?.title == .phaseFormCloseTitle)
        #expect(opened("debrief")?.fields.first?.choices.map(\.code) == ["closed", "debrief"])
        #expect(opened("planned")?.fields.first?.choices.map(\.code) == ["briefing"], "no note on `planned`: no phase recorded yet")
        var m = DashboardModel(rowScope: .all)
        #expect(press([.character(">")], &m, target(phase: "closed")).last == .notice(Word.alreadyClosed.text(.id)) && m.operatorMode == .browsing)
    }

    @Test func lineEditorEditsByGrapheme() {
        var e = LineEditor("Tunon")
        _ = e.handle(.home)
        _ = e.handle(.character("é"))
        _ = e.handle(.end)
        _ = e.handle(.character("中"))
        _ = e.handle(.left)
        _ = e.handle(.backspace)
        #expect(e.text == "éTuno中")
        #expect(e.handle(.enter) == .saved("éTuno中"))
        #expect(e.handle(.escape) == .cancelled)
    }
}
