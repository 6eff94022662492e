import BorderOps
import Dashboard
import Testing
import Words

/// Small things seen by new users (issue 18): the `!` mark kept on the selected row, `t` naming
/// the theme, the desk's seizure times lined up, ids broken between their parts.
@Suite struct SmallThingsTests {
    @Test func theSelectedRowKeepsItsAttentionMark() throws {
        let violation = #"{"id":"x-c1","ts":"2024-11-20T14:30:00+08:00","type":"passenger.checked","post":"nunukan","voyage":"thalia-20241120","passenger":"p-x","doc":"ktp","result":"violation"}"#
        let loop = TestLoop(thaliaAt1440([violation] + ClickTests.voyages))
        let thalia = loop.row("KM. Thalia      ")
        #expect(thalia.contains("│▶!KM. Thalia"), "selected, with violations: \(thalia)")
        loop.press(.down)
        #expect(loop.row("KM. Thalia      ").contains("│! KM. Thalia"), "not selected")
        #expect(loop.row("KM. Egon").contains("│▶ KM. Egon"))
    }

    @Test func aSelectedOperationKeepsItsCriticalMark() {
        let second = #"{"id":"x-o2","ts":"2024-11-20T09:00:00+08:00","type":"op.planned","post":"nunukan","op":"op-b","title":"Operasi Kedua","location":"L","lead":"imigrasi","agencies":["imigrasi"],"starts":"2024-11-20T10:00:00+08:00"}"#
        let critical = #"{"id":"x-f","ts":"2024-11-20T14:10:00+08:00","type":"op.finding","post":"nunukan","op":"op-b","finding":"f9","category":"pmi","severity":"critical","summary":"s"}"#
        let loop = TestLoop(thaliaAt1440([second, critical]))
        loop.press(.character("2"))
        // The earlier operation sorts first and is selected.
        #expect(loop.row("Operasi Kedua  [").contains("│▶‼Operasi Kedua"), "\(loop.text)")
        loop.press(.down)
        #expect(loop.row("Operasi Kedua  [").contains("│‼ Operasi Kedua"), "\(loop.text)")
    }

    @Test(arguments: [(Language.id, "Tema"), (.en, "Theme")])
    func tNamesTheThemeNowInUse(_ language: Language, _ word: String) {
        let loop = TestLoop(sampleInput(), language: language, themeNames: ["default", "light", "high-contrast"])
        loop.press(.character("t"))
        #expect(loop.ui.themeIndex == 1)
        #expect(loop.text.split(separator: "\n").last?.contains("\(word): light") == true, "\(loop.text)")
        loop.press(.character("t"), .character("t"))
        #expect(loop.text.split(separator: "\n").last?.contains("\(word): default") == true, "round again")
    }

    @Test func theDesksSeizureTimesLineUp() throws {
        // One seizure today (14.20), one the day before: their commodities start in one column.
        let seizures = [
            #"{"id":"x-s1","ts":"2024-11-20T14:20:00+08:00","type":"seizure.recorded","post":"nunukan","case":"BC-1","commodity":"tobacco","value_idr":1000000,"suspects":1,"agency":"bea-cukai"}"#,
            #"{"id":"x-s2","ts":"2024-11-19T09:00:00+08:00","type":"seizure.recorded","post":"nunukan","case":"BC-2","commodity":"narcotics","value_idr":2000000,"suspects":1,"agency":"bea-cukai"}"#,
        ]
        let loop = TestLoop(thaliaAt1440(seizures), height: 60)
        loop.press(.character("4"))
        let today = loop.row("14.20  "), before = loop.row("19/11")
        // The commodity and the value columns.
        for (a, b) in [(String(Word.code(Commodity.tobacco).id.prefix(5)), String(Word.code(Commodity.narcotics).id.prefix(5))), ("Rp1 jt", "Rp2 jt")] {
            let inToday = try #require(today.firstRange(of: a)), inBefore = try #require(before.firstRange(of: b))
            #expect(today[..<inToday.lowerBound].count == before[..<inBefore.lowerBound].count, "\n\(today)\n\(before)")
        }
    }

