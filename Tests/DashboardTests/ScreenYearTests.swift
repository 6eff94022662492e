import BorderOps
import Dashboard
import Testing
import Words

/// Dates on screen say their year only when it is not this year at the post (issue 18: "the
/// alert strip's time says since when and the year when it is not this year"): the alert
/// strip's and the alerts list's due dates, the Timpora pane's due column, a meeting's time and
/// its actions in its detail view, meetings told apart by their date. The sample day is 20
/// November 2024 (14.40 WITA); the header's date keeps the year, the one mention of it.
@Suite struct ScreenYearTests {
    /// Two more actions of the sample meeting, overdue: one due a day of last year, one a day of this year.
    static let actions = [
        #"{"id":"y-a1","ts":"2024-11-20T12:01:00+08:00","type":"action.assigned","post":"nunukan","meeting":"timpora-nnk-20241120","action":"y-a1","title":"Arsip tahun lalu","owner":"ksop","due":"2023-12-01"}"#,
        #"{"id":"y-a2","ts":"2024-11-20T12:02:00+08:00","type":"action.assigned","post":"nunukan","meeting":"timpora-nnk-20241120","action":"y-a2","title":"Laporan pekan lalu","owner":"ksop","due":"2024-11-15"}"#,
    ]
    /// A meeting of last year with the sample meeting's title, at another post.
    static let lastYearsMeeting = #"{"id":"y-m","ts":"2023-11-15T08:30:00+08:00","type":"meeting.opened","post":"sebatik","meeting":"m-2023","title":"Rapat Tim Pengawasan Orang Asing (Timpora) Kabupaten Nunukan","chair":"K","location":"L","attendees":["imigrasi"]}"#

    static func overdue(_ language: Language) -> String { language == .id ? "Tindak lanjut lewat tenggat" : "Action overdue (due" }

    @Test(arguments: [Language.id, .en])
    func alertsSayTheYearOnlyWhenNotThisYear(_ language: Language) {
        let loop = TestLoop(thaliaAt1440(Self.actions), language: language, width: 160, height: 50)
        loop.press(.character("a"))
        let text = loop.text
        let (lastYear, thisYear, sampleDue) = language == .id
            ? ("(Jum 1/12/2023): Arsip", "(Jum 15/11): Laporan", "(Rab 20/11 12.30 WITA): Kirim data")
            : ("(due Fri 1/12/2023): Arsip", "(due Fri 15/11): Laporan", "(due Wed 20/11 12.30 WITA): Kirim data")
        for expected in [lastYear, thisYear, sampleDue] { #expect(text.contains(expected), "\(expected)\n\(text)") }
        #expect(!text.contains("15/11/2024") && !text.contains("20/11/2024 12.30"), "\(text)")
        // The strip under the header says the same.
        loop.press(.escape)
        #expect(loop.text.contains(language == .id ? "(Rab 20/11 13.00 WITA)" : "(due Wed 20/11 13.00 WITA)"), "\(loop.text)")
    }

    @Test(arguments: [Language.id, .en])
    func theTimporaPaneAndTheMeetingDetailDoTheSame(_ language: Language) {
        // Meetings told apart by their date: last year's with its year, this year's without.
        let meetings = TestLoop(thaliaAt1440([Self.lastYearsMeeting]), language: language, width: 160, height: 60)
        meetings.press(.character("3"))
        let day = language == .id ? ("Rab 15/11/2023", "Rab 20/11") : ("Wed 15/11/2023", "Wed 20/11")
        #expect(meetings.text.contains("\(day.0) · sebatik"), "\(meetings.text)")
        #expect(meetings.text.contains("\(day.1) · nunukan"), "\(meetings.text)")
        #expect(!meetings.text.contains("20/11/2024 · nunukan"), "\(meetings.text)")
        let loop = TestLoop(thaliaAt1440(Self.actions), language: language, width: 160, height: 60)
        loop.press(.character("3"))
        // The due column.
        #expect(loop.row("Arsip tahun lalu").contains(" 1/12/2023 "), "\(loop.row("Arsip tahun lalu"))")
        #expect(loop.row("Laporan pekan lalu").contains(" 15/11 "), "\(loop.row("Laporan pekan lalu"))")
        // The meeting's detail view: its time and its actions' due dates.
        loop.press(.character("d"))
        let text = loop.text
        #expect(text.contains(language == .id ? "Waktu: Rab 20/11 08.30 WITA" : "Time: Wed 20/11 08.30 WITA"), "\(text)")
        #expect(text.contains(language == .id ? "Jum 1/12/2023" : "Fri 1/12/2023"), "\(text)")
        #expect(text.contains(language == .id ? "Jum 15/11 ·" : "Fri 15/11 ·"), "\(text)")
    }

    /// Read from the other side of New Year: on 2 January 2025 the sample day's dates are last
    /// year's, so they carry it.
    @Test(arguments: [Language.id, .en])
    func nextYearTheSampleDaysDatesCarryTheirYear(_ language: Language) {
        var input = thaliaAt1440()
        input.now = Timestamp.parse("2025-01-02T09:00:00+08:00")!
        input.alerts = AlertRules.evaluate(input.state, now: input.now, settings: AlertSettings())
        let loop = TestLoop(input, language: language, width: 160, height: 50)
        loop.press(.character("a"))
        #expect(loop.text.contains(language == .id ? "(Rab 20/11/2024 12.30 WITA)" : "(due Wed 20/11/2024 12.30 WITA)"), "\(loop.text)")
        loop.press(.escape, .character("3"))
        #expect(loop.row("Imbauan publik").contains(" 26/11/2024 "), "\(loop.row("Imbauan publik"))")
    }
}
