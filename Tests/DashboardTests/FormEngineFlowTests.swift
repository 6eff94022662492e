import BorderOps
import Dashboard
import JSON
import Testing
import Words

/// The form engine through the in-process screen: pick-lists in the interface language with
/// codes kept for the file, optional fields, scrolling in a small pane, a failed write that
/// keeps the form, and `?` over a form.
@Suite struct FormEngineFlowTests {
    /// A loop with `form` open (the engine's keys do not depend on what the form records).
    func loop(_ form: Form, width: Int = 120, height: Int = 35, language: Language = .id) -> TestLoop {
        var ui = DashboardModel(language: language, rowScope: .all)
        ui.focus = form.pane
        ui.operatorMode = .form(form)
        return TestLoop(GateFlowTests.input(), width: width, height: height, from: LoopModel(ui: ui))
    }

    static let severities = [FormField.Choice(code: "info", word: Word(en: "info", id: "informasi")),
                             FormField.Choice(code: "critical", word: Word(en: "critical", id: "kritis"))]
    static let agencies = ["Imigrasi", "Bea Cukai", "Lanal", "KSOP", "BNN"].map { FormField.Choice(code: $0.lowercased()) }

    func pickForm() -> Form {
        Form(.voyage, title: .voyageFormTitle, pane: .voyages, post: "nunukan", fields: [
            FormField("severity", .fieldVessel, kind: .pick, choices: Self.severities, chosen: [0]),
            FormField("agencies", .fieldFrom, kind: .multiPick, choices: Self.agencies),
            FormField("note", .fieldTo, optional: true),
        ])
    }

    func form(_ loop: TestLoop) -> Form? {
        if case .form(let form) = loop.ui.operatorMode { return form }
        return nil
    }

    @Test func pickListsShowWordsAndKeepCodes() {
        let loop = loop(pickForm())
        #expect(loop.row("▶ Kapal").contains("◀ informasi ▶"), "the word in Indonesian: \(loop.text)")
        #expect(loop.text.contains("←→ pilih"), "the hints line offers the pick-list's keys: \(loop.text)")
        loop.press(.right)
        #expect(loop.row("▶ Kapal").contains("◀ kritis ▶"))
        loop.press(.right)
        #expect(loop.row("▶ Kapal").contains("◀ informasi ▶"), "wraps round")
        loop.type("k")
        #expect(loop.row("▶ Kapal").contains("◀ kritis ▶"), "a letter goes to the entry starting with it")
        loop.press(.tab)
        #expect(loop.text.contains("[ ] imigrasi") && loop.text.contains("[ ] bnn"), "the multi-pick's list under it: \(loop.text)")
        loop.press(.character(" "), .right, .right, .character(" "))
        #expect(loop.text.contains("[x] imigrasi") && loop.text.contains("[x] lanal"), "\(loop.text)")
        loop.press(.left, .left, .character(" "))
        #expect(loop.text.contains("[ ] imigrasi"), "Space unticks: \(loop.text)")
        let context = FormContext(now: loop.data.now, zone: .wita, state: loop.data.state)
        guard let form = form(loop), case .success(let values) = form.values(context) else {
            Issue.record("form gone or invalid: \(loop.text)")
            return
        }
        #expect(values["severity"] == .pick("critical") && values["agencies"] == .picks(["lanal"]) && values["note"] == .absent)
        #expect(values.members(["severity", "agencies", "note"]) == [
            JSONMember("severity", .string("critical")), JSONMember("agencies", .array([.string("lanal")])),
        ], "the file keeps the codes; an empty optional field is left out")
    }

    @Test func aRequiredMultiPickLeftEmptyIsNotValid() {
        let loop = loop(pickForm())
        loop.press(.enter)
        #expect(loop.appended.isEmpty && loop.text.contains("Belum disimpan: Dari: wajib diisi"), "\(loop.text)")
        #expect(form(loop)?.focus == 1, "the field that is not valid gets the focus")
        #expect(loop.row("Ke").contains("opsional"), "an optional field says so: \(loop.row("Ke"))")
    }

    @Test func questionMarkInAPickListOpensHelpOverTheForm() {
        let loop = loop(pickForm())
        loop.press(.character("?"))
        #expect(loop.ui.overlay == .help && loop.text.contains("ubah nilai") && loop.text.contains("isian berikutnya"), "\(loop.text)")
        loop.press(.escape)
        #expect(loop.ui.overlay == nil && form(loop) != nil, "Esc closes the help, the form stays")
    }

    @Test func aFormTallerThanItsPaneScrollsToTheFieldInFocus() {
        let loop = GateFlowTests.loop(width: 40, height: 12)
        loop.press(.character("N"))
        #expect(loop.text.contains("▶ Kapal") && loop.text.contains("lagi di bawah") && !loop.text.contains("Manifes"), "\(loop.text)")
        loop.press(.tab, .tab, .tab, .tab)
        #expect(loop.text.contains("▶ Manifes") && loop.text.contains("lagi di atas") && !loop.text.contains("Kapal"), "\(loop.text)")
    }

    @Test func aVoyageFormFitsAt80x24() {
        let loop = GateFlowTests.loop(width: 80, height: 24)
        loop.press(.character("N"))
        for label in ["Kapal", "Dari", "Ke", "Berangkat", "Manifes"] { #expect(loop.text.contains(label), "\(label): \(loop.text)") }
        loop.press(.tab, .tab, .tab)
        loop.type("17.00")
        #expect(loop.row("Berangkat").contains("2024-11-20T17:00:00+08:00"), "the value as written, whole, at 80 columns: \(loop.text)")
    }

    @Test func aFailedWriteKeepsTheFormAndSaysWhy() {
        let loop = GateFlowTests.loop()
        loop.results = { effect in
            guard case .append(let request) = effect else { return [] }
            return [.appended(request.intent, .failed("/tmp/post/post.jsonl: Permission denied"))]
        }
        loop.press(.character("N"))
        for (text, last) in [("KM. Thalia", false), ("Nunukan", false), ("Parepare", false), ("17.00", false), ("1.326", true)] {
            loop.type(text)
            if !last { loop.press(.tab) }
        }
        loop.press(.enter)
        #expect(loop.appended.count == 1)
        #expect(loop.text.contains("Tidak tersimpan: /tmp/post/post.jsonl: Permission denied"), "\(loop.text)")
        #expect(form(loop)?["vessel"]?.editor.text == "KM. Thalia" && form(loop)?["manifest"]?.editor.text == "1.326", "content kept")
        loop.results = { effect in
            guard case .append(let request) = effect else { return [] }
            return [.appended(request.intent, .written(unconfirmed: nil))]
        }
        loop.press(.enter)
        #expect(loop.appended.count == 2 && loop.ui.operatorMode == .browsing && loop.text.contains("Tersimpan: KM. Thalia"), "\(loop.text)")
    }

    @Test func englishToo() {
        let loop = loop(pickForm(), language: .en)
        #expect(loop.row("▶ Vessel").contains("◀ info ▶") && loop.text.contains("←→ choose"), "\(loop.text)")
    }
}