    /// A voyage of another year departs `Jum 1/11/2024 08.04`: at 120×35 the departure column
    /// widens to show it whole, and the columns after it still line up with today's voyages.
    @Test(arguments: Language.allCases)
    func anotherYearsDepartureIsShownWhole(_ language: Language) throws {
        let old = #"{"id":"x-v9","ts":"2023-11-01T07:00:00+08:00","type":"voyage.opened","post":"nunukan","voyage":"lama-20231101","vessel":"KM. Lama","from":"Nunukan","to":"Tawau","departs":"2023-11-03T08:04:00+08:00","manifest":50}"#
        let loop = TestLoop(thaliaAt1440(ClickTests.voyages + [old]), language: language)
        func paneRow(_ vessel: String) -> String { loop.text.split(separator: "\n").first { $0.hasPrefix("│") && $0.contains(vessel) }.map(String.init) ?? "" }
        let lama = paneRow("KM. Lama"), egon = paneRow("KM. Egon")
        let day = language == .id ? "Jum" : "Fri"
        #expect(lama.contains("\(day) 3/11/2023 08.04 "), "\(lama)")
        // The checked column starts in one place on both rows.
        let inLama = try #require(lama.firstRange(of: "0/50")), inEgon = try #require(egon.firstRange(of: "0/120"))
        #expect(lama[..<inLama.lowerBound].count == egon[..<inEgon.lowerBound].count, "\n\(lama)\n\(egon)")
    }

    /// An overdue action (its `‼` mark and `TERLAMBAT`) and an open one: their owners start in
    /// one column of the Timpora pane, as their due dates do, in the full layout and at 80×24.
    @Test(arguments: [(120, 60), (80, 24)])
    func overdueAndOpenActionsLineUp(_ width: Int, _ height: Int) throws {
        func action(_ n: Int, _ title: String, _ owner: String, due: String) -> String {
            #"{"id":"x-a\#(n)","ts":"2024-11-20T12:0\#(n):00+08:00","type":"action.assigned","post":"nunukan","meeting":"timpora-nnk-20241120","action":"x-a\#(n)","title":"\#(title)","owner":"\#(owner)","due":"\#(due)"}"#
        }
        let loop = TestLoop(thaliaAt1440([action(1, "Patroli gabungan Sebatik", "lanal-nunukan", due: "2024-11-19T12:00:00+08:00"),
                                          action(2, "Rapat evaluasi bulanan", "kesbangpol", due: "2024-11-29T12:00:00+08:00")]),
                            width: width, height: height)
        loop.press(.character("3"))
        // The overview lists them where it has room (at 80×24 it shows the first action only).
        if width >= 120 { try Self.lineUp(loop.row("Patroli"), loop.row("Rapat eval"), late: "19/11", open: "29/11") }
        // The meeting open in the pane: every action, its state word last.
        loop.press(.enter, .character("G"))
        try Self.lineUp(loop.row("Patroli"), loop.row("Rapat eval"), late: "Sel 19/11 12.00", open: "Jum 29/11 12.00")
    }

    /// The owners start in one column, the due dates too, each shown whole.
    static func lineUp(_ late: String, _ open: String, late lateDue: String, open openDue: String) throws {
        let lateOwner = try #require(late.firstRange(of: "lanal"), "\(late)"), openOwner = try #require(open.firstRange(of: "kesbang"), "\(open)")
        #expect(late[..<lateOwner.lowerBound].count == open[..<openOwner.lowerBound].count, "\n\(late)\n\(open)")
        let lateAt = try #require(late.firstRange(of: lateDue), "\(late)"), openAt = try #require(open.firstRange(of: openDue), "\(open)")
        #expect(late[..<lateAt.lowerBound].count == open[..<openAt.lowerBound].count, "\n\(late)\n\(open)")
    }

    @Test func aLongIdBreaksBetweenItsParts() {
        #expect(WrappedText.lines("finding:opgab-tunontaka-20241120:f-cpmi-1", width: 20) == ["finding:opgab-", "tunontaka-20241120:", "f-cpmi-1"])
        #expect(WrappedText.lines("sz-nnk-20250729-01", width: 12) == ["sz-nnk-", "20250729-01"])
        // No separator: cut at the width, as before; short words as before.
        #expect(WrappedText.lines("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(WrappedText.lines("id: a-b c-d", width: 20) == ["id: a-b c-d"])
    }

