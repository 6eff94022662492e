import BorderOps
import Dashboard
import EventLog
import ExactKeys
import Foundation
import JSON
import Testing
import Words

/// An operator's flows through the loop: checklist, team, finding, closing, acknowledging an
/// alert; a read-only terminal; two terminals on one file.
@Suite struct OperatorFlowTests {
    /// One operation (two teams, phase `phase`) with a two-step checklist, seen at 13.00.
    func operation(phase: String = "checking", checklist: Bool = true) -> DashboardInput {
        let fold = oneOperation(phase: phase, checklist: checklist)
        return DashboardInput(fold: fold, sources: [], now: Timestamp.parse("2024-11-20T13:00:00+08:00")!)
    }

    func value(_ request: AppendRequest?, _ key: String) -> String? {
        if case .string(let s)? = request?.intent.fields.first(where: { $0.key == key })?.value { return s }
        return nil
    }

    @Test func checklistMarksSkipWithAReasonNoteAndUndo() {
        let loop = TestLoop(operation())
        loop.press(.character("2"), .enter)
        #expect(loop.text.contains("Surat perintah") && loop.text.contains("Spasi selesai"), "\(loop.text)")
        loop.press(.character(" "))
        #expect(value(loop.appended.last, "step") == "a1" && value(loop.appended.last, "state") == "done")
        loop.press(.character("j"), .character("s"), .enter)
        #expect(loop.text.contains("Alasan wajib") || loop.model.notice != nil, "a skip needs a reason")
        loop.type("kapal terlambat")
        loop.press(.enter)
        #expect(value(loop.appended.last, "state") == "skipped" && value(loop.appended.last, "note") == "kapal terlambat")
        loop.press(.character("n"))
        loop.type("ok")
        loop.press(.escape)
        #expect(loop.appended.count == 2, "Esc drops the note")
        loop.press(.character("u"))
        #expect(value(loop.appended.last, "step") == "b6" && value(loop.appended.last, "state") == "open")
        #expect(loop.appended.allSatisfy { $0.event.first?.value == .string($0.id) && $0.by == "imigrasi-07" })
    }

    @Test func spaceOnAStepAlreadyDoneWritesNothingAndMovesOn() {
        let loop = TestLoop(operation())
        loop.readAppendsBack(after: 5)
        loop.press(.character("2"), .enter, .character(" "))
        #expect(loop.appended.count == 1 && value(loop.appended.last, "step") == "a1")
        #expect(loop.data.state.checklists["cl-op1"]?.state(of: "a1") == .done, "read back")
        loop.press(.character(" "))
        #expect(loop.appended.count == 1, "a1 is done: pressing again writes nothing (not a second done, not a new who/when)")
        #expect(loop.ui.selectedStep == "b6", "the selection moved on to the next open step")
        loop.press(.character(" "))
        #expect(loop.appended.count == 2 && value(loop.appended.last, "step") == "b6")
        loop.press(.character(" "))
        #expect(loop.appended.count == 2, "all done: nothing more is written")
    }

    @Test func teamStatusFindingAndClosing() {
        let loop = TestLoop(operation(phase: "debrief"))
        loop.press(.character("2"), .enter, .character("S"), .right, .enter)
        let team = loop.appended.last
        #expect(team?.intent.type == "op.team" && value(team, "team") == "tim-gangway" && value(team, "status") != "standby", "\(String(describing: team))")
        loop.press(.character("f"), .right, .tab, .right, .right, .tab)
        loop.type("CPMI tanpa dokumen")
        loop.press(.enter)
        let finding = loop.appended.last
        #expect(finding?.intent.type == "op.finding" && value(finding, "summary") == "CPMI tanpa dokumen")
        #expect(value(finding, "category") != "immigration" && value(finding, "severity") != "info")
        // `>`: the phase form, which asks before closing; Esc does not close.
        loop.press(.character(">"))
        #expect(loop.text.contains("Tutup operasi?") && loop.appended.count == 2, "closing asks first: \(loop.text)")
        loop.press(.escape)
        #expect(loop.ui.operatorMode == .browsing && loop.appended.count == 2, "Esc is no")
        loop.press(.character(">"), .tab)
        loop.type("Operasi selesai tanpa temuan")
        loop.press(.enter)
        #expect(loop.appended.last?.intent.summary == "op.phase closed" && value(loop.appended.last, "note") == "Operasi selesai tanpa temuan")
    }

    @Test func startChecklistFromTheTemplate() {
        let loop = TestLoop(operation(checklist: false), template: sampleTemplate)
        loop.press(.character("2"), .enter, .character("c"))
        #expect(loop.appended.last?.intent.type == "checklist.started" && value(loop.appended.last, "checklist") == "cl-op1")
    }

