import BorderOps
import Dashboard
import ExactKeys
import JSON
import Testing
import Words

/// A Timpora meeting recorded live from the dashboard: `3 N` opens it, Enter opens it in
/// detail, `i` and `a` add agenda items and actions, Enter writes an item's minutes, Space
/// marks done, `s` moves an item on, `d` drops an action with a reason, `x` closes (asking).
@Suite struct MeetingFlowTests {
    static func value(_ request: AppendRequest?, _ key: String) -> JSONValue? {
        request?.intent.fields.first { $0.key == key }?.value
    }

    static func string(_ request: AppendRequest?, _ key: String) -> String? {
        if case .string(let s)? = value(request, key) { return s }
        return nil
    }

    /// The pane as the secretary finds it: a voyage, no meeting yet.
    static func loop(width: Int = 120, height: Int = 35) -> TestLoop {
        GateFlowTests.loop(width: width, height: height)
    }

    /// `3 N`, the form filled, Enter: the meeting is recorded and read back.
    static func openMeeting(_ loop: TestLoop) {
        loop.press(.character("3"), .character("N"))
        loop.press(.tab)
        loop.type("Kakanim Nunukan")
        loop.press(.tab)
        loop.type("Kantor Imigrasi Nunukan")
        loop.press(.tab, .character(" "), .right, .right, .right, .right, .right, .character(" "))
        loop.press(.enter)
    }

