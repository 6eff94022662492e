import BorderOps
import Dashboard
import ExactKeys
import JSON
import Testing
import Words

/// README's role sections ("At the gate", "At a Timpora meeting", "At the desk"), sentence by
/// sentence, on an 80×24 screen in both languages: each comment quotes the README, the lines
/// under it try it. Together with the tests named in docs/testing.md ("README statements").
@Suite struct ReadmeRoleSectionTests {
    typealias Day = RoleDayScenarioTests

    /// The two Thalia voyages of GateFlowTests (the 19th's closed, with P-HELD postponed; the
    /// 20th's open, P-0001 cleared) at 13.00 WITA, 80×24, appends read back.
    static func gateLoop(_ language: Language, writer: (operatorID: String, file: String)? = TestLoop.writer) -> TestLoop {
        let loop = TestLoop(GateFlowTests.input(), writer: writer, language: language, width: 80, height: 24)
        loop.readAppendsBack(after: GateFlowTests.lines.count)
        return loop
    }

    static func string(_ request: AppendRequest?, _ key: String) -> String? {
        if case .string(let s)? = request?.intent.fields.first(where: { $0.key == key })?.value { return s }
        return nil
    }

    static func gate(_ loop: TestLoop) -> GateEntry? {
        if case .gate(let entry) = loop.ui.operatorMode { return entry }
        return nil
    }

