import BorderOps
import Dashboard
import ExactKeys
import JSON
import Testing
import Words

/// Corrections from the screen (`e`, `m`): the item's form opens filled in with what was
/// recorded, needs a reason, and saving appends ONE batch: the `event.voided` of what was
/// recorded, then the corrected event. The pane shows the corrected item once read back.
@Suite struct CorrectionFlowTests {
    static let lines = [
        #"{"id":"v1","ts":"2024-11-20T08:00:00+08:00","type":"voyage.opened","post":"nunukan","voyage":"thalia-20","vessel":"KM. Thalia","from":"Nunukan","to":"Parepare","departs":"2024-11-20T17:00:00+08:00","manifest":1326}"#,
        #"{"id":"v2","ts":"2024-11-20T08:05:00+08:00","type":"voyage.opened","post":"nunukan","voyage":"lambelu-20","vessel":"KM. Lambelu","from":"Nunukan","to":"Makassar","departs":"2024-11-20T19:00:00+08:00","manifest":900}"#,
        #"{"id":"c1","ts":"2024-11-20T12:00:00+08:00","type":"passenger.checked","post":"nunukan","by":"imigrasi-03","voyage":"thalia-20","passenger":"P-0001","doc":"ktp","result":"cleared"}"#,
        #"{"id":"c2","ts":"2024-11-20T12:30:00+08:00","type":"passenger.checked","post":"nunukan","by":"imigrasi-04","voyage":"thalia-20","passenger":"P-0002","doc":"passport","nationality":"MYS","result":"referred","note":"ke BP3MI"}"#,
        #"{"id":"k1","ts":"2024-11-20T11:00:00+08:00","type":"kpi.reported","post":"nunukan","by":"bc-01","date":"2024-11-20","agency":"bea-cukai","metric":"patrol","count":4}"#,
        #"{"id":"k2","ts":"2024-11-20T11:00:00+08:00","type":"kpi.reported","post":"nunukan","by":"bc-01","date":"2024-11-20","agency":"bea-cukai","metric":"sambang","count":3}"#,
        #"{"id":"k0","ts":"2024-11-19T11:00:00+08:00","type":"kpi.reported","post":"nunukan","by":"bc-01","date":"2024-11-19","agency":"bea-cukai","metric":"patrol","count":3}"#,
        #"{"id":"z1","ts":"2024-11-20T11:30:00+08:00","type":"seizure.recorded","post":"nunukan","by":"bc-02","case":"BC-117","commodity":"tobacco","value_idr":750000000,"suspects":1,"agency":"bea-cukai"}"#,
        #"{"id":"o1","ts":"2024-11-20T09:00:00+08:00","type":"op.planned","post":"nunukan","op":"op1","title":"Opgab","location":"Tunon Taka","lead":"imigrasi","agencies":["imigrasi"],"starts":"2024-11-20T10:00:00+08:00"}"#,
        #"{"id":"f1","ts":"2024-11-20T12:40:00+08:00","type":"op.finding","post":"nunukan","by":"imigrasi-05","op":"op1","finding":"f-1","category":"pmi","severity":"info","summary":"dua calon PMI"}"#,
        #"{"id":"f2","ts":"2024-11-20T12:41:00+08:00","type":"op.finding","post":"nunukan","by":"imigrasi-05","op":"op1","finding":"f-2","category":"smuggling","severity":"warning","summary":"rokok tanpa cukai"}"#,
        #"{"id":"m1","ts":"2024-11-20T08:30:00+08:00","type":"meeting.opened","post":"nunukan","meeting":"m1","title":"Rapat Timpora","chair":"Kepala","location":"Kantor","attendees":["imigrasi","ksop"]}"#,
        #"{"id":"a1","ts":"2024-11-20T08:41:00+08:00","type":"action.assigned","post":"nunukan","by":"sekretaris","meeting":"m1","action":"m1-a1","title":"Kirim data","owner":"ksop","due":"2024-11-25"}"#,
    ]