    @Test func readOnlyTerminalRefusesAndShowsNoWritingKeys() {
        let loop = TestLoop(operation(), writer: nil)
        loop.press(.character("2"), .enter)
        #expect(!loop.text.contains("Spasi selesai") && loop.text.contains("HANYA BACA"), "\(loop.text)")
        for key in [Key.character(" "), .character("u"), .character("s"), .character("T"), .character("f"), .character(">"), .enter] {
            loop.press(key)
            #expect(loop.text.contains("Terminal hanya baca: input dimatikan"), "\(key)")
            #expect(loop.ui.operatorMode == .browsing)
        }
        #expect(loop.takeEffects().isEmpty)
        loop.press(.character("?"))
        #expect(!loop.text.contains("tandai langkah selesai") && loop.text.contains("langkah berikutnya"), "\(loop.text)")
    }

    @Test func alertAcknowledgedWithANoteMovesDownWhenReadBack() {
        let loop = TestLoop(thaliaAt1440(), language: .en)
        loop.press(.character("a"))
        #expect(loop.text.contains("Alerts ("))
        let first = loop.data.alerts[0]
        loop.press(.enter)
        #expect(loop.text.contains("Acknowledge: note (optional)"), "\(loop.text)")
        loop.type("diserahkan ke Bea Cukai")
        loop.press(.enter)
        let ack = loop.appended.last
        #expect(ack?.intent.type == "alert.ack" && value(ack, "alert") == first.id && value(ack, "note") == "diserahkan ke Bea Cukai")
        // The follower reads it back: the alert is acknowledged on screen.
        let line = JSONWriter.compact(.object(ack!.event))
        loop.data = thaliaAt1440([line])
        loop.send(.sourcesChanged)
        #expect(loop.text.contains("acknowledged by imigrasi-07"), "\(loop.text)")
        let readOnly = TestLoop(thaliaAt1440(), writer: nil)
        readOnly.press(.character("a"), .enter)
        #expect(readOnly.text.contains("Terminal hanya baca: input dimatikan") && readOnly.takeEffects().isEmpty)
    }

    @Test func bellRingsOncePerNewCriticalAlert() {
        let finding = #"{"id":"f","ts":"2024-11-20T14:30:00+08:00","type":"op.finding","post":"nunukan","op":"opgab-tunontaka-20241120","finding":"f-9","category":"pmi","severity":"critical","summary":"CPMI tanpa dokumen"}"#
        let loop = TestLoop(thaliaAt1440([finding]), bell: true)
        #expect(loop.screen.bells == 1)
        loop.send(.sourcesChanged)
        #expect(loop.screen.bells == 1, "no bell for a redraw")
        let silent = TestLoop(thaliaAt1440([finding]))
        #expect(silent.screen.bells == 0, "only with --bell")
    }

    /// Two terminals on one file: A writes, both follow the file through one fold, B (read
    /// only) sees A's marks.
    @Test func twoTerminalsOnOneFileSeeEachOthersMarks() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("loop-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = dir + "/post.jsonl"
        try FileManager.default.copyItem(atPath: Paths.sampleData + "/nunukan-2024-11-20.jsonl", toPath: file)
        var shared = EventFold()
        let sources = EventSources(arguments: [file])
        func follow() {
            _ = sources.readAvailable { path, line in
                shared.ingest(line: line.bytes, length: line.length, origin: LineOrigin(source: path, line: line.number))
            }
        }
        follow()
        func input() -> DashboardInput { DashboardInput(fold: shared, sources: [], now: Timestamp.parse("2024-11-21T10:00:00+08:00")!) }
        let a = TestLoop(input(), writer: (operatorID: "imigrasi-07", file: file))
        let b = TestLoop(input(), writer: nil)
        a.results = { effect in
            guard case .append(let request) = effect else { return [] }
            do {
                try EventAppender.append(JSONWriter.compact(.object(request.event)), to: request.file)
                return [.appended(request.intent, .written(unconfirmed: nil))]
            } catch {
                return [.appended(request.intent, .failed("\(error)"))]
            }
        }
        let step = "Kapal dan manifes dikonfirmasi"
        for t in [a, b] { t.press(.character("2"), .enter) }
        a.press(.character("j"), .character("u"))
        follow()
        for t in [a, b] {
            t.data = input()
            t.send(.sourcesChanged)
        }
        #expect(b.row(step).contains("○") && b.row(step).contains("BERIKUTNYA"), "\(b.text)")
        a.press(.character("s"))
        a.type("kapal terlambat")
        a.press(.enter)
        follow()
        b.data = input()
        b.send(.sourcesChanged)
        #expect(b.row(step).contains("–") && b.row(step).contains("kapal terlambat") && b.row(step).contains("imigrasi-07"), "\(b.text)")
        b.press(.character("u"))
        #expect(b.text.contains("Terminal hanya baca: input dimatikan"))
        #expect(try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").count == 437)
    }
}