    @Test(arguments: [Language.id, .en]) func atTheGate(_ language: Language) throws {
        let t = { (word: Word) in word.text(language) }
        let loop = Self.gateLoop(language)
        // "Open the voyage (pane 1, Enter) and press `g`."
        loop.press(.character("1"), .enter, .character("g"))
        let entry = try #require(Self.gate(loop), "\(loop.text)")
        #expect(loop.text.contains(t(.gateTitle)) && loop.text.contains("1/1326"), "\(loop.text)")
        // "The result in force (default cleared) ... the document kind (default KTP)"
        #expect(entry.result == .cleared && entry.document == .ktp)
        // "Type or scan the passenger's reference and press Enter: a `passenger.checked` is appended
        // (with the post's offset, `+08:00` at Nunukan) and the screen changes when it is read back."
        loop.type("P-0002")
        loop.press(.enter)
        let first = try #require(loop.appended.last)
        #expect(first.intent.type == "passenger.checked" && Self.string(first, "passenger") == "P-0002" && first.at.rfc3339().hasSuffix("+08:00"))
        #expect(loop.text.contains("2/1326") && loop.data.state.voyages["thalia-20"]?.checked == 2, "\(loop.text)")
        // "changes with Tab and stays until you change it"
        loop.press(.tab)
        for reference in ["P-0003", "P-0004"] {
            loop.type(reference)
            loop.press(.enter)
            #expect(Self.string(loop.appended.last, "result") == "postponed", "\(reference)")
        }
        #expect(loop.text.contains(t(.code(CheckResult.postponed))), "the result in force is shown")
        // "the document kind (default KTP) changes with Shift-Tab"
        loop.press(.backTab)
        // "For a postponed, referred, violation or denied passenger, press ↓ to add a note ..., then Enter."
        loop.type("P-0005")
        loop.press(.down)
        loop.type("dugaan CPMI non-prosedural, diserahkan ke BP3MI")
        loop.press(.enter)
        #expect(Self.string(loop.appended.last, "note") == "dugaan CPMI non-prosedural, diserahkan ke BP3MI")
        #expect(Self.string(loop.appended.last, "doc") == DocumentKind.allCases[1].rawValue && Self.string(loop.appended.last, "result") == "postponed")
        // "The line shows checked/manifest and the last five checks."
        loop.press(.tab, .tab, .tab, .tab)  // back to cleared
        loop.type("P-0006")
        loop.press(.enter)
        #expect(Self.string(loop.appended.last, "result") == "cleared")
        #expect(loop.text.contains("6/1326"), "\(loop.text)")
        for shown in ["P-0002", "P-0003", "P-0004", "P-0005", "P-0006"] { #expect(loop.text.contains(shown), "\(shown) among the last five: \(loop.text)") }
        #expect(!loop.text.contains("P-0001"), "the sixth latest is not shown")
        // "If the person was already checked on this voyage, or was postponed, referred or denied on
        // an earlier one, a warning (`⚠`, in words) comes first: Enter again records anyway, Esc clears."
        let count = loop.appended.count
        loop.type("P-0002")
        loop.press(.enter)
        #expect(loop.appended.count == count && loop.text.contains("⚠ P-0002 " + t(.gateAlreadyChecked)), "\(loop.text)")
        loop.press(.escape)
        #expect(!loop.text.contains("⚠") && Self.gate(loop)?.isBlank == true)
        loop.type("P-HELD")
        loop.press(.enter)
        #expect(loop.appended.count == count && loop.text.contains(t(.gateHeldEarlier)), "\(loop.text)")
        loop.press(.enter)
        #expect(loop.appended.count == count + 1 && Self.string(loop.appended.last, "passenger") == "P-HELD")
        // "A keyboard-wedge scanner (characters then Enter) works as typing does; a batch of
        // references arriving at once records each, in order."
        loop.screen.queuedKeys = ["S1", "S2", "S3"].flatMap { $0.map { Key.character($0) } + [.enter] }
        loop.runner.readKeys()
        let scanned = loop.appended.suffix(3).map { Self.string($0, "passenger") }
        #expect(scanned == ["S1", "S2", "S3"], "\(scanned)")
        // "Esc on an empty line leaves gate mode."
        loop.press(.escape)
        #expect(loop.ui.operatorMode == .browsing)

        // "`x` closes the open voyage (it asks first)."
        loop.press(.character("x"))
        #expect(loop.text.contains(t(.closeVoyagePrompt)) && loop.data.state.voyages["thalia-20"]?.closed == false, "\(loop.text)")
        loop.press(.character("y"))
        #expect(loop.appended.last?.intent.type == "voyage.closed" && loop.data.state.voyages["thalia-20"]?.closed == true)
    }

    @Test(arguments: [Language.id, .en]) func aNewVoyageAtTheGate(_ language: Language) throws {
        let t = { (word: Word) in word.text(language) }
        let loop = Self.gateLoop(language)
        // "`N` in pane 1 opens a new voyage: vessel (vessels seen before are offered), from, to,"
        loop.press(.character("1"), .character("N"))
        #expect(loop.text.contains(t(.voyageFormTitle)), "\(loop.text)")
        loop.type("KM")
        #expect(loop.text.contains("KM. Thalia"), "offered: \(loop.text)")
        Day.set(loop, "vessel", "KM. Thalia")
        Day.set(loop, "from", "Nunukan")
        Day.set(loop, "to", "Parepare")
        // "the departure as you write it (`17.00`, `3/12 17.00`, `03/12/2026 17.00`, in the post's
        // zone) ... each field says ✓ or why not as you type"
        for (typed, written) in [("17.00", "2024-11-20T17:00:00+08:00"), ("3/12 17.00", "2024-12-03T17:00:00+08:00"),
                                 ("03/12/2026 17.00", "2026-12-03T17:00:00+08:00")] {
            Day.set(loop, "departs", typed)
            #expect(loop.row(t(.fieldDeparts)).contains("✓ " + written), "\(typed): \(loop.row(t(.fieldDeparts)))")
        }
        Day.set(loop, "departs", "25.00")
        #expect(loop.row(t(.fieldDeparts)).contains("✗"), "why not: \(loop.row(t(.fieldDeparts)))")
        // "and nothing is written until all are valid."
        loop.press(.enter)
        #expect(loop.appended.isEmpty && loop.text.contains(t(.formInvalid)), "\(loop.text)")
        Day.set(loop, "departs", "17.00")
        // "the manifest as `1.326`"
        Day.set(loop, "manifest", "1.326")
        #expect(loop.row(t(.fieldManifest)).contains("✓"), "\(loop.row(t(.fieldManifest)))")
        loop.press(.enter)
        let opened = try #require(loop.appended.last)
        #expect(opened.intent.type == "voyage.opened" && opened.intent.fields.contains(JSONMember("manifest", .number(JSONNumber(1326)))))
        #expect(Self.string(opened, "departs") == "2024-11-20T17:00:00+08:00")
    }

    /// "Read-only terminals offer none of these."
    @Test(arguments: [Language.id, .en]) func aReadOnlyGateOffersNothing(_ language: Language) {
        let loop = Self.gateLoop(language, writer: nil)
        loop.press(.character("1"), .enter, .character("g"))
        #expect(Self.gate(loop) == nil && loop.text.contains(Word.readOnlyInput.text(language)), "\(loop.text)")
        loop.press(.character("x"), .character("y"), .escape, .character("N"))
        #expect(loop.appended.isEmpty && loop.ui.operatorMode == .browsing)
    }

    @Test(arguments: [Language.id, .en]) func atATimporaMeeting(_ language: Language) throws {
        let t = { (word: Word) in word.text(language) }
        let loop = Self.gateLoop(language)
        // "Press `3` then `N`: title, chair, place and the attendees (agencies, ticked with Space); Enter saves."
        loop.press(.character("3"), .character("N"))
        #expect(loop.text.contains(t(.meetingFormTitle)), "\(loop.text)")
        Day.set(loop, "chair", "Kakanim Nunukan")
        Day.set(loop, "location", "Kantor Imigrasi Nunukan")
        Day.focus(loop, "attendees")
        loop.press(.character(" "), .right, .character(" "))
        loop.press(.enter)
        let opened = try #require(loop.appended.last)
        #expect(opened.intent.type == "meeting.opened" && opened.intent.fields.contains(JSONMember("attendees", .array([.string("imigrasi"), .string("bea-cukai")]))))
        let meeting = try #require(Self.string(opened, "meeting"))
        // "The new meeting opens; later, Enter on it in pane 3 opens it again."
        #expect(loop.ui.detail == .timpora && loop.data.openMeeting(loop.ui)?.id == meeting)
        loop.press(.escape)
        #expect(loop.ui.detail == nil)
        loop.press(.enter)
        #expect(loop.data.openMeeting(loop.ui)?.id == meeting)
        // "`i` adds an agenda item (title and owner agency)"
        loop.press(.character("i"))
        #expect(loop.text.contains(t(.agendaItemFormTitle)) && loop.text.contains(t(.fieldOwnerAgency)), "\(loop.text)")
        loop.type("Pembukaan")
        Day.focus(loop, "owner")
        loop.press(.right, .enter)
        let item = try #require(Self.string(loop.appended.last, "item"))
        #expect(Self.string(loop.appended.last, "owner") == "imigrasi")
        // "`a` an action (what, owner, due date typed `10/12` or `10/12/2026`; for the selected item)."
        for (title, due) in [("Kirim data manifes", "10/12"), ("Imbauan publik", "11/12/2024")] {
            loop.press(.character("g"))  // the item selected
            loop.press(.character("a"))
            #expect(loop.text.contains(t(.actionFormTitle)), "\(loop.text)")
            loop.type(title)
            Day.focus(loop, "owner")
            loop.press(.right)
            Day.set(loop, "due", due)
            loop.press(.enter)
            #expect(loop.appended.last?.intent.type == "action.assigned" && Self.string(loop.appended.last, "item") == item, "\(loop.text)")
        }
        #expect(Self.string(loop.appended.dropLast().last, "due") == "2024-12-10" && Self.string(loop.appended.last, "due") == "2024-12-11")
        // "↑↓ move over the items and then the actions."
        loop.press(.character("g"))
        #expect(loop.ui.meetingRow.key == "item:" + item)
        loop.press(.down)
        #expect(loop.ui.meetingRow.key?.hasPrefix("action:") == true)
        loop.press(.up)
        #expect(loop.ui.meetingRow.key == "item:" + item)
        // "Enter on an item writes its state and what was discussed, decided and recommended (shown under the list)."
        loop.press(.enter)
        #expect(loop.text.contains(t(.minutesFormTitle)), "\(loop.text)")
        Day.set(loop, "discussion", "manifes terlambat")
        Day.set(loop, "decision", "KSOP kirim H-1")
        Day.set(loop, "recommendation", "grup koordinasi")
        loop.press(.enter)
        #expect(Self.string(loop.appended.last, "decision") == "KSOP kirim H-1" && Self.string(loop.appended.last, "recommendation") == "grup koordinasi")
        #expect(loop.text.contains("KSOP kirim H-1"), "shown under the list: \(loop.text)")
        // "Space marks the selected item concluded or action done (pressing it twice records once)"
        loop.press(.character(" "))
        #expect(Self.string(loop.appended.last, "state") == "done" && loop.appended.last?.intent.type == "agenda.item")
        let count = loop.appended.count
        loop.press(.character("g"), .character(" "))
        #expect(loop.appended.count == count && loop.text.contains(t(.alreadyConcluded)), "\(loop.text)")
        loop.press(.down, .character(" "))
        #expect(loop.appended.last?.intent.type == "action.state" && Self.string(loop.appended.last, "state") == "done")
        // "`s` moves an item to its next state"
        loop.press(.character("g"), .character("s"))
        #expect(Self.string(loop.appended.last, "state") == "deferred")
        // "`d` drops an action and asks why"
        loop.press(.character("G"), .character("d"))
        #expect(loop.text.contains(t(.dropReasonPrompt)), "\(loop.text)")
        loop.type("sudah ditangani")
        loop.press(.enter)
        #expect(Self.string(loop.appended.last, "state") == "dropped" && Self.string(loop.appended.last, "reason") == "sudah ditangani")
        // "`x` closes the meeting after asking."
        loop.press(.character("x"))
        #expect(loop.text.contains(t(.closeMeetingPrompt)) && loop.appended.last?.intent.type == "action.state", "\(loop.text)")
        loop.press(.character("y"))
        #expect(loop.appended.last?.intent.type == "meeting.closed")
    }

    @Test(arguments: [Language.id, .en]) func atTheDesk(_ language: Language) throws {
        let t = { (word: Word) in word.text(language) }
        let input = DashboardInput(fold: EventFold(), sources: [], now: Timestamp.parse("2024-11-20T10:00:00+00:00")!)
        let loop = TestLoop(input, writer: (operatorID: "bea-cukai-03", file: "/tmp/post/post.jsonl"), language: language, width: 80, height: 24)
        loop.readAppendsBack(after: 0)
        // "Focus the desk (`4`) and press `N`: *today's figures*."
        loop.press(.character("4"), .character("N"))
        #expect(loop.text.contains(t(.kpiFormTitle)), "\(loop.text)")
        // "The date (today) and your agency (from your operator id, e.g. `bea-cukai-03`; ←→ to change it) are filled in"
        let form = try #require(Day.form(loop))
        #expect(form.fields.first { $0.key == "date" }?.editor.text == "20/11/2024", "today in the post's zone (18.00 WITA)")
        Day.focus(loop, "agency")
        #expect(Day.form(loop)?.current.chosen.first.map { Day.form(loop)!.current.choices[$0].code } == "bea-cukai")
        loop.press(.right)
        #expect(Day.form(loop)?.current.chosen.first.map { Day.form(loop)!.current.choices[$0].code } != "bea-cukai", "←→ changes it")
        loop.press(.left)
        // "type the four figures (patrol, sambang, routine checks, socialisation) as you count them
        // (`1.326` or `1326`), Tab between them."
        for metric in [Word.patrol, .sambang, .routineCheck, .socialisation] { #expect(loop.text.contains(metric.heading.text(language)), "\(loop.text)") }
        loop.press(.tab)
        loop.type("1.326")
        loop.press(.tab)
        loop.type("1326")
        loop.press(.tab)
        loop.type("6")
        #expect(Day.form(loop)?.current.key == "routine_check", "Tab between them")
        // "A field you must still fix says why (`✗ …`) beside it; nothing is written until all are ✓."
        loop.press(.enter)
        #expect(loop.appended.isEmpty && loop.text.contains("✗"), "\(loop.text)")
        Day.set(loop, "socialisation", "1")
        // "Enter writes four `kpi.reported` events together (all or none) and the bottom line says `Tersimpan: 2024-11-20 …`"
        loop.press(.enter)
        let batch = try #require(loop.appended.last)
        #expect(batch.intents.count == 4 && batch.intents.allSatisfy { $0.type == "kpi.reported" })
        #expect(batch.intents.map { $0.fields.first { $0.key == "count" }?.value } == [JSONNumber(1326), JSONNumber(1326), JSONNumber(6), JSONNumber(1)].map { JSONValue.number($0) })
        // (cut at the screen's edge on a narrow terminal: at 80 columns the figures run past it)
        // Grouped the screen language's way: `1.326`, in English `1,326`.
        let saved = t(.formSaved) + ": 2024-11-20 bea-cukai: " + t(.patrol) + (language == .id ? " 1.326" : " 1,326")
        #expect(loop.row(saved).hasPrefix(" ! " + saved), "\(loop.text)")
        #expect(loop.model.notice?.hasPrefix(saved) == true && loop.model.notice?.hasSuffix("(4 \(t(.formEvents))) → post.jsonl") == true, "\(loop.model.notice ?? "")")
        // "`S` records a seizure: case number, commodity (chosen from the list, in the screen's
        // language), value as you write it (`Rp750.000.000`, `750 jt`, `1,2 M`), suspects, agency,
        // and if you have them quantity and unit, place, modus and the state loss prevented."
        for (n, (typed, value)) in [("Rp750.000.000", 750_000_000), ("750 jt", 750_000_000), ("1,2 M", 1_200_000_000)].enumerated() {
            loop.press(.character("S"))
            #expect(loop.text.contains(t(.seizureFormTitle)), "\(loop.text)")
            Day.set(loop, "case", "BC-\(n)")
            Day.focus(loop, "commodity")
            #expect(loop.row(t(.fieldCommodity)).contains(Word.code(Commodity.allCases[0]).text(language)), "\(loop.row(t(.fieldCommodity)))")
            Day.set(loop, "value_idr", typed)
            Day.set(loop, "suspects", "1")
            if n == 0 {
                Day.set(loop, "quantity", "500")
                Day.set(loop, "unit", "gram")
                Day.set(loop, "place", "Tunon Taka")
                Day.set(loop, "modus", "disembunyikan di koper")
                Day.set(loop, "loss_prevented_idr", "1 M")
            }
            Day.save(loop, "seizure \(typed)")
            #expect(loop.data.state.desk.seizures.values.first { $0.caseID == "BC-\(n)" }?.valueIDR == Int64(value), "\(typed)")
        }
        let details = loop.data.state.desk.seizures.values.first { $0.caseID == "BC-0" }?.details
        #expect(details?.quantity == 500 && details?.unit == "gram" && details?.place == "Tunon Taka" && details?.lossPreventedIDR == 1_000_000_000)
        // "Esc leaves (it asks first if you typed something)."
        loop.press(.character("S"), .escape)
        #expect(Day.form(loop) == nil)
        loop.press(.character("S"))
        loop.type("BC")
        loop.press(.escape)
        #expect(loop.text.contains(t(.discardPrompt)), "\(loop.text)")
        loop.press(.character("y"))
        #expect(Day.form(loop) == nil && loop.appended.count == 4)
    }
}
