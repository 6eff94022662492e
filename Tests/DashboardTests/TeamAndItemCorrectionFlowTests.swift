import BorderOps
import Dashboard
import ExactKeys
import JSON
import Testing
import TestSupport
import Words

/// `e` on a team in the team status form (`S`) and on an agenda item in an open meeting: the
/// item's form filled in with what was recorded, a reason, then ONE batch that voids the latest
/// record and writes the corrected one. A renamed team's earlier records are voided too, so the
/// old name leaves the operation; an item's state and minutes are written again as they stand.
@Suite struct TeamAndItemCorrectionFlowTests {
    /// oneOperation (tim-gangway standby, tim-xray deployed) and `extra` lines, at 13.00 WITA.
    static func operation(_ extra: [String] = []) -> TestLoop {
        let fold = foldLines(extra, into: oneOperation(), firstLine: 10)
        let loop = TestLoop(DashboardInput(fold: fold, sources: [], now: Timestamp.parse("2024-11-20T13:00:00+08:00")!))
        loop.readAppendsBack(after: 5 + extra.count)
        loop.press(.character("2"), .enter, .character("S"))
        return loop
    }

    static let xrayReturned =
        #"{"id":"t9","ts":"2024-11-20T12:50:00+08:00","type":"op.team","post":"nunukan","by":"bc-01","op":"op1","team":"tim-xray","agency":"bea-cukai","status":"returned","location":"Dermaga 2"}"#

    /// Tab to the reason (the form's last field) and type it.
    static func giveReason(_ loop: TestLoop, _ reason: String) {
        for _ in 0..<12 {
            guard case .form(let form) = loop.ui.operatorMode, form.current.key != "reason" else { break }
            loop.press(.tab)
        }
        loop.type(reason)
    }