    /// At 13.00 WITA, appends read back.
    static func loop(writer: (operatorID: String, file: String)? = TestLoop.writer) -> TestLoop {
        var fold = EventFold()
        for (i, line) in lines.enumerated() { fold.ingest(LineDecoder.decode(line), origin: LineOrigin(source: "t", line: i + 1)) }
        let loop = TestLoop(DashboardInput(fold: fold, sources: [], now: Timestamp.parse("2024-11-20T05:00:00+00:00")!), writer: writer)
        loop.readAppendsBack(after: lines.count)
        return loop
    }

    func members(_ intent: OperatorIntent?) -> [String: JSONValue] {
        Dictionary((intent?.fields ?? []).map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
    }

    /// Tab to the reason (the form's last field) and type it.
    func giveReason(_ loop: TestLoop, _ reason: String) {
        for _ in 0..<12 {
            guard case .form(let form) = loop.ui.operatorMode, form.current.key != "reason" else { break }
            loop.press(.tab)
        }
        loop.type(reason)
    }

    @Test func aKPIFigureTypedFourInsteadOfFive() {
        let loop = Self.loop()
        loop.press(.character("4"))
        #expect(loop.row("patroli").contains("7") && loop.row("patroli").contains("20/11: 4"), "\(loop.text)")
        #expect(loop.text.contains("e koreksi"), "the hint says how: \(loop.text)")
        loop.press(.character("e"))
        #expect(loop.text.contains("Koreksi angka harian") && loop.row("Mengoreksi").contains("20/11/2024 · bea-cukai · kpi.reported k1, k2"), "\(loop.text)")
        #expect(loop.row("Tanggal").contains("20/11/2024") && loop.row("Patroli").contains("4") && loop.row("Sambang").contains("3"), "\(loop.text)")
        loop.press(.tab, .tab, .backspace)
        loop.type("5")
        loop.press(.enter)
        #expect(loop.appended.isEmpty && loop.model.notice?.contains("Alasan koreksi") == true, "a reason is needed: \(loop.model.notice ?? "")")
        loop.type("salah ketik")
        loop.press(.enter)
        guard let batch = loop.appended.last else {
            Issue.record("nothing appended: \(loop.text)")
            return
        }
        #expect(batch.intents.map(\.type) == ["event.voided", "kpi.reported"], "exactly the void and the new report, one batch")
        #expect(batch.intents[0].fields == [JSONMember("target", .string("k1")), JSONMember("reason", .string("salah ketik"))])
        let m = members(batch.intents[1])
        #expect(m["date"] == .string("2024-11-20") && m["agency"] == .string("bea-cukai") && m["metric"] == .string("patrol") && m["count"] == .number(JSONNumber(5)))
        #expect(batch.at.rfc3339() == "2024-11-20T13:00:00+08:00", "the post's offset")
        // Read back: 3 + 5, not 3 + 4 + 5; sambang untouched.
        #expect(loop.data.state.desk.total(.patrol) == 8 && loop.data.state.desk.total(.sambang) == 3)
        #expect(loop.row("patroli").contains("8") && loop.row("patroli").contains("20/11: 5"), "\(loop.text)")
        #expect(loop.text.contains("Tersimpan: 2024-11-20 bea-cukai: patroli 4 → 5"), "\(loop.text)")
        #expect(loop.data.state.corrections.map(\.target) == ["k1"] && loop.ui.operatorMode == .browsing)
    }

    @Test func aCorrectionThatChangesNothingWritesNothing() {
        let loop = Self.loop()
        loop.press(.character("4"), .character("e"))
        giveReason(loop, "cek")
        loop.press(.enter)
        #expect(loop.appended.isEmpty && loop.model.notice == "Tidak ada yang berubah: tidak ada yang dikoreksi")
        if case .form = loop.ui.operatorMode {} else { Issue.record("the form stays open") }
    }

    @Test func anEmptiedFigureIsVoidedOnly() {
        let loop = Self.loop()
        loop.press(.character("4"), .down, .character("e"))
        loop.press(.tab, .tab, .tab, .backspace)
        giveReason(loop, "tidak ada sambang")
        loop.press(.enter)
        #expect(loop.appended.last?.intents.map(\.type) == ["event.voided"] && members(loop.appended.last?.intent)["target"] == .string("k2"))
        #expect(loop.data.state.desk.total(.sambang) == 0 && loop.data.state.desk.total(.patrol) == 7)
    }

    @Test func aFailedWriteKeepsTheCorrection() {
        let loop = Self.loop()
        loop.results = { effect in
            guard case .append(let request) = effect else { return [] }
            return [.appended(request.intent, .failed("/tmp/post/post.jsonl: Permission denied"))]
        }
        loop.press(.character("4"), .character("e"), .tab, .tab, .backspace)
        loop.type("5")
        giveReason(loop, "salah ketik")
        loop.press(.enter)
        #expect(loop.text.contains("Tidak tersimpan: /tmp/post/post.jsonl: Permission denied"), "\(loop.text)")
        guard case .form(let form) = loop.ui.operatorMode else {
            Issue.record("the form is back")
            return
        }
        #expect(form.title == .kpiCorrectionTitle && form["patrol"]?.editor.text == "5" && form["reason"]?.editor.text == "salah ketik")
        #expect(loop.data.state.desk.total(.patrol) == 7, "nothing changed")
    }

    @Test func aSeizureIsCorrectedUnderItsCase() {
        let loop = Self.loop()
        loop.press(.character("4"), .down, .down, .down, .down)
        #expect(loop.text.contains("11.30  BC-117  rokok"), "the case id on its row: \(loop.text)")
        loop.press(.character("e"))
        #expect(loop.text.contains("Koreksi penindakan") && loop.row("Mengoreksi").contains("seizure.recorded z1 · bc-02 · 20/11 11.30"), "\(loop.text)")
        #expect(loop.row("No. perkara").contains("BC-117") && loop.row("Nilai").contains("Rp750.000.000"), "\(loop.text)")
        loop.press(.tab, .tab, .tab, .backspace)
        loop.type("3")
        giveReason(loop, "tersangka 3 orang")
        loop.press(.enter)
        guard let batch = loop.appended.last else {
            Issue.record("nothing appended: \(loop.text)")
            return
        }
        #expect(batch.intents.map(\.type) == ["event.voided", "seizure.recorded"] && members(batch.intent)["target"] == .string("z1"))
        let m = members(batch.intents[1])
        #expect(m["case"] == .string("BC-117") && m["commodity"] == .string("tobacco") && m["value_idr"] == .number(JSONNumber(750_000_000)) && m["suspects"] == .number(JSONNumber(3)))
        #expect(loop.data.state.desk.suspects == 3 && loop.data.state.desk.seizures.count == 1)
        #expect(loop.text.contains("tersangka 3"), "the summary line: \(loop.text)")
    }

    @Test func aSeizureCanBeVoided() {
        let loop = Self.loop()
        loop.press(.character("4"), .end, .character("v"))
        #expect(loop.row("penindakan:").contains("BC-117 (rokok)") || loop.row("penindakan:").contains("BC-117"), "\(loop.text)")
        loop.type("tercatat dua kali")
        loop.press(.enter)
        #expect(loop.appended.last?.intents.map(\.type) == ["event.voided"] && members(loop.appended.last?.intent)["target"] == .string("z1"))
        #expect(loop.data.state.desk.seizures.isEmpty)
    }

    @Test func aFindingsSeverityIsCorrected() {
        let loop = Self.loop()
        loop.press(.character("2"), .enter)
        #expect(loop.text.contains("e koreksi"), "\(loop.text)")
        loop.press(.character("e"))
        #expect(loop.text.contains("Koreksi temuan") && loop.row("Mengoreksi").contains("op.finding f2"), "the latest first: \(loop.text)")
        #expect(loop.row("Ringkasan").contains("rokok tanpa cukai"), "\(loop.text)")
        loop.press(.right)
        #expect(loop.row("Mengoreksi").contains("op.finding f1") && loop.row("Ringkasan").contains("dua calon PMI"), "picked: filled with it: \(loop.text)")
        loop.press(.tab, .tab, .right, .right)
        giveReason(loop, "lebih berat")
        loop.press(.enter)
        guard let batch = loop.appended.last else {
            Issue.record("nothing appended: \(loop.text)")
            return
        }
        #expect(batch.intents.map(\.type) == ["event.voided", "op.finding"] && members(batch.intent)["target"] == .string("f1"))
        let m = members(batch.intents[1])
        #expect(m["finding"] == .string("f-1") && m["severity"] == .string("critical") && m["category"] == .string("pmi") && m["summary"] == .string("dua calon PMI"), "\(m)")
        #expect(loop.data.state.operations["op1"]?.findings.count == 2 && loop.data.state.operations["op1"]?.criticalFindings == 1)
    }

    @Test func aCheckOnTheWrongVoyageMovesToTheRightOne() {
        let loop = Self.loop()
        if DashboardView.rowIDs(.voyages, input: loop.data, model: loop.ui).first != "thalia-20" { loop.press(.character("j")) }
        loop.press(.enter)
        #expect(loop.text.contains("m pindah kapal"), "\(loop.text)")
        loop.press(.character("m"))
        #expect(loop.text.contains("Pemeriksaan di pelayaran lain") && loop.row("Mengoreksi").contains("passenger.checked c2"), "newest check: \(loop.text)")
        #expect(loop.row("Pelayaran").contains("KM. Lambelu"), "\(loop.text)")
        giveReason(loop, "salah kapal")
        loop.press(.enter)
        guard let batch = loop.appended.last else {
            Issue.record("nothing appended: \(loop.text)")
            return
        }
        #expect(batch.intents.map(\.type) == ["event.voided", "passenger.checked"] && members(batch.intent)["target"] == .string("c2"))
        #expect(batch.intents[1].fields == [JSONMember("voyage", .string("lambelu-20")), JSONMember("passenger", .string("P-0002")),
                                            JSONMember("doc", .string("passport")), JSONMember("nationality", .string("MYS")),
                                            JSONMember("result", .string("referred")), JSONMember("note", .string("ke BP3MI"))])
        #expect(loop.data.state.voyages["thalia-20"]?.checked == 1 && loop.data.state.voyages["lambelu-20"]?.checked == 1)
    }

    @Test func anActionsFieldsAreCorrected() {
        let loop = Self.loop()
        loop.press(.character("3"), .enter)
        loop.press(.end, .character("e"))
        #expect(loop.text.contains("Koreksi tindak lanjut") && loop.row("Mengoreksi").contains("action.assigned a1 · sekretaris"), "\(loop.text)")
        #expect(loop.row("Tenggat").contains("25/11/2024") || loop.text.contains("25/11/2024"), "\(loop.text)")
        loop.type(" kapal")
        giveReason(loop, "judul kurang")
        loop.press(.enter)
        guard let batch = loop.appended.last else {
            Issue.record("nothing appended: \(loop.text)")
            return
        }
        #expect(batch.intents.map(\.type) == ["event.voided", "action.assigned"] && members(batch.intent)["target"] == .string("a1"))
        let m = members(batch.intents[1])
        #expect(m["action"] == .string("m1-a1") && m["meeting"] == .string("m1") && m["title"] == .string("Kirim data kapal") && m["owner"] == .string("ksop") && m["due"] == .string("2024-11-25"), "\(m)")
        #expect(loop.data.state.actions["m1-a1"]?.title == "Kirim data kapal")
    }

    @Test func englishWords() {
        let loop = Self.loop()
        loop.press(.character("L"), .character("4"), .character("e"))
        #expect(loop.text.contains("Correct the day's figures") && loop.row("Corrects").contains("kpi.reported k1"), "\(loop.text)")
        #expect(loop.text.contains("Reason for the correction"))
    }

    @Test func readOnlyTerminalsOfferNoCorrection() {
        let loop = Self.loop(writer: nil)
        loop.press(.character("4"))
        #expect(!loop.text.contains("e koreksi"))
        loop.press(.character("e"))
        #expect(loop.model.notice == Word.readOnlyInput.text(.id) && loop.ui.operatorMode == .browsing)
        loop.press(.character("1"), .enter, .character("m"))
        #expect(loop.model.notice == Word.readOnlyInput.text(.id) && loop.ui.operatorMode == .browsing)
    }
}