    @Test func aMeetingRecordedFromTheDashboardAlone() throws {
        let loop = Self.loop()
        loop.press(.character("3"), .character("N"))
        #expect(loop.text.contains("Rapat Timpora baru") && loop.row("Judul").contains("Rapat Timpora"), "\(loop.text)")
        loop.press(.escape)
        Self.openMeeting(loop)
        let opened = try #require(loop.appended.last)
        #expect(opened.intent.type == "meeting.opened" && opened.at.rfc3339() == "2024-11-20T13:00:00+08:00")
        let meeting = try #require(Self.string(opened, "meeting"))
        #expect(meeting.hasPrefix("timpora-nunukan-20241120-") && meeting.count > "timpora-nunukan-20241120-".count, "post, day, a random part: \(meeting)")
        #expect(Self.string(opened, "title") == "Rapat Timpora" && Self.string(opened, "chair") == "Kakanim Nunukan")
        #expect(Self.value(opened, "attendees") == .array([.string("imigrasi"), .string("bp3mi")]), "\(opened.intent.fields)")
        #expect(loop.row("Tersimpan").contains("Rapat Timpora (\(meeting))"), "\(loop.text)")

        // In the meeting (opened once read back): an agenda item, concluded with Space.
        #expect(loop.ui.detail == .timpora && loop.ui.selectedIDs[.timpora] == meeting, "the new meeting is open")
        loop.press(.down)
        #expect(loop.text.contains("i butir") && loop.text.contains("a tindak lanjut"), "the hints say what to do: \(loop.text)")
        loop.press(.character("i"))
        #expect(loop.text.contains("Butir agenda baru"), "\(loop.text)")
        loop.type("Pembukaan")
        loop.press(.tab, .right, .enter)
        let first = try #require(loop.appended.last)
        #expect(first.intent.type == "agenda.item" && Self.string(first, "meeting") == meeting)
        #expect(Self.string(first, "owner") == "imigrasi" && Self.string(first, "state") == "pending")
        let firstItem = try #require(Self.string(first, "item"))
        #expect(firstItem.hasPrefix("i01-"))
        #expect(loop.row("1. Pembukaan").contains("belum dibahas"), "read back, in words: \(loop.text)")
        loop.press(.character(" "))
        #expect(Self.string(loop.appended.last, "state") == "done" && loop.row("1. Pembukaan").contains("selesai dibahas"))
        let count = loop.appended.count
        loop.press(.character(" "))
        #expect(loop.appended.count == count && loop.text.contains("Sudah selesai dibahas"), "Space twice records once")

        // A second item: `s` moves it on; Enter writes its minutes.
        loop.press(.character("i"))
        loop.type("CPMI di pelabuhan")
        loop.press(.tab, .character("b"), .enter)
        let second = try #require(Self.string(loop.appended.last, "item"))
        #expect(second.hasPrefix("i02-") && Self.string(loop.appended.last, "owner") == "bp3mi")
        #expect(loop.ui.meetingRow.key == "item:" + second, "the new item is selected")
        loop.press(.character("s"))
        #expect(Self.string(loop.appended.last, "state") == "discussing")
        loop.press(.enter)
        #expect(loop.text.contains("Notula butir agenda") && loop.row("Keadaan").contains("sedang dibahas"), "\(loop.text)")
        loop.press(.tab)
        loop.type("12 CPMI ditunda pekan ini")
        loop.press(.tab)
        loop.type("pemeriksaan bersama di konter 2")
        loop.press(.enter)
        let minutes = try #require(loop.appended.last)
        #expect(Self.string(minutes, "discussion") == "12 CPMI ditunda pekan ini" && Self.string(minutes, "decision") == "pemeriksaan bersama di konter 2")
        #expect(Self.value(minutes, "recommendation") == nil && Self.string(minutes, "state") == "discussing")
        #expect(loop.text.contains("Keputusan: pemeriksaan bersama di konter 2"), "the selected item's minutes show: \(loop.text)")

        // Two actions for it, due dates as officers write them.
        loop.press(.character("a"))
        #expect(loop.text.contains("Tindak lanjut baru") && loop.row("Untuk butir").contains("CPMI di pelabuhan"), "\(loop.text)")
        loop.type("Jadwal sosialisasi")
        loop.press(.tab, .character("b"), .tab)
        loop.type("10/12")
        loop.press(.enter)
        let action1 = try #require(loop.appended.last)
        #expect(action1.intent.type == "action.assigned" && Self.string(action1, "due") == "2024-12-10" && Self.string(action1, "item") == second)
        let firstAction = try #require(Self.string(action1, "action"))
        #expect(firstAction.hasPrefix(meeting + "-a1-"), "unique across meetings: \(firstAction)")
        loop.press(.character("a"))
        loop.type("Data kapal")
        loop.press(.tab, .right, .tab)
        loop.type("11/12/2024")
        loop.press(.enter)
        let secondAction = try #require(Self.string(loop.appended.last, "action"))
        #expect(secondAction.hasPrefix(meeting + "-a2-") && secondAction != firstAction)

        // Space marks the selected action done; `d` drops the other, with a reason.
        loop.press(.character(" "))
        #expect(loop.appended.last?.intent.type == "action.state" && Self.string(loop.appended.last, "action") == secondAction)
        #expect(Self.string(loop.appended.last, "state") == "done")
        loop.press(.up, .character("d"))
        #expect(loop.text.contains("Mengapa tindak lanjut ini dibatalkan?"), "\(loop.text)")
        let before = loop.appended.count
        loop.press(.enter)
        #expect(loop.appended.count == before && loop.text.contains("Alasan wajib diisi"))
        loop.type("sudah ditangani Polres")
        loop.press(.enter)
        #expect(Self.string(loop.appended.last, "action") == firstAction && Self.string(loop.appended.last, "state") == "dropped")
        #expect(Self.string(loop.appended.last, "reason") == "sudah ditangani Polres")
        #expect(loop.text.contains("Alasan: sudah ditangani Polres"), "\(loop.text)")

        // `x` asks first, then closes.
        loop.press(.character("x"))
        #expect(loop.text.contains("Tutup rapat ini?"))
        loop.press(.character("n"))
        #expect(loop.appended.last?.intent.type == "action.state")
        loop.press(.character("x"), .character("y"))
        #expect(loop.appended.last?.intent.type == "meeting.closed" && Self.string(loop.appended.last, "meeting") == meeting)
        #expect(loop.appended.allSatisfy { $0.at.rfc3339().hasSuffix("+08:00") }, "every event in the post's offset")

        // The headless summary of what was recorded.
        let summary = HeadlessSummary.json(loop.data.fold)
        guard case .object(let members) = summary, case .array(let meetings)? = members.first(where: { $0.key == "meetings" })?.value else {
            Issue.record("\(summary)"); return
        }
        #expect(meetings == [.object([
            JSONMember("meeting", .string(meeting)), JSONMember("items", .number(JSONNumber(2))), JSONMember("items_done", .number(JSONNumber(1))),
            JSONMember("actions_open", .number(JSONNumber(0))), JSONMember("actions_done", .number(JSONNumber(1))), JSONMember("closed", .bool(true)),
        ])], "\(meetings)")
    }

    /// The form offers the run-of-show (`rapat-timpora`); picked, it is started with the meeting,
    /// one batch, as `checklist start --op MEETING` writes it. A failed write opens nothing.
    @Test func theRunOfShowStartsWithTheMeeting() throws {
        let template = ChecklistTemplate(name: "rapat-timpora", title: "Rapat Timpora Kabupaten Nunukan", kind: .meeting, phaseTitles: [:],
                                         steps: [ChecklistStepDefinition(step: "m1", title: "Pembukaan"), ChecklistStepDefinition(step: "m2", title: "Penutup")])
        let loop = GateFlowTests.loop(meetingTemplate: template)
        loop.press(.character("3"), .character("N"))
        #expect(loop.row("Daftar periksa susunan acara").contains("opsional"), "offered, not chosen: \(loop.text)")
        loop.press(.tab)
        loop.type("Kakanim Nunukan")
        loop.press(.tab)
        loop.type("Kantor Imigrasi Nunukan")
        loop.press(.tab, .character(" "), .tab, .right)
        #expect(loop.row("Daftar periksa susunan acara").contains("Rapat Timpora Kabupaten"), "\(loop.text)")
        loop.press(.enter)
        let batch = try #require(loop.appended.last)
        #expect(batch.intents.map(\.type) == ["meeting.opened", "checklist.started"])
        let meeting = try #require(Self.string(batch, "meeting"))
        let started = Dictionary(batch.intents[1].fields.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        #expect(started["checklist"] == .string("cl-" + meeting) && started["op"] == .string(meeting) && started["title"] == .string(template.title))
        #expect(loop.data.state.checklists["cl-" + meeting]?.steps.count == 2 && loop.ui.detail == .timpora, "read back, the meeting open")

        let failing = GateFlowTests.loop(meetingTemplate: template)
        failing.results = { effect in
            guard case .append(let request) = effect else { return [] }
            return [.appended(request.intent, .failed("disk full"))]
        }
        Self.openMeeting(failing)
        #expect(failing.ui.openWhenRead == nil && failing.ui.detail == nil, "nothing to open")
        if case .form = failing.ui.operatorMode {} else { Issue.record("the form is back") }
    }

    @Test func helpListsTheSecretarysKeys() {
        let loop = Self.loop()
        Self.openMeeting(loop)
        loop.press(.character("?"))
        for words in ["tambah butir agenda", "tambah tindak lanjut", "tandai butir selesai", "batalkan tindak lanjut terpilih", "tutup rapat"] {
            #expect(loop.text.contains(words), "\(words): \(loop.text)")
        }
    }

    @Test func aClosedMeetingOrAReadOnlyTerminalOffersNoKeys() throws {
        let readOnly = GateFlowTests.loop(writer: nil)
        readOnly.press(.character("3"), .character("N"))
        #expect(readOnly.ui.operatorMode == .browsing && readOnly.text.contains("Terminal hanya baca"))
        let loop = Self.loop()
        Self.openMeeting(loop)
        loop.press(.character("x"), .character("y"))
        let count = loop.appended.count
        loop.press(.character("i"), .character("a"), .character(" "))
        #expect(loop.appended.count == count && loop.ui.operatorMode == .browsing, "a closed meeting takes no more minutes")
    }

    /// Forty agenda items and ten actions at 80×24: the selected row is always on the screen.
    @Test func theListScrollsAt80x24() throws {
        var lines = [#"{"id":"m","ts":"2024-11-20T08:00:00+08:00","type":"meeting.opened","post":"nunukan","meeting":"m1","title":"Rapat","chair":"Ketua","location":"Kantor","attendees":["imigrasi"]}"#]
        for n in 1...40 {
            lines.append(#"{"id":"i\#(n)","ts":"2024-11-20T08:01:00+08:00","type":"agenda.item","post":"nunukan","meeting":"m1","item":"i\#(n)","title":"Butir nomor \#(n)","owner":"imigrasi","state":"pending"}"#)
        }
        for n in 1...10 {
            lines.append(#"{"id":"a\#(n)","ts":"2024-11-20T08:02:00+08:00","type":"action.assigned","post":"nunukan","meeting":"m1","action":"a\#(n)","title":"Tugas nomor \#(n)","owner":"ksop","due":"2024-12-10"}"#)
        }
        var fold = EventFold()
        for (i, line) in lines.enumerated() { fold.ingest(LineDecoder.decode(line), origin: LineOrigin(source: "t", line: i + 1)) }
        let loop = TestLoop(DashboardInput(fold: fold, sources: [], now: Timestamp.parse("2024-11-20T13:00:00+08:00")!), width: 80, height: 24)
        loop.press(.character("3"), .enter)
        #expect(loop.row("1. Butir nomor 1 ").contains("belum dibahas"), "\(loop.text)")
        for n in 2...50 {
            loop.press(.down)
            let expected = n <= 40 ? "\(n). Butir nomor \(n) " : "Tugas nomor \(n - 40) "
            #expect(loop.row(expected).contains(n <= 40 ? "imigrasi" : "ksop"), "row \(n) shown: \(loop.text)")
        }
        loop.press(.pageUp)
        #expect(loop.row("40. Butir nomor 40 ").contains("imigrasi"), "\(loop.text)")
    }
}