    static func members(_ intent: OperatorIntent) -> [String: JSONValue] {
        Dictionary(intent.fields.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func aTeamsAgencyIsCorrectedUnderItsName() {
        let loop = Self.operation([Self.xrayReturned])
        #expect(loop.text.contains("e koreksi tim"), "the team form says how: \(loop.text)")
        loop.press(.character("j"), .character("e"))
        #expect(loop.text.contains("Koreksi tim") && loop.row("Mengoreksi").contains("op.team t9 · bc-01"), "\(loop.text)")
        #expect(loop.row("Tim ").contains("tim-xray") && loop.row("Instansi").contains("bea-cukai") && loop.row("Tempat").contains("Dermaga 2"), "\(loop.text)")
        loop.press(.tab, .right)
        Self.giveReason(loop, "instansi salah")
        loop.press(.enter)
        guard let batch = loop.appended.last else {
            Issue.record("nothing appended: \(loop.text)")
            return
        }
        // Same name: only the latest record is voided; the earlier one (id 2) stays under it.
        #expect(batch.intents.map(\.type) == ["event.voided", "op.team"] && Self.members(batch.intents[0])["target"] == .string("t9"))
        let m = Self.members(batch.intents[1])
        #expect(m["team"] == .string("tim-xray") && m["status"] == .string("returned") && m["location"] == .string("Dermaga 2") && m["agency"] != .string("bea-cukai"), "\(m)")
        let team = loop.data.state.operations["op1"]?.teams.values.first { $0.team == "tim-xray" }
        #expect(m["agency"].map { .string(team?.agency ?? "") == $0 } == true && team?.agency != "bea-cukai" && loop.data.state.operations["op1"]?.teams.count == 2)
    }

    @Test func aRenamedTeamLeavesItsOldNameBehindEntirely() {
        let loop = Self.operation([Self.xrayReturned])
        loop.press(.character("j"), .character("e"))
        for _ in 0..<4 { loop.press(.backspace) }
        loop.type("alpha")
        Self.giveReason(loop, "salah nama tim")
        loop.press(.enter)
        guard let batch = loop.appended.last else {
            Issue.record("nothing appended: \(loop.text)")
            return
        }
        #expect(batch.intents.map(\.type) == ["event.voided", "event.voided", "op.team"], "\(batch.intents.map(\.type))")
        #expect(batch.intents.prefix(2).map { Self.members($0)["target"] } == [.string("t9"), .string("2")])
        #expect(batch.intents.prefix(2).allSatisfy { Self.members($0)["reason"] == .string("salah nama tim") })
        #expect(Self.members(batch.intents[2])["team"] == .string("tim-alpha") && Self.members(batch.intents[2])["status"] == .string("returned"))
        let names = loop.data.state.operations["op1"]?.teams.values.map(\.team).sorted()
        #expect(names == ["tim-alpha", "tim-gangway"], "read back: the old name is gone: \(String(describing: names))")
        #expect(loop.ui.operatorMode == .browsing)
    }

    @Test func teamCorrectionInEnglish() {
        let loop = Self.operation()
        loop.press(.escape, .character("L"), .character("S"))
        #expect(loop.text.contains("e corrects the team"), "\(loop.text)")
        loop.press(.character("e"))
        #expect(loop.text.contains("Correct a team") && loop.row("Corrects").contains("op.team 3") && loop.text.contains("Reason for the correction"), "\(loop.text)")
    }

    /// Meeting m1 with item ag-1 (pending, then done with a decision) and action m1-a1.
    static func meeting() -> TestLoop { openMeetingWithItem() }

    @Test func anAgendaItemsTitleAndOwnerAreCorrectedItsMinutesKept() {
        let loop = Self.meeting()
        loop.press(.character("e"))
        #expect(loop.text.contains("Koreksi butir agenda") && loop.row("Mengoreksi").contains("agenda.item i2 · sekretaris"), "\(loop.text)")
        #expect(loop.row("Butir agenda").contains("Data PMI") && loop.row("Penanggung jawab").contains("bp3mi"), "\(loop.text)")
        loop.type(" Sebatik")
        loop.press(.tab, .right)
        Self.giveReason(loop, "judul dan PJ salah")
        loop.press(.enter)
        guard let batch = loop.appended.last else {
            Issue.record("nothing appended: \(loop.text)")
            return
        }
        #expect(batch.intents.map(\.type) == ["event.voided", "agenda.item"] && Self.members(batch.intents[0])["target"] == .string("i2"))
        let m = Self.members(batch.intents[1])
        #expect(m["item"] == .string("ag-1") && m["meeting"] == .string("m1") && m["title"] == .string("Data PMI Sebatik") && m["owner"] != .string("bp3mi"), "\(m)")
        #expect(m["state"] == .string("done") && m["decision"] == .string("kirim ke BP3MI") && m["discussion"] == .string("data belum lengkap"), "\(m)")
        let item = loop.data.state.meetings["m1"]?.items.first
        #expect(item?.title == "Data PMI Sebatik" && m["owner"].map { .string(item?.owner ?? "") == $0 } == true && item?.state == .done, "read back: \(String(describing: item))")
        #expect(item?.minutes.decision == "kirim ke BP3MI" && item?.minutes.discussion == "data belum lengkap" && loop.data.state.meetings["m1"]?.items.count == 1)
    }

    @Test func enterStillWritesTheMinutesAndECorrectsAnAction() {
        let loop = Self.meeting()
        loop.press(.enter)
        #expect(loop.text.contains("Notula") || loop.row("Keputusan").contains("kirim ke BP3MI"), "Enter on an item: its minutes: \(loop.text)")
        loop.press(.escape)
        #expect(loop.ui.operatorMode == .browsing, "Esc with nothing typed discards the minutes")
        loop.press(.end, .character("e"))
        #expect(loop.text.contains("Koreksi tindak lanjut"), "e on an action corrects it as before: \(loop.text)")
    }

    @Test func agendaItemCorrectionInEnglish() {
        let loop = Self.meeting()
        loop.press(.character("L"), .character("?"))
        #expect(loop.text.contains("correct the selected agenda item (title, owner)"), "? lists e: \(loop.text)")
        loop.press(.escape, .character("e"))
        #expect(loop.text.contains("Correct an agenda item") && loop.row("Owner").contains("bp3mi"), "\(loop.text)")
    }
}
