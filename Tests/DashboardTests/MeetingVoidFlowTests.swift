import BorderOps
import Dashboard
import ExactKeys
import JSON
import Testing
import Words

/// `v` in an open meeting voids the selected agenda item's latest record (its state and
/// minutes) or the selected action's latest assignment, with a reason, like every other list.
@Suite struct MeetingVoidFlowTests {
    static func loop() -> TestLoop { openMeetingWithItem() }

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
        let loop = openMeetingWithItem(writer: nil)
        loop.press(.character("v"))
        #expect(loop.model.notice == Word.readOnlyInput.text(.id) && loop.ui.operatorMode == .browsing)
    }
}
