import BorderOps
import Dashboard
import ExactKeys
import JSON
import Testing
import TestSupport
import Words

/// `v` on a voyage, operation or meeting opened by mistake (its row in the pane, or the item
/// open with nothing in it to void): the void form warns how many records hang on it, asks a
/// reason, and writes ONE batch voiding the opening and every record that names it, so the row
/// is gone once read back (no opening-less row left by the fold rule).
@Suite struct OpeningVoidFlowTests {
    static let opened = #"{"id":"w1","ts":"2024-11-20T08:00:00+08:00","type":"voyage.opened","post":"nunukan","voyage":"wrong-20","vessel":"KM. Salah","from":"Nunukan","to":"Tawau","departs":"2024-11-20T16:00:00+08:00","manifest":1326}"#
    static let other = #"{"id":"l1","ts":"2024-11-20T08:05:00+08:00","type":"voyage.opened","post":"nunukan","voyage":"lambelu-20","vessel":"KM. Lambelu","from":"Nunukan","to":"Makassar","departs":"2024-11-20T19:00:00+08:00","manifest":900}"#

    /// `count` passengers checked on wrong-20 (ids c1…), one re-checked, one check already voided.
    static func voyageLines(checks count: Int) -> [String] {
        var lines = [opened, other]
        for n in 1...count {
            lines.append(#"{"id":"c\#(n)","ts":"2024-11-20T09:\#(n % 60 < 10 ? "0" : "")\#(n % 60):00+08:00","type":"passenger.checked","post":"nunukan","by":"imigrasi-03","voyage":"wrong-20","passenger":"P-\#(n)","doc":"ktp","result":"cleared"}"#)
        }
        lines.append(#"{"id":"r1","ts":"2024-11-20T11:00:00+08:00","type":"passenger.checked","post":"nunukan","voyage":"wrong-20","passenger":"P-1","doc":"ktp","result":"referred"}"#)
        lines.append(#"{"id":"x1","ts":"2024-11-20T11:05:00+08:00","type":"event.voided","post":"nunukan","target":"c2","reason":"dobel"}"#)
        lines.append(#"{"id":"l2","ts":"2024-11-20T11:10:00+08:00","type":"passenger.checked","post":"nunukan","voyage":"lambelu-20","passenger":"P-9","doc":"ktp","result":"cleared"}"#)
        return lines
    }

    /// Answers `Effect.readChecks` as the driver does: every check of the voyage in `lines`.
    static func answeringReads(_ loop: TestLoop, _ lines: [String]) {
        let appends = loop.results
        loop.results = { effect in
            guard case .readChecks(let voyage) = effect else { return appends(effect) }
            let checks = lines.compactMap { line -> PassengerCheck? in
                guard case .event(let event) = LineDecoder.decode(line) else { return nil }
                return PassengerCheck(event, of: voyage)
            }
            return [.checksRead(VoyageChecksRead(voyage: voyage, checks: checks))]
        }
    }

    static func selectVoyage(_ loop: TestLoop, _ id: String) {
        loop.press(.character("1"))
        let ids = DashboardView.rowIDs(.voyages, input: loop.data, model: loop.ui)
        for _ in 0..<(ids.firstIndex(of: id) ?? 0) { loop.press(.down) }
    }

    static func targets(_ request: AppendRequest?) -> [String] {
        (request?.intents ?? []).compactMap { intent in
            guard case .string(let target)? = intent.fields.first(where: { $0.key == "target" })?.value else { return nil }
            return target
        }
    }

    @Test func aVoyageOf1326ChecksIsVoidedWholeInOneBatch() {
        let lines = Self.voyageLines(checks: 1326)
        let loop = TestLoop.on(lines)
        Self.selectVoyage(loop, "wrong-20")
        // First without the read answered: the form waits for the checks.
        loop.press(.character("v"))
        #expect(loop.takeEffects().contains { if case .readChecks("wrong-20") = $0 { true } else { false } }, "its checks are read from the files")
        #expect(loop.row("pelayaran (salah dibuka)").contains("wrong-20 KM. Salah") && loop.row("dicatat oleh").contains("voyage.opened w1"), "\(loop.text)")
        #expect(loop.text.contains("PERINGATAN") && loop.text.contains("membaca pemeriksaannya"), "\(loop.text)")
        loop.type("kapal salah dibuka")
        loop.press(.enter)
        #expect(loop.appended.isEmpty && loop.model.notice == Word.voidChecksNotRead.text(.id), "nothing written before every check is known")
        loop.press(.escape)

        Self.answeringReads(loop, lines)
        loop.press(.character("v"))
        // 1,326 checks and a re-check, less the one already voided: 1,326 records hang on it.
        #expect(loop.row("PERINGATAN").contains("(1.326):") && loop.text.contains("1.326 pemeriksaan penumpang"), "\(loop.text)")
        loop.type("kapal salah dibuka")
        loop.press(.enter)
        #expect(loop.appended.count == 1, "one batch")
        let targets = Self.targets(loop.appended.last)
        #expect(targets.count == 1327 && targets.first == "w1" && Set(targets).count == 1327 && !targets.contains("c2") && targets.contains("r1"))
        #expect(loop.appended.last?.intents.allSatisfy { $0.type == "event.voided" && $0.post == "nunukan" } == true)
        // Read back: the row is gone, nothing left without an opening; the other voyage stays.
        let state = loop.data.state
        #expect(state.voyages["wrong-20"] == nil && state.voyages["lambelu-20"]?.checked == 1, "\(loop.text)")
        #expect(loop.row("KM. Salah").isEmpty && !loop.row("KM. Lambelu").isEmpty && loop.ui.operatorMode == .browsing, "\(loop.text)")
    }

    @Test func anEmptyVoyageOpenInDetailVoidsItselfAndTheDetailCloses() {
        let loop = TestLoop.on([Self.opened, Self.other])
        Self.selectVoyage(loop, "wrong-20")
        loop.press(.enter, .character("v"))
        #expect(loop.takeEffects().allSatisfy { if case .readChecks = $0 { false } else { true } }, "no check to read")
        #expect(loop.row("PERINGATAN").isEmpty && loop.text.contains("tidak ada catatan lain yang bergantung padanya"), "\(loop.text)")
        loop.type("salah")
        loop.press(.enter)
        #expect(Self.targets(loop.appended.last) == ["w1"] && loop.data.state.voyages["wrong-20"] == nil && loop.ui.detail == nil)
    }

    @Test func anOperationWithItsTeamsPhasesAndChecklistIsVoidedWhole() {
        let steps = [#"{"id":"6","ts":"2024-11-20T12:40:00+08:00","type":"checklist.step","post":"nunukan","checklist":"cl-op1","step":"a1","state":"done"}"#,
                     #"{"id":"7","ts":"2024-11-20T12:41:00+08:00","type":"op.finding","post":"nunukan","op":"op1","finding":"f-1","category":"pmi","severity":"info","summary":"dua calon PMI"}"#]
        let loop = TestLoop(DashboardInput(fold: foldLines(steps, into: oneOperation(), firstLine: 6), sources: [], now: Timestamp.parse("2024-11-20T13:00:00+08:00")!))
        loop.readAppendsBack(after: 7)
        loop.press(.character("2"), .character("v"))
        #expect(loop.row("operasi (salah dibuka)").contains("op1 Opgab") && loop.row("dicatat oleh").contains("op.planned 1"), "\(loop.text)")
        let warning = loop.row("PERINGATAN") + loop.text
        for part in ["(6)", "1 perubahan fase", "2 catatan tim", "1 temuan", "1 daftar periksa", "1 tanda langkah"] {
            #expect(warning.contains(part), "\(part): \(warning)")
        }
        loop.type("operasi dobel")
        loop.press(.enter)
        #expect(Self.targets(loop.appended.last) == ["1", "2", "3", "4", "7", "5", "6"])
        #expect(loop.data.state.operations.isEmpty && loop.data.state.checklists.isEmpty, "nothing of it is left")
    }

    @Test func aMeetingWithItsItemsAndActionsIsVoidedWholeAnActionAssignedElsewhereStays() {
        let lines = CorrectionFlowTests.lines + [
            #"{"id":"i1","ts":"2024-11-20T08:35:00+08:00","type":"agenda.item","post":"nunukan","meeting":"m1","item":"ag-1","title":"Data PMI","owner":"bp3mi","state":"pending"}"#,
            #"{"id":"s1","ts":"2024-11-20T08:45:00+08:00","type":"action.state","post":"nunukan","action":"m1-a1","state":"done"}"#,
            #"{"id":"m2","ts":"2024-11-20T08:30:00+08:00","type":"meeting.opened","post":"nunukan","meeting":"m2","title":"Rapat lain","chair":"Kepala","location":"Kantor","attendees":["imigrasi"]}"#,
            #"{"id":"b1","ts":"2024-11-20T09:00:00+08:00","type":"action.assigned","post":"nunukan","meeting":"m1","action":"both","title":"Dua rapat","owner":"ksop","due":"2024-11-25"}"#,
            #"{"id":"b2","ts":"2024-11-20T09:30:00+08:00","type":"action.assigned","post":"nunukan","meeting":"m2","action":"both","title":"Dua rapat","owner":"ksop","due":"2024-11-25"}"#,
            #"{"id":"b3","ts":"2024-11-20T09:40:00+08:00","type":"action.state","post":"nunukan","action":"both","state":"done"}"#,
        ]
        let loop = TestLoop.on(lines, keys: [.character("3")])
        let ids = DashboardView.rowIDs(.timpora, input: loop.data, model: loop.ui)
        for _ in 0..<(ids.firstIndex(of: "m1") ?? 0) { loop.press(.down) }
        loop.press(.character("v"))
        #expect(loop.row("rapat (salah dibuka)").contains("m1 Rapat Timpora"), "\(loop.text)")
        let warning = loop.row("PERINGATAN") + loop.text
        #expect(loop.row("PERINGATAN").contains("(4)") && warning.contains("1 catatan butir agenda") && warning.contains("2 penugasan tindak lanjut") && warning.contains("1 status tindak lanjut"), "\(warning)")
        loop.type("rapat salah dibuka")
        loop.press(.enter)
        #expect(Set(Self.targets(loop.appended.last)) == ["m1", "a1", "i1", "s1", "b1"])
        let state = loop.data.state
        #expect(state.meetings["m1"] == nil && state.actions["m1-a1"] == nil && state.meetings["m2"] != nil)
        #expect(state.actions["both"]?.meeting == "m2" && state.actions["both"]?.state == .done, "assigned in m2 too: it lives on there, its state kept")
    }

    @Test func englishWordsAndHelp() {
        let loop = TestLoop.on([Self.opened, Self.other], language: .en)
        Self.selectVoyage(loop, "wrong-20")
        loop.press(.character("?"))
        #expect(loop.text.contains("void the selected voyage, operation or meeting opened by mistake"), "\(loop.text)")
        loop.press(.escape, .character("v"))
        #expect(loop.row("voyage (opened by mistake)").contains("wrong-20") && loop.text.contains("no other record hangs on it"), "\(loop.text)")
        loop.press(.enter)
        #expect(loop.model.notice == "A reason is needed" && loop.appended.isEmpty)
    }

    @Test func readOnlyTerminalsOfferNothing() {
        let loop = TestLoop.on([Self.opened, Self.other], writer: nil)
        Self.selectVoyage(loop, "wrong-20")
        loop.press(.character("v"))
        #expect(loop.model.notice == Word.readOnlyInput.text(.id) && loop.ui.operatorMode == .browsing)
        loop.press(.character("?"))
        #expect(!loop.text.contains("salah dibuka"), "not listed: \(loop.text)")
    }
}
