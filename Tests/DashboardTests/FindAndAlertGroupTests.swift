import BorderOps
import Dashboard
import JSON
import Testing
import Words

/// `/` inside items and "no match", look-alike rows told apart, the alerts list grouped by
/// rule with `A` acknowledging a whole rule, and a demo caption on two lines.
@Suite struct FindAndAlertGroupTests {
    @Test func slashMatchesTextInsideAMeetingAndSaysWhenNothingMatches() {
        let loop = TestLoop(thaliaAt1440(), language: .en)
        loop.press(.character("3"), .character("/"))
        loop.type("kesbangpol")  // an attendee and an agenda item's owner, not the title
        #expect(loop.text.contains("Rapat Tim Pengawasan Orang Asing"))
        loop.press(.escape, .character("/"))
        loop.type("zzz-nothing")
        #expect(loop.text.contains("No match"))
        #expect(!loop.text.contains("No meetings yet"))
    }

    @Test func meetingsWithTheSameTitleShowTheirDateAndPost() {
        let second = #"{"id":"x-m2","ts":"2024-11-13T08:30:00+08:00","type":"meeting.opened","post":"sebatik","meeting":"m-2","title":"Rapat Tim Pengawasan Orang Asing (Timpora) Kabupaten Nunukan","chair":"K","location":"L","attendees":["imigrasi"]}"#
        let loop = TestLoop(thaliaAt1440([second]), language: .id)
        loop.press(.character("3"))
        #expect(loop.text.contains("Rab 13/11 · sebatik"), "\(loop.text)")
        #expect(loop.text.contains("Rab 20/11 · nunukan"))
    }

    @Test func alertsAreGroupedByRuleAndAAcknowledgesTheWholeRule() {
        let loop = TestLoop(thaliaAt1440(), language: .en)
        loop.press(.character("a"))
        #expect(loop.text.contains("Departures (1, 1 open)"))
        #expect(loop.text.contains("Overdue actions (2, 2 open)"))
        loop.press(.down, .character("A"))
        // One batch of two acks, each its own id.
        let batch = loop.appended
        #expect(batch.count == 1)
        #expect(batch.first?.intents.map(\.type) == ["alert.ack", "alert.ack"])
        #expect(batch.first?.events.map { JSONWriter.compact(.object($0)) }.allSatisfy { $0.contains("action:timpora-nnk-20241120-A") } == true)
        #expect(Set(batch.first?.ids ?? []).count == 2)
    }

    @Test func aLongAlertIsShownInFullInTheList() {
        let long = String(repeating: "temuan panjang ", count: 12) + "AKHIR"
        let finding = #"{"id":"x-f","ts":"2024-11-20T14:10:00+08:00","type":"op.finding","post":"nunukan","op":"opgab-tunontaka-20241120","finding":"f9","category":"pmi","severity":"critical","summary":"\#(long)"}"#
        let loop = TestLoop(thaliaAt1440([finding]), width: 80, height: 24)
        loop.press(.character("a"))
        #expect(loop.text.contains("AKHIR"), "\(loop.text)")
    }

    @Test func aLongDemoCaptionTakesTwoLines() {
        var input = thaliaAt1440()
        input.caption = "▶ 4× 12/40 · " + String(repeating: "Petugas memeriksa penumpang di pintu terminal ", count: 2) + "SELESAI · Spasi jeda"
        let grid = DashboardView.render(input, model: DashboardModel(rowScope: .all), width: 80, height: 24)
        let lines = grid.lines
        #expect(lines[22].contains("▶ 4× 12/40"))
        #expect(lines[23].contains("SELESAI"), "\(grid.text)")
    }
}
