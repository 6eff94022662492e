import BorderOps
import Dashboard
import ExactKeys
import JSON
import Testing
import Words

/// A finding voided outright from the screen: in an open operation the findings are rows under
/// the checklist (the latest first); `v` on one asks for a reason and appends its `event.voided`;
/// the finding leaves the operation once read back and its correction is in the detail view.
@Suite struct FindingVoidFlowTests {
    /// Operation op1 (no checklist) with findings f-1 (info, 12.40) and f-2 (warning, 12.41).
    static func openOperation() -> TestLoop {
        let loop = CorrectionFlowTests.loop()
        loop.press(.character("2"), .enter)
        return loop
    }

    @Test func theFindingsAreRowsTheLatestFirst() {
        let loop = Self.openOperation()
        #expect(loop.text.contains("Temuan (2)"), "\(loop.text)")
        #expect(loop.row("rokok tanpa cukai").contains("▶") && loop.row("rokok tanpa cukai").contains("PERHATIAN"), "the latest selected: \(loop.text)")
        #expect(loop.row("dua calon PMI").contains("imigrasi-05 12.40"), "who and when: \(loop.text)")
        loop.press(.down)
        #expect(loop.row("dua calon PMI").contains("▶") && !loop.row("rokok tanpa cukai").contains("▶"))
        loop.press(.character(" "))
        #expect(loop.appended.isEmpty && loop.model.notice == Word.noChecklist.text(.id), "step keys do not act on a finding")
    }

    @Test func aFindingIsVoidedWithAReasonAndLeavesTheOperation() {
        let loop = Self.openOperation()
        loop.press(.down, .character("v"))
        #expect(loop.text.contains("Batalkan catatan") && loop.row("temuan:").contains("f-1 (INFO) dua calon PMI · op1"), "\(loop.text)")
        #expect(loop.row("dicatat oleh").contains("imigrasi-05, 12.40") && loop.row("dicatat oleh").contains("op.finding f1"), "\(loop.text)")
        loop.press(.enter)
        #expect(loop.appended.isEmpty && loop.model.notice == "Alasan wajib diisi", "an empty reason is refused")
        loop.type("bukan temuan, salah input")
        loop.press(.enter)
        guard let void = loop.appended.last else {
            Issue.record("nothing appended: \(loop.text)")
            return
        }
        #expect(loop.appended.count == 1 && void.intents.map(\.type) == ["event.voided"] && void.intent.post == "nunukan")
        #expect(void.intent.fields == [JSONMember("target", .string("f1")), JSONMember("reason", .string("bukan temuan, salah input"))])
        #expect(void.at.rfc3339() == "2024-11-20T13:00:00+08:00", "the post's offset")
        // Read back: gone from the operation and from the screen; the other finding stays.
        let op = loop.data.state.operations["op1"]
        #expect(op?.findings.count == 1 && op?.findings.values.first?.finding == "f-2")
        #expect(loop.row("dua calon PMI").isEmpty && loop.text.contains("Temuan (1)") && loop.row("rokok tanpa cukai").contains("▶"), "\(loop.text)")
        #expect(loop.data.state.corrections.map(\.target) == ["f1"] && loop.data.state.corrections.first?.subject.operation == "op1")
        // Its correction is in the operation's detail view: what, who, why.
        loop.press(.character("d"), .character("G"))
        #expect(loop.text.contains("op.finding") || loop.text.contains("f1"), "\(loop.text)")
        #expect(loop.text.contains("bukan temuan, salah input") && loop.text.contains("imigrasi-07"), "\(loop.text)")
    }

    @Test func eCorrectsTheSelectedFinding() {
        let loop = Self.openOperation()
        loop.press(.down, .character("e"))
        #expect(loop.text.contains("Koreksi temuan") && loop.row("Mengoreksi").contains("op.finding f1") && loop.row("Ringkasan").contains("dua calon PMI"),
                "the selected finding, not the latest: \(loop.text)")
    }

    @Test func englishWordsToo() {
        let loop = Self.openOperation()
        loop.press(.character("L"), .character("v"))
        #expect(loop.text.contains("Findings (2)") && loop.row("finding:").contains("f-2 (WARNING) rokok tanpa cukai · op1"), "\(loop.text)")
    }

    @Test func aStepStillVoidsItsMarkWhenFindingsFollowTheChecklist() {
        var fold = oneOperation()
        let lines = [
            #"{"id":"s1","ts":"2024-11-20T12:40:00+08:00","type":"checklist.step","post":"nunukan","by":"imigrasi-03","checklist":"cl-op1","step":"a1","state":"done"}"#,
            #"{"id":"f9","ts":"2024-11-20T12:50:00+08:00","type":"op.finding","post":"nunukan","by":"imigrasi-05","op":"op1","finding":"f-9","category":"pmi","severity":"critical","summary":"CPMI tanpa dokumen"}"#,
        ]
        for (i, line) in lines.enumerated() { fold.ingest(LineDecoder.decode(line), origin: LineOrigin(source: "t", line: 10 + i)) }
        let loop = TestLoop(DashboardInput(fold: fold, sources: [], now: Timestamp.parse("2024-11-20T13:00:00+08:00")!))
        loop.press(.character("2"), .enter, .character("v"))
        #expect(loop.row("tanda langkah").contains("a1 (selesai)"), "the first step is selected first: \(loop.text)")
        loop.press(.escape, .character("G"), .character("v"))
        #expect(loop.row("temuan:").contains("f-9 (KRITIS)"), "End reaches the finding after the steps: \(loop.text)")
        loop.type("dobel")
        loop.press(.enter)
        #expect(loop.appended.last?.intent.fields.first == JSONMember("target", .string("f9")))
        loop.press(.character("g"), .character("j"), .character(" "))
        #expect(loop.appended.last?.intent.type == "checklist.step", "Space on a step still marks it")
    }

    /// A team is voided from the team status form (`S`, ↓ to it, `v`): its latest `op.team`.
    @Test func aTeamsLatestRecordIsVoidedFromTheTeamForm() {
        let loop = TestLoop(DashboardInput(fold: oneOperation(), sources: [], now: Timestamp.parse("2024-11-20T13:00:00+08:00")!))
        loop.readAppendsBack(after: 5)
        loop.press(.character("2"), .enter, .character("S"))
        #expect(loop.text.contains("v batalkan catatan terakhir tim"), "the form says how: \(loop.text)")
        loop.press(.character("j"), .character("v"))
        #expect(loop.row("catatan terakhirnya").contains("tim-xray (bertugas) · op1") && loop.row("dicatat oleh").contains("op.team 2"), "\(loop.text)")
        loop.type("tim tidak diturunkan")
        loop.press(.enter)
        #expect(loop.appended.last?.intent.fields == [JSONMember("target", .string("2")), JSONMember("reason", .string("tim tidak diturunkan"))])
        #expect(loop.data.state.operations["op1"]?.teams.count == 1 && loop.ui.operatorMode == .browsing)
    }
}
