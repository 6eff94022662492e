import BorderOps
import Dashboard
import JSON
import ExactKeys
import Testing
import Words

/// A meeting opened with the `rapat-timpora` run-of-show: its detail view (`d`) lists the
/// checklist's progress and every step (state, who, when, a skip's reason), and the open
/// meeting's counts line says how far the run-of-show is. Golden frames in both languages.
@Suite struct RunOfShowDetailTests {
    /// The sample day's meeting with the template's first five steps as its checklist (as the
    /// new-meeting form starts it: `cl-MEETING`, `op` the meeting), two done and one skipped.
    static let lines = [
        #"{"id":"ros-0","ts":"2024-11-20T08:30:05+08:00","type":"checklist.started","post":"nunukan","by":"imigrasi-inteldakim-02","checklist":"cl-timpora-nnk-20241120","op":"timpora-nnk-20241120","title":"Rapat Timpora Kabupaten Nunukan","steps":[{"step":"m1","phase":"pembukaan","title":"08.30 Registrasi dan absensi (Sekretariat Timpora)"},{"step":"m2","phase":"pembukaan","title":"09.00 Pembukaan dan sambutan Ketua"},{"step":"m3","phase":"pembukaan","title":"09.15 Laporan situasi WNA dan perlintasan Tunon Taka"},{"step":"m4","phase":"pembahasan","title":"09.35 Pengawasan jalur ilegal (Lanal, BAIS, BIN)"},{"step":"m5","phase":"pembahasan","title":"10.00 Pendataan CPMI non-prosedural (BP3MI)"}]}"#,
        #"{"id":"ros-1","ts":"2024-11-20T08:41:00+08:00","type":"checklist.step","post":"nunukan","by":"imigrasi-inteldakim-02","checklist":"cl-timpora-nnk-20241120","step":"m1","state":"done"}"#,
        #"{"id":"ros-2","ts":"2024-11-20T09:02:00+08:00","type":"checklist.step","post":"nunukan","by":"imigrasi-inteldakim-02","checklist":"cl-timpora-nnk-20241120","step":"m2","state":"done"}"#,
        #"{"id":"ros-3","ts":"2024-11-20T09:20:00+08:00","type":"checklist.step","post":"nunukan","by":"imigrasi-inteldakim-02","checklist":"cl-timpora-nnk-20241120","step":"m3","state":"skipped","note":"pemapar berhalangan, laporan tertulis dibagikan"}"#,
    ]

    static func open(_ language: Language, keys: [Key]) -> TestLoop {
        let loop = TestLoop(thaliaAt1440(lines), language: language, width: 120, height: 35)
        loop.press(keys)
        return loop
    }

    @Test(arguments: Language.allCases)
    func theDetailViewListsTheRunOfShow(_ language: Language) throws {
        let loop = Self.open(language, keys: [.character("3"), .character("d"), .character("G")])
        let grid = try #require(loop.screen.lastGrid)
        let (ok, diff) = matchesGolden(grid, "detail-meeting-run-of-show-\(language.rawValue)-120x35")
        #expect(ok, "\(diff)")
        let heading = language == .id ? "Daftar periksa susunan acara" : "Run-of-show checklist"
        #expect(loop.text.contains(heading) && loop.text.contains("Rapat Timpora Kabupaten Nunukan 3/5 (✓2 –1)"), "\(loop.text)")
        #expect(loop.row("Pembukaan dan sambutan Ketua").contains(language == .id ? "selesai" : "done"))
        #expect(loop.text.contains("pemapar berhalangan, laporan tertulis dibagikan"), "the skip's reason in full")
        #expect(loop.row("Pendataan CPMI").contains("○"), "an open step")
        let foreign = try LanguageFrameTests.foreign(in: language, data: DetailViewTests.extra + Self.lines)
        let found = LanguageFrameTests.tokens(grid.text).intersection(foreign)
        #expect(found.isEmpty, "\(found.sorted())\n\(grid.text)")
    }

    @Test func theOpenMeetingSaysHowFarTheRunOfShowIs() {
        let loop = Self.open(.id, keys: [.character("3"), .enter])
        #expect(loop.row("Susunan acara").contains("Susunan acara 3/5"), "\(loop.text)")
        let without = TestLoop(thaliaAt1440([]), language: .id, width: 120, height: 35)
        without.press(.character("3"), .enter)
        #expect(!without.text.contains("Susunan acara"), "no run-of-show, no count")
    }

