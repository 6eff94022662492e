import BorderOps
import Foundation
import Reports
import Testing
import Words

/// The minutes' "Pembahasan dan keputusan" section and the dropped actions with their reasons.
@Suite struct MeetingMinutesReportTests {
    static let line = ReportEdgeTests.line

    static let meeting = [
        line(1, "2024-12-04T09:00:00+08:00", "meeting.opened",
             #""meeting":"m1","title":"Rapat Timpora","chair":"Kakanim","location":"Kantor Imigrasi","attendees":["imigrasi","bp3mi"]"#, "nunukan"),
        line(2, "2024-12-04T09:05:00+08:00", "agenda.item",
             #""meeting":"m1","item":"i1","title":"Pembukaan","owner":"imigrasi","state":"done""#, "nunukan"),
        line(3, "2024-12-04T09:10:00+08:00", "agenda.item",
             #""meeting":"m1","item":"i2","title":"CPMI di pelabuhan","owner":"bp3mi","state":"discussing","discussion":"12 CPMI ditunda pekan ini""#, "nunukan"),
        line(4, "2024-12-04T09:40:00+08:00", "agenda.item",
             #""meeting":"m1","item":"i2","title":"CPMI di pelabuhan","owner":"bp3mi","state":"done","decision":"pemeriksaan bersama di konter 2","recommendation":"sosialisasi di Sebatik""#, "nunukan"),
        line(5, "2024-12-04T09:41:00+08:00", "action.assigned",
             #""meeting":"m1","action":"a1","title":"Jadwal sosialisasi","owner":"bp3mi","due":"2024-12-10""#, "nunukan"),
        line(6, "2024-12-04T09:42:00+08:00", "action.assigned",
             #""meeting":"m1","action":"a2","title":"Data kapal","owner":"ksop","due":"2024-12-11""#, "nunukan"),
        line(7, "2024-12-04T09:43:00+08:00", "action.state", #""action":"a2","state":"dropped","reason":"sudah ada di laporan KSOP""#, "nunukan"),
        line(8, "2024-12-04T09:44:00+08:00", "action.assigned",
             #""meeting":"m1","action":"a3","title":"Surat ke Polres","owner":"imigrasi","due":"2024-12-12""#, "nunukan"),
        line(9, "2024-12-04T09:45:00+08:00", "action.state", #""action":"a3","state":"dropped""#, "nunukan"),
    ]

    static func text(_ lines: [String], _ language: Language) throws -> String {
        TextRenderer.render(try MeetingReport.build(fold([], extra: lines), meeting: "m1", context: context(language)))
    }

    @Test func discussionAndDecisionsInBothLanguages() throws {
        let id = try Self.text(Self.meeting, .id)
        let section = id.components(separatedBy: "PEMBAHASAN DAN KEPUTUSAN").dropFirst().first ?? ""
        let rows = section.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        #expect(rows.contains("Butir : 2. CPMI di pelabuhan") && rows.contains("Penyaji : bp3mi"), "\(id)")
        #expect(section.contains("Pembahasan") && section.contains("12 CPMI ditunda pekan ini"))
        #expect(section.contains("Keputusan") && section.contains("pemeriksaan bersama di konter 2"))
        #expect(section.contains("Rekomendasi") && section.contains("sosialisasi di Sebatik"))
        #expect(!section.components(separatedBy: "TINDAK LANJUT")[0].contains("Pembukaan"), "an item without minutes is not repeated")
        let en = try Self.text(Self.meeting, .en)
        #expect(en.contains("DISCUSSION AND DECISIONS") && en.contains("Decision") && en.contains("Recommendation"), "\(en)")
        #expect(!en.contains("Keputusan"))
    }

    @Test func droppedActionsWithTheirReasons() throws {
        let id = try Self.text(Self.meeting, .id)
        let dropped = id.components(separatedBy: "TINDAK LANJUT YANG DIBATALKAN").dropFirst().first ?? ""
        #expect(dropped.contains("Data kapal") && dropped.contains("sudah ada di laporan KSOP"), "\(id)")
        #expect(dropped.contains("Surat ke Polres") && dropped.contains("alasan tidak dicatat"))
        #expect(!dropped.contains("Jadwal sosialisasi"), "an open action is not dropped")
        // Numbered as in the action table (2 and 3), not 1 and 2.
        let numbers = dropped.split(separator: "\n").compactMap { $0.split(separator: " ").first }.filter { Int($0) != nil }
        #expect(numbers.prefix(2) == ["2", "3"], "\(dropped)")
    }

    @Test func withoutMinutesOrDroppedActionsTheReportSaysSo() throws {
        let bare = Array(Self.meeting.prefix(2)) + [Self.meeting[4]]
        let text = try Self.text(bare, .id)
        #expect(text.contains("PEMBAHASAN DAN KEPUTUSAN") && text.contains("Pembahasan dan keputusan butir agenda tidak dicatat."))
        #expect(!text.contains("DIBATALKAN"))
    }
}