    /// On a pane too short for the question below the list (40×12), dropping an action still
    /// shows the question, what is typed and the action it is about; and at 80×24 as before.
    @Test(arguments: [(40, 12), (80, 24)])
    func aDropReasonIsNotTypedBlind(_ width: Int, _ height: Int) throws {
        let loop = TestLoop(thaliaAt1440(), width: width, height: height)
        loop.press(.character("3"), .enter, .character("G"))
        // The last action, selected: its title's start after its mark.
        let row = try #require(loop.text.split(separator: "\n").last { $0.contains("→ ") }, "\(loop.text)")
        let title = try #require(row.firstRange(of: "→ ").map { String(row[$0.upperBound...].prefix(6)) })
        loop.press(.character("d"))
        loop.type("sudah ditangani")
        let prompt = Word.dropReasonPrompt.text(.id)
        #expect(loop.text.contains(String(prompt.prefix(width - 4))), "\(loop.text)")
        #expect(loop.text.contains("› sudah ditangani"), "\(loop.text)")
        #expect(loop.text.contains("→ " + title), "the action asked about: \(title)\n\(loop.text)")
    }

    /// The desk's latest day beside the figures, whole at 40 columns, also with its year (a
    /// report of another year), in both languages.
    @Test(arguments: [Language.id, .en], [(40, 12), (80, 24)])
    func theDesksLatestDayIsNotCut(_ language: Language, _ size: (Int, Int)) throws {
        let loop = TestLoop(sampleInput(now: "2025-01-06T10:00:00+08:00"), language: language, width: size.0, height: size.1)
        loop.press(.character("4"))
        let routine = Word.code(KPIMetric.routine_check).text(language)
        let row = try #require(loop.text.split(separator: "\n").first { $0.contains(routine) }, "\(loop.text)")
        #expect(row.contains("20/11/2024: 7"), "\(row)")
    }

    /// An open meeting at 40×12: the owner and the state word (the mark says it) give way, so
    /// an action's due date shows whole, with its year; with room, every column stays.
    @Test(arguments: [(40, 12, false), (120, 35, true)])
    func anActionsDueDateIsWholeOnANarrowPane(_ width: Int, _ height: Int, _ everyColumn: Bool) throws {
        let loop = TestLoop(sampleInput(now: "2025-01-06T10:00:00+08:00"), width: width, height: height)
        loop.press(.character("3"), .enter, .character("G"))
        let row = try #require(loop.text.split(separator: "\n").last { $0.contains("→ ") }, "\(loop.text)")
        #expect(row.contains("22/11/2024"), "\(row)")
        #expect(row.contains("imigrasi") == everyColumn && row.contains(Word.overdue.id) == everyColumn, "\(row)")
    }

    /// A closed meeting's title gives way to the word saying it is closed, at every size.
    @Test(arguments: [Language.id, .en], [(120, 35), (80, 24), (40, 12)])
    func aClosedMeetingSaysSoWhateverItsTitle(_ language: Language, _ size: (Int, Int)) throws {
        let loop = TestLoop(sampleInput(), language: language, width: size.0, height: size.1)
        loop.press(.character("3"))
        let title = try #require(loop.text.split(separator: "\n").first { $0.contains("Rapat Tim") }, "\(loop.text)")
        #expect(title.contains("(\(Word.closed.text(language)))"), "\(title)")
    }

    /// An open operation's steps at 80×24: who marked a step and when, whole, also with
    /// another year's date; the title gives way.
    @Test func aStepsTimeIsWholeAt80Columns() throws {
        let loop = TestLoop(sampleInput(now: "2025-01-06T10:00:00+08:00"), width: 80, height: 24)
        loop.press(.character("2"), .enter, .character("G"), .up)
        let row = try #require(loop.text.split(separator: "\n").last { $0.contains("✓ ") && $0.contains("/2024") }, "\(loop.text)")
        #expect(row.firstMatch(of: /\/2024 \d\d\.\d\d/) != nil, "\(row)")
    }
}
