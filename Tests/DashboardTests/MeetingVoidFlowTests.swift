import BorderOps
import Dashboard
import ExactKeys
import JSON
import Testing
import Words

/// `v` in an open meeting voids the selected agenda item's latest record (its state and
/// minutes) or the selected action's latest assignment, with a reason, like every other list.
@Suite struct MeetingVoidFlowTests {
    static let extra = [
        #"{"id":"i1","ts":"2024-11-20T08:35:00+08:00","type":"agenda.item","post":"nunukan","by":"sekretaris","meeting":"m1","item":"ag-1","title":"Data PMI","owner":"bp3mi","state":"pending"}"#,
        #"{"id":"i2","ts":"2024-11-20T08:50:00+08:00","type":"agenda.item","post":"nunukan","by":"sekretaris","meeting":"m1","item":"ag-1","title":"Data PMI","owner":"bp3mi","state":"done"}"#,
    ]

    static func loop() -> TestLoop {
        let lines = CorrectionFlowTests.lines + extra
        var fold = EventFold()
        for (i, line) in lines.enumerated() { fold.ingest(LineDecoder.decode(line), origin: LineOrigin(source: "t", line: i + 1)) }
        let loop = TestLoop(DashboardInput(fold: fold, sources: [], now: Timestamp.parse("2024-11-20T05:00:00+00:00")!))
        loop.readAppendsBack(after: lines.count)
        loop.press(.character("3"), .enter)
        return loop
    }

    @Test func anAgendaItemsLatestRecordIsVoided() {
        let loop = Self.loop()
        #expect(loop.data.state.meetings["m1"]?.items.first?.state == .done)
        loop.press(.character("v"))
        #expect(loop.row("status dan notula terakhirnya").contains("ag-1 Data PMI · m1") && loop.row("dicatat oleh").contains("agenda.item i2"), "\(loop.text)")
        #expect(loop.row("membatalkan kejadian terakhir").contains("dari 2"), "\(loop.text)")
        loop.type("belum selesai dibahas")
        loop.press(.enter)
        #expect(loop.appended.last?.intent.fields == [JSONMember("target", .string("i2")), JSONMember("reason", .string("belum selesai dibahas"))])
        #expect(loop.data.state.meetings["m1"]?.items.first?.state == .pending, "read back: the earlier record again")
    }

    @Test func anActionsAssignmentIsVoidedAndTheActionLeavesTheMeeting() {
        let loop = Self.loop()
        loop.press(.end, .character("v"))
        #expect(loop.row("penugasan terakhirnya").contains("m1-a1 Kirim data · m1") && loop.row("dicatat oleh").contains("action.assigned a1"), "\(loop.text)")
        loop.type("bukan untuk rapat ini")
        loop.press(.enter)
        #expect(loop.appended.last?.intent.fields.first == JSONMember("target", .string("a1")))
        #expect(loop.data.state.actions["m1-a1"] == nil && loop.row("Kirim data").isEmpty, "\(loop.text)")
    }

    @Test func readOnlyTerminalsDoNotOfferIt() {
        let lines = CorrectionFlowTests.lines + Self.extra
        var fold = EventFold()
        for (i, line) in lines.enumerated() { fold.ingest(LineDecoder.decode(line), origin: LineOrigin(source: "t", line: i + 1)) }
        let loop = TestLoop(DashboardInput(fold: fold, sources: [], now: Timestamp.parse("2024-11-20T05:00:00+00:00")!), writer: nil)
        loop.press(.character("3"), .enter, .character("v"))
        #expect(loop.model.notice == UIText.readOnlyInput.text(.id) && loop.ui.operatorMode == .browsing)
    }
}
