import BorderOps
import Foundation
import Reports
import Testing
import Words

/// A voyage, meeting or operation opened by mistake and voided whole from the screen (`v` on
/// its row: its opening and every record that hangs on it, one batch) is gone from the reports
/// and listed once, by its opening, in a "Koreksi" appendix that would have drawn on it.
@Suite struct OpeningVoidReportTests {
    static let tawau = FindingCorrectionReportTests.tawau
    static let op = "opgab-tunontaka-20241217"
    static let wrong = [
        #"{"id":"wv","ts":"2024-12-17T07:40:00+08:00","type":"voyage.opened","post":"nunukan","voyage":"salah-17","vessel":"KM. Salah","from":"Nunukan","to":"Tawau","departs":"2024-12-17T11:00:00+08:00","manifest":40}"#,
        #"{"id":"wc1","ts":"2024-12-17T07:50:00+08:00","type":"passenger.checked","post":"nunukan","voyage":"salah-17","passenger":"P-1","doc":"ktp","result":"cleared"}"#,
        #"{"id":"wc2","ts":"2024-12-17T07:51:00+08:00","type":"passenger.checked","post":"nunukan","voyage":"salah-17","passenger":"P-2","doc":"ktp","result":"cleared"}"#,
        #"{"id":"wm","ts":"2024-12-17T06:00:00+08:00","type":"meeting.opened","post":"nunukan","meeting":"rapat-salah","title":"Rapat salah buka","chair":"Kepala","location":"Kantor","attendees":["imigrasi"]}"#,
        #"{"id":"wo","ts":"2024-12-17T08:00:00+08:00","type":"op.planned","post":"nunukan","op":"op-salah","title":"Operasi salah buka","location":"Dermaga","lead":"imigrasi","agencies":["imigrasi"],"starts":"2024-12-17T09:00:00+08:00"}"#,
    ]
    static let voids = ["wv", "wc1", "wc2", "wm", "wo"].map { target in
        #"{"id":"x-\#(target)","ts":"2024-12-17T12:00:00+08:00","type":"event.voided","post":"nunukan","by":"imigrasi-07","target":"\#(target)","reason":"salah dibuka"}"#
    }

    @Test func theOperationReportListsTheVoidedVoyageAndMeetingOnceByTheirOpening() throws {
        let before = TextRenderer.render(try OperationReport.build(fold([Self.tawau], extra: Self.wrong), op: Self.op, context: context(.id)))
        #expect(before.contains("KM. Salah") && before.contains("Rapat salah buka"), "drawn on before the void: \(before)")
        let state = fold([Self.tawau], extra: Self.wrong + Self.voids)
        let text = TextRenderer.render(try OperationReport.build(state, op: Self.op, context: context(.id)))
        let parts = text.components(separatedBy: "KOREKSI")
        #expect(parts.count == 2 && !parts[0].contains("KM. Salah") && !parts[0].contains("Rapat salah buka"), "\(text)")
        #expect(parts.last?.contains("voyage.opened wv") == true && parts.last?.contains("meeting.opened wm") == true, "\(text)")
        #expect(parts.last?.contains("passenger.checked wc1") == false, "its checks' voids are not listed one by one")
        #expect(parts.last?.contains("op.planned wo") == false, "another operation is not this report's")
    }

    @Test func theDeskReportOfTheDayListsAVoidedOperation() throws {
        let kpi = #"{"id":"k1","ts":"2024-12-17T16:00:00+08:00","type":"kpi.reported","post":"nunukan","date":"2024-12-17","agency":"bea-cukai","metric":"patrol","count":2}"#
        let state = fold([Self.tawau], extra: Self.wrong + [kpi] + Self.voids)
        let day = CivilDate.parse("2024-12-17")!
        let text = TextRenderer.render(try DeskReport.build(state, from: day, to: day, byAgency: false, context: context(.id)))
        #expect(text.contains("op.planned wo") && text.contains("meeting.opened wm") && text.contains("salah dibuka"), "\(text)")
    }
}