    /// In an open meeting the run-of-show's steps follow the actions: Space marks the selected
    /// step done (once), `v` voids a step's latest mark.
    @Test func theSecretaryMarksTheRunOfShowInTheMeeting() {
        let started = #"{"id":"ros-m1","ts":"2024-11-20T08:30:05+08:00","type":"checklist.started","post":"nunukan","checklist":"cl-m1","op":"m1","title":"Rapat Timpora","steps":[{"step":"m1","title":"Registrasi dan absensi"},{"step":"m2","title":"Pembukaan dan sambutan Ketua"}]}"#
        let lines = CorrectionFlowTests.lines + [started]
        var fold = EventFold()
        for (i, line) in lines.enumerated() { fold.ingest(LineDecoder.decode(line), origin: LineOrigin(source: "t", line: i + 1)) }
        let loop = TestLoop(DashboardInput(fold: fold, sources: [], now: Timestamp.parse("2024-11-20T05:00:00+00:00")!))
        loop.readAppendsBack(after: lines.count)
        loop.press(.character("3"), .enter)
        #expect(loop.row("Registrasi dan absensi").contains("○ Susunan acara") && loop.row("Registrasi dan absensi").contains("belum"), "\(loop.text)")
        loop.press(.end, .up, .character(" "))
        #expect(loop.appended.last?.intent.type == "checklist.step" && loop.appended.last?.intent.fields.first == JSONMember("checklist", .string("cl-m1")))
        #expect(loop.data.state.checklists["cl-m1"]?.state(of: "m1") == .done && loop.row("Registrasi dan absensi").contains("✓"), "\(loop.text)")
        #expect(loop.row("Susunan acara 1/2").contains("Tindak lanjut"), "the counts line: \(loop.text)")
        let count = loop.appended.count
        loop.press(.up, .character(" "))
        #expect(loop.appended.count == count && loop.model.notice == Word.alreadyDone.text(.id), "Space twice records once")
        loop.press(.character("v"))
        #expect(loop.row("tanda langkah").contains("m1 (selesai) · cl-m1"), "\(loop.text)")
        loop.type("belum registrasi")
        loop.press(.enter)
        #expect(loop.data.state.checklists["cl-m1"]?.state(of: "m1") == .open, "read back: voided")
        loop.press(.character("e"))
        #expect(loop.model.notice == Word.runOfShowStepKeys.text(.id))
    }

    /// `s` on a run-of-show step in the open meeting skips it with a reason (asked first, as an
    /// operation's checklist skip): `checklist.step` skipped, the reason in `note`.
    @Test(arguments: [Language.id, .en]) func aRunOfShowStepIsSkippedWithAReason(_ language: Language) {
        let started = #"{"id":"ros-m1","ts":"2024-11-20T08:30:05+08:00","type":"checklist.started","post":"nunukan","checklist":"cl-m1","op":"m1","title":"Rapat Timpora","steps":[{"step":"m1","title":"Registrasi dan absensi"},{"step":"m2","title":"Pembukaan dan sambutan Ketua"}]}"#
        let lines = CorrectionFlowTests.lines + [started]
        var fold = EventFold()
        for (i, line) in lines.enumerated() { fold.ingest(LineDecoder.decode(line), origin: LineOrigin(source: "t", line: i + 1)) }
        let loop = TestLoop(DashboardInput(fold: fold, sources: [], now: Timestamp.parse("2024-11-20T05:00:00+00:00")!), language: language)
        loop.readAppendsBack(after: lines.count)
        loop.press(.character("3"), .enter, .end, .character("s"))
        #expect(loop.text.contains(Word.skipStepPrompt.text(language)), "it asks why first: \(loop.text)")
        loop.press(.enter)
        #expect(loop.appended.isEmpty && loop.model.notice == Word.reasonNeeded.text(language), "a skip needs a reason")
        loop.type("Ketua berhalangan")
        loop.press(.enter)
        guard let skip = loop.appended.last else {
            Issue.record("nothing appended: \(loop.text)")
            return
        }
        #expect(skip.intent.type == "checklist.step" && skip.intent.fields == [
            JSONMember("checklist", .string("cl-m1")), JSONMember("step", .string("m2")),
            JSONMember("state", .string("skipped")), JSONMember("note", .string("Ketua berhalangan")),
        ])
        #expect(loop.data.state.checklists["cl-m1"]?.state(of: "m2") == .skipped && loop.ui.operatorMode == .browsing, "read back")
        loop.press(.character("s"))
        #expect(loop.appended.count == 1 && loop.model.notice == Word.alreadySkipped.text(language), "skipping twice records once")
    }
}
