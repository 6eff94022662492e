import BorderOps
import Dashboard
import ExactKeys
import JSON
import Testing
import Words

/// README's "Correcting a mistake / From the dashboard", sentence by sentence, at 80×24 in both
/// languages (the table's other rows: the tests docs/testing.md names under "README's role
/// sections").
@Suite struct ReadmeCorrectionSectionTests {
    static func loop(_ language: Language, writer: (operatorID: String, file: String)? = TestLoop.writer) -> TestLoop {
        var fold = EventFold()
        for (i, line) in CorrectionFlowTests.lines.enumerated() { fold.ingest(LineDecoder.decode(line), origin: LineOrigin(source: "t", line: i + 1)) }
        let loop = TestLoop(DashboardInput(fold: fold, sources: [], now: Timestamp.parse("2024-11-20T05:00:00+00:00")!), writer: writer,
                            language: language, width: 80, height: 24)
        loop.readAppendsBack(after: CorrectionFlowTests.lines.count)
        return loop
    }

    static func value(_ loop: TestLoop, _ key: String) -> String? {
        RoleDayScenarioTests.form(loop)?.fields.first { $0.key == key }?.editor.text
    }

    @Test(arguments: [Language.id, .en]) func correctingFromTheDashboard(_ language: Language) throws {
        let t = { (word: Word) in word.text(language) }
        let loop = Self.loop(language)
        // "select the item where it is shown and press `e` (correct): its form opens filled in with
        // what was recorded" (a KPI typed 4 instead of 5: the desk's figure row)
        loop.press(.character("4"), .character("e"))
        #expect(loop.text.contains(t(.kpiCorrectionTitle)), "\(loop.text)")
        #expect(Self.value(loop, "patrol") == "4" && Self.value(loop, "sambang") == "3" && Self.value(loop, "date") == "20/11/2024")
        // "change what was wrong, give the reason (required), Enter."
        RoleDayScenarioTests.set(loop, "patrol", "5")
        loop.press(.enter)
        #expect(loop.appended.isEmpty, "no reason, nothing written: \(loop.model.notice ?? "")")
        RoleDayScenarioTests.set(loop, "reason", "salah ketik")
        loop.press(.enter)
        // "One batch is written: `event.voided` of the old event and the corrected one (both or neither)."
        let batch = try #require(loop.appended.last)
        #expect(loop.appended.count == 1 && batch.intents.map(\.type) == ["event.voided", "kpi.reported"])
        // "The item changes on screen when the batch is read back"
        #expect(loop.data.state.desk.total(.patrol) == 8 && loop.row(t(.patrol)).contains("20/11: 5"), "\(loop.text)")

        // "a check on the wrong voyage: `m` in the opened voyage" (picked from a list)
        loop.press(.character("1"))
        if DashboardView.rowIDs(.voyages, input: loop.data, model: loop.ui).first != "thalia-20" { loop.press(.character("j")) }
        loop.press(.enter, .character("m"))
        #expect(loop.text.contains("KM. Lambelu") && RoleDayScenarioTests.form(loop) != nil, "\(loop.text)")
        RoleDayScenarioTests.set(loop, "reason", "salah kapal")
        loop.press(.enter)
        #expect(loop.appended.last?.intents.map(\.type) == ["event.voided", "passenger.checked"])
        #expect(loop.data.state.voyages["lambelu-20"]?.checked == 1 && loop.data.state.voyages["thalia-20"]?.checked == 1)
    }

    /// "read-only terminals offer none of it."
    @Test(arguments: [Language.id, .en]) func readOnlyTerminalsOfferNoCorrection(_ language: Language) {
        let loop = Self.loop(language, writer: nil)
        loop.press(.character("4"), .character("e"), .character("v"))
        loop.press(.character("1"), .enter, .character("m"), .character("v"))
        #expect(RoleDayScenarioTests.form(loop) == nil && loop.appended.isEmpty && loop.ui.operatorMode == .browsing)
        #expect(loop.text.contains(Word.readOnlyInput.text(language)), "\(loop.text)")
    }
}
