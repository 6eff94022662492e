import BorderOps
import Dashboard
import ExactKeys
import JSON
import Testing
import Words

/// The operations' and the desk's forms typed as officers would, through the in-process
/// screen: a new operation, a new team, a finding, today's four figures (one batch), a seizure.
@Suite struct RecordingFormsFlowTests {
    /// One operation (teams of bea-cukai and lanal) at 13.00 WITA; appends read back.
    func loop() -> TestLoop {
        let fold = oneOperation()
        let loop = TestLoop(DashboardInput(fold: fold, sources: [], now: Timestamp.parse("2024-11-20T13:00:00+08:00")!))
        loop.readAppendsBack(after: 5)
        return loop
    }

    func members(_ intent: OperatorIntent?) -> [String: JSONValue] {
        Dictionary((intent?.fields ?? []).map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func aNewOperationWithItsAgencies() {
        let loop = loop()
        loop.press(.character("2"), .character("N"))
        #expect(loop.text.contains("Operasi baru") && loop.row("Mulai").contains("2024-11-20T13:00:00+08:00"), "now by default: \(loop.text)")
        #expect(loop.row("Instansi pimpinan").contains("imigrasi"), "the officer's agency leads by default: \(loop.row("Instansi pimpinan"))")
        loop.type("Razia Pelabuhan")
        loop.press(.tab)
        loop.type("Tunon")
        #expect(loop.text.contains("pernah tercatat: Tunon Taka"), "places seen before: \(loop.text)")
        loop.type(" Taka")
        loop.press(.tab, .tab)
        // Agencies: imigrasi ticked already (the lead); tick bea-cukai (first in the list) too.
        #expect(loop.text.contains("[x] imigrasi") && loop.text.contains("[ ] bea-cukai"), "\(loop.text)")
        loop.press(.character(" "))
        loop.press(.tab)
        loop.press(.backspace, .backspace, .backspace, .backspace, .backspace)
        loop.type("21/11 07.30")
        loop.press(.enter)
        guard let request = loop.appended.last, request.intent.type == "op.planned" else {
            Issue.record("no op.planned: \(loop.text)")
            return
        }
        let m = members(request.intent)
        #expect(m["op"] == .string("razia-pelabuhan-20241121") && m["title"] == .string("Razia Pelabuhan") && m["location"] == .string("Tunon Taka"))
        #expect(m["lead"] == .string("imigrasi") && m["agencies"] == .array([.string("bea-cukai"), .string("imigrasi")]), "codes: \(m)")
        #expect(m["starts"] == .string("2024-11-21T07:30:00+08:00"))
        #expect(loop.ui.selectedIDs[.operations] == "razia-pelabuhan-20241121" && loop.text.contains("Tersimpan: Razia Pelabuhan"), "\(loop.text)")
        #expect(loop.data.state.operations["razia-pelabuhan-20241121"]?.agencies == ["bea-cukai", "imigrasi"], "read back")
    }

    @Test func aNewTeamInTheOpenOperation() {
        let loop = loop()
        loop.press(.character("2"), .enter)
        #expect(loop.text.contains("T tim baru"), "\(loop.text)")
        loop.press(.character("T"))
        #expect(loop.text.contains("Tim baru") && loop.row("Status").contains("siaga"), "status in Indonesian: \(loop.text)")
        loop.type("tim-sweeping")
        loop.press(.tab)
        loop.type("l")
        loop.press(.tab, .tab)
        loop.type("Dermaga 2")
        loop.press(.enter)
        let m = members(loop.appended.last?.intent)
        #expect(loop.appended.last?.intent.type == "op.team" && m["op"] == .string("op1") && m["team"] == .string("tim-sweeping"))
        #expect(m["agency"] == .string("lanal") && m["status"] == .string("standby") && m["location"] == .string("Dermaga 2"), "\(m)")
        #expect(loop.data.state.operations["op1"]?.teams.count == 3, "read back")
    }

    @Test func aFindingWithCodesFromWords() {
        let loop = loop()
        loop.press(.character("2"), .enter, .character("f"))
        #expect(loop.row("Kategori").contains("◀ keimigrasian ▶") || loop.row("Kategori").contains("◀"), "\(loop.text)")
        loop.press(.tab, .left)
        loop.press(.tab)
        loop.type("sabu ±0,5 kg di X-ray")
        loop.press(.enter)
        let m = members(loop.appended.last?.intent)
        #expect(loop.appended.last?.intent.type == "op.finding" && m["category"] == .string("immigration") && m["severity"] == .string("critical"), "\(m)")
        #expect(m["summary"] == .string("sabu ±0,5 kg di X-ray"))
    }

    @Test func todaysFourFiguresAreOneBatch() {
        let loop = loop()
        loop.press(.character("4"), .character("N"))
        #expect(loop.text.contains("Angka hari ini") && loop.row("Tanggal").contains("2024-11-20"), "today by default: \(loop.text)")
        #expect(loop.row("Instansi").contains("imigrasi"))
        loop.press(.tab, .tab)
        for (n, figure) in ["4", "2", "1.326", "1"].enumerated() {
            loop.type(figure)
            if n < 3 { loop.press(.tab) }
        }
        loop.press(.enter)
        #expect(loop.appended.count == 1, "one append")
        guard let batch = loop.appended.last else { return }
        #expect(batch.intents.count == 4 && Set(batch.ids).count == 4 && batch.intents.allSatisfy { $0.type == "kpi.reported" })
        #expect(batch.intents.map { members($0)["metric"] } == [.string("patrol"), .string("sambang"), .string("routine_check"), .string("socialisation")])
        #expect(members(batch.intents[2])["count"] == .number(JSONNumber(1326)) && members(batch.intents[0])["date"] == .string("2024-11-20"))
        #expect(loop.text.contains("Tersimpan: 2024-11-20 imigrasi: patroli 4") && loop.text.contains("(4 peristiwa)"), "\(loop.text)")
        #expect(loop.data.state.desk.totals[.routine_check] == 1326, "read back")
    }

    @Test func aSeizureWithTheValueAsTyped() {
        let loop = loop()
        loop.press(.character("4"), .character("S"))
        #expect(loop.text.contains("Penindakan") && loop.row("Komoditas").contains("narkotika"), "\(loop.text)")
        loop.type("BC-NNK-031")
        loop.press(.tab)
        loop.type("r")
        loop.press(.tab)
        loop.type("750 jt")
        #expect(loop.row("Nilai").contains("✓ Rp750.000.000"), "\(loop.row("Nilai"))")
        loop.press(.tab)
        loop.type("2")
        loop.press(.tab, .tab)
        loop.type("120")
        loop.press(.tab)
        loop.type("slop")
        loop.press(.tab, .tab)
        loop.type("disembunyikan di dinding kapal")
        loop.press(.tab)
        loop.type("1,2 M")
        loop.press(.enter)
        let m = members(loop.appended.last?.intent)
        #expect(loop.appended.last?.intent.type == "seizure.recorded" && m["case"] == .string("BC-NNK-031") && m["commodity"] == .string("tobacco"), "\(m)")
        #expect(m["value_idr"] == .number(JSONNumber(750_000_000)) && m["suspects"] == .number(JSONNumber(2)))
        #expect(m["quantity"] == .number(JSONNumber(120)) && m["unit"] == .string("slop") && m["place"] == nil)
        #expect(m["modus"] == .string("disembunyikan di dinding kapal") && m["loss_prevented_idr"] == .number(JSONNumber(1_200_000_000)))
        #expect(loop.data.state.desk.seizures.count == 1, "read back: \(loop.text)")
    }
}
