import BorderOps
import Dashboard
import JSON
import Testing
import Words

/// Corrections from the screen: `v` on a recorded item opens a form that says what will be
/// voided, needs a reason, and appends one `event.voided`; the item leaves the pane when the
/// void is read back.
@Suite struct VoidFlowTests {
    static let lines = [
        #"{"id":"b1","ts":"2024-11-20T08:00:00+08:00","type":"voyage.opened","post":"nunukan","voyage":"thalia-20","vessel":"KM. Thalia","from":"Nunukan","to":"Parepare","departs":"2024-11-20T17:00:00+08:00","manifest":1326}"#,
        #"{"id":"b2","ts":"2024-11-20T12:00:00+08:00","type":"passenger.checked","post":"nunukan","by":"imigrasi-03","voyage":"thalia-20","passenger":"P-0001","doc":"ktp","result":"cleared"}"#,
        #"{"id":"b3","ts":"2024-11-20T12:30:00+08:00","type":"passenger.checked","post":"nunukan","by":"imigrasi-04","voyage":"thalia-20","passenger":"P-0002","doc":"ktp","result":"denied"}"#,
    ]

    /// The voyage seen at 13.00 WITA by a host whose clock says +00:00; appends read back.
    static func loop(_ lines: [String] = lines, writer: (operatorID: String, file: String)? = TestLoop.writer) -> TestLoop {
        var fold = EventFold()
        for (i, line) in lines.enumerated() { fold.ingest(LineDecoder.decode(line), origin: LineOrigin(source: "t", line: i + 1)) }
        let loop = TestLoop(DashboardInput(fold: fold, sources: [], now: Timestamp.parse("2024-11-20T05:00:00+00:00")!), writer: writer)
        loop.readAppendsBack(after: lines.count)
        return loop
    }

    @Test func aCheckIsVoidedWithAReasonAndLeavesThePane() {
        let loop = Self.loop()
        loop.press(.enter)
        #expect(loop.text.contains("v batalkan") && loop.row("P-0002").contains("▶"), "newest check selected: \(loop.text)")
        loop.press(.down)
        #expect(loop.row("P-0001").contains("▶") && !loop.row("P-0002").contains("▶"))
        #expect(loop.text.contains("KM. Thalia"), "↑↓ move over the checks, not the voyages")
        loop.press(.character("v"))
        #expect(loop.text.contains("Batalkan catatan") && loop.row("pemeriksaan penumpang").contains("P-0001 (lolos) · thalia-20"), "\(loop.text)")
        #expect(loop.row("dicatat oleh").contains("imigrasi-03, 12.00") && loop.row("dicatat oleh").contains("passenger.checked b2"))
        loop.press(.enter)
        #expect(loop.appended.isEmpty && loop.model.notice == "Alasan wajib diisi", "an empty reason is refused")
        loop.type("  salah kapal ")
        loop.press(.enter)
        #expect(loop.appended.count == 1)
        let void = loop.appended.last
        #expect(void?.intent.type == "event.voided" && void?.intent.post == "nunukan" && void?.by == "imigrasi-07")
        #expect(void?.intent.fields == [JSONMember("target", .string("b2")), JSONMember("reason", .string("salah kapal"))])
        #expect(void?.at.rfc3339() == "2024-11-20T13:00:00+08:00", "the post's offset, not the host's")
        // Read back: the check is gone from the pane and the count; the state knows the correction.
        #expect(loop.row("P-0001").isEmpty && loop.row("manifes 1.326").contains("diperiksa 1 ") && loop.row("P-0002").contains("ditolak"), "\(loop.text)")
        #expect(loop.data.state.corrections.map(\.target) == ["b2"] && loop.ui.operatorMode == .browsing)
    }

    @Test func escCancelsAndNothingIsWritten() {
        let loop = Self.loop()
        loop.press(.enter, .character("v"))
        loop.type("salah")
        loop.press(.escape)
        #expect(loop.appended.isEmpty && loop.ui.operatorMode == .browsing && !loop.text.contains("Batalkan catatan"))
        #expect(loop.row("P-0002").contains("ditolak"), "still there")
    }

    @Test func englishWordsToo() {
        let loop = Self.loop()
        loop.press(.character("L"), .enter, .character("v"))
        #expect(loop.text.contains("Void a recorded item") && loop.row("passenger check").contains("P-0002 (denied)"), "\(loop.text)")
        loop.press(.enter)
        #expect(loop.model.notice == "A reason is needed")
    }

    @Test func readOnlyTerminalsDoNotOfferIt() {
        let loop = Self.loop(writer: nil)
        loop.press(.enter)
        #expect(!loop.text.contains("v batalkan"))
        loop.press(.character("v"))
        #expect(loop.model.notice == Word.readOnlyInput.text(.id) && loop.ui.operatorMode == .browsing)
        #expect(loop.appended.isEmpty && !loop.text.contains("Batalkan catatan"))
    }

    @Test func gateModeStillTakesItsOwnKeys() {
        let loop = Self.loop()
        loop.press(.enter, .character("g"))
        loop.type("P-v")
        loop.press(.enter)
        #expect(loop.appended.last?.intent.type == "passenger.checked", "v is typed into the reference in gate mode")
        #expect(loop.text.contains("PINTU"))
    }

    @Test func aStepMarkIsVoidedAtItsLatestEvent() {
        let marks = [
            #"{"id":"s1","ts":"2024-11-20T12:40:00+08:00","type":"checklist.step","post":"nunukan","by":"imigrasi-03","checklist":"cl-op1","step":"a1","state":"skipped","note":"nanti"}"#,
            #"{"id":"s2","ts":"2024-11-20T12:45:00+08:00","type":"checklist.step","post":"nunukan","by":"imigrasi-05","checklist":"cl-op1","step":"a1","state":"done"}"#,
        ]
        var fold = oneOperation()
        for (i, line) in marks.enumerated() { fold.ingest(LineDecoder.decode(line), origin: LineOrigin(source: "t", line: 10 + i)) }
        let loop = TestLoop(DashboardInput(fold: fold, sources: [], now: Timestamp.parse("2024-11-20T13:00:00+08:00")!))
        loop.press(.character("2"), .enter, .character("v"))
        #expect(loop.row("tanda langkah").contains("a1 (selesai) · cl-op1") && loop.row("dicatat oleh").contains("checklist.step s2"), "\(loop.text)")
        #expect(loop.row("membatalkan kejadian terakhir").contains("dari 2"))
        loop.type("belum selesai")
        loop.press(.enter)
        #expect(loop.appended.last?.intent.fields == [JSONMember("target", .string("s2")), JSONMember("reason", .string("belum selesai"))])
        loop.press(.character("j"), .character("v"))
        #expect(loop.model.notice == "Tidak ada yang dipilih untuk dibatalkan" && loop.ui.operatorMode == .browsing, "b6 has no mark")
    }
}
