import BorderOps
import Dashboard
import JSON
import Testing
import Words

/// `v` on an acknowledged alert in the alerts list undoes the acknowledgement: it asks for a
/// reason and appends the `event.voided` of the `alert.ack` that stands; read back, the alert is
/// in force again (unacknowledged, first in the list) on every terminal.
@Suite struct AcknowledgementVoidFlowTests {
    /// The sample at 14.40 with the first alert acknowledged through the list and read back.
    static func acknowledged(language: Language) -> (loop: TestLoop, alert: String, ack: String, ackID: JSONValue?) {
        let loop = TestLoop(thaliaAt1440(), language: language)
        loop.press(.character("a"))
        let first = loop.data.alerts[0].id
        loop.press(.enter)
        loop.type("sudah ditangani")
        loop.press(.enter)
        let event = loop.appended.last?.event ?? []
        let line = JSONWriter.compact(.object(event))
        loop.data = thaliaAt1440([line])
        loop.send(.sourcesChanged)
        return (loop, first, line, event.first { $0.key == "id" }?.value)
    }

    @Test func anAcknowledgementIsUndoneWithAReasonAndTheAlertIsInForceAgain() {
        let (loop, alert, ack, ackID) = Self.acknowledged(language: .id)
        #expect(loop.data.alerts.first { $0.id == alert }?.acknowledged == true, "the ack was read back")
        // Unacknowledged first: the acknowledged alert is the last row.
        loop.press(.home, .character("v"))
        #expect(loop.appended.count == 1 && loop.model.notice == Word.voidNotAcknowledged.text(.id), "an alert in force has nothing to undo")
        loop.press(.end, .character("v"))
        #expect(loop.row("pengakuan peringatan").contains(alert) && loop.row("dicatat oleh").contains("alert.ack"), "\(loop.text)")
        loop.press(.enter)
        #expect(loop.appended.count == 1 && loop.model.notice == Word.reasonNeeded.text(.id), "a reason is required")
        loop.type("salah peringatan")
        loop.press(.enter)
        guard let void = loop.appended.last, void.intent.type == "event.voided", ackID != nil else {
            Issue.record("no void appended: \(loop.text)")
            return
        }
        #expect(void.intent.fields == [JSONMember("target", ackID ?? .null), JSONMember("reason", .string("salah peringatan"))])
        // Read back: in force again, and the list shows it unacknowledged first.
        loop.data = thaliaAt1440([ack, JSONWriter.compact(.object(void.event))])
        loop.send(.sourcesChanged)
        #expect(loop.data.alerts.first { $0.id == alert }?.acknowledged == false && loop.ui.operatorMode == .browsing)
        #expect(!loop.text.contains("diakui oleh"), "no alert shows as acknowledged: \(loop.text)")
    }

    @Test func englishWordsAndHelp() {
        let (loop, alert, _, _) = Self.acknowledged(language: .en)
        #expect(loop.text.contains("v void"), "the list's keys line says how: \(loop.text)")
        loop.press(.end, .character("v"))
        #expect(loop.row("acknowledgement of the alert").contains(alert), "\(loop.text)")
    }

    @Test func readOnlyTerminalsCannotUndoIt() {
        let loop = TestLoop(thaliaAt1440(), writer: nil)
        loop.press(.character("a"), .character("v"))
        #expect(loop.model.notice == Word.readOnlyInput.text(.id) && loop.takeEffects().isEmpty)
    }
}
