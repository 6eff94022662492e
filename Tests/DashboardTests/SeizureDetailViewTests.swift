import BorderOps
import Dashboard
import Testing
import Words

/// A seizure's own detail view (issue 18): Enter on a seizure row of the desk pane, or on the
/// selected seizure of the desk's detail, opens it; every field, in the officer's language, its
/// corrections; `y` copies its case id. The desk's rows show the case id.
@Suite struct SeizureDetailViewTests {
    static func seizure(_ id: String, _ time: String, case caseID: String, value: Int, by: String = "bea-cukai-03") -> String {
        #"{"id":"\#(id)","ts":"2024-11-20T\#(time):00+08:00","type":"seizure.recorded","post":"nunukan","by":"\#(by)","case":"\#(caseID)","commodity":"tobacco","value_idr":\#(value),"suspects":1,"agency":"bea-cukai"}"#
    }

    static func void(_ id: String, target: String, reason: String) -> String {
        #"{"id":"\#(id)","ts":"2024-11-20T14:35:00+08:00","type":"event.voided","post":"nunukan","by":"supervisor-01","target":"\#(target)","reason":"\#(reason)"}"#
    }

    @Test(arguments: [Language.id, .en])
    func enterOnASeizureRowOpensEveryField(_ language: Language) throws {
        let loop = TestLoop(DetailViewTests.input(), language: language, width: 80, height: 35)
        loop.press(.character("4"), .end, .enter)
        #expect(loop.ui.overlay == .describe(.seizure("BC-2024-117")))
        let text = loop.text
        let expected = language == .id
            ? ["No. perkara: BC-2024-117", "Komoditas: benih bening lobster", "Jumlah barang: 12.000 ekor", "Nilai: Rp750.000.000 (Rp750 jt)",
               "Tersangka: 2", "Instansi: bea-cukai", "Tempat: Dermaga Tunon Taka", "Kerugian negara dicegah: Rp1.500.000.000 (Rp1,5 M)",
               "Dicatat: Rab 20/11 14.20 WITA oleh bea-cukai-03", "Pos: nunukan"]
            : ["Case no.: BC-2024-117", "Commodity: lobster seed", "Quantity: 12,000 ekor", "Value: Rp750,000,000 (Rp750 jt)",
               "Suspects: 2", "Agency: bea-cukai", "Place: Dermaga Tunon Taka", "Loss prevented: Rp1,500,000,000 (Rp1.5 M)",
               "Recorded: Wed 20/11 14.20 WITA by bea-cukai-03", "Post: nunukan"]
        for line in expected { #expect(text.contains(line), "\(line)\n\(text)") }
        // The modus wraps under its label, its end on screen, nothing cut.
        #expect(text.contains(language == .id ? "Modus: Disembunyikan dalam kotak" : "Method: Disembunyikan dalam kotak"))
        #expect(text.contains("dari Sebatik menuju Tawau"))
        #expect(!text.contains("…"))
        loop.press(.character("y"))
        #expect(loop.screen.copied.last == "BC-2024-117")
        loop.press(.escape)
        #expect(loop.ui.overlay == nil)
        // `d` on the seizure row describes the seizure too; on a figure, the desk.
        loop.press(.character("d"))
        #expect(loop.ui.overlay == .describe(.seizure("BC-2024-117")))
        loop.press(.escape, .home, .character("d"))
        #expect(loop.ui.overlay == .describe(.desk))
    }

    /// In the desk's detail ↑↓ select a seizure (reverse video, the cursor on it), Enter opens
    /// it, and Esc comes back to the desk's detail where it was.
    @Test(arguments: [(80, 24), (40, 12)])
    func enterInTheDesksDetailOpensTheSelectedSeizure(_ width: Int, _ height: Int) throws {
        let loop = TestLoop(EveryListReachesItsEndTests.input(), width: width, height: height)
        loop.press(.character("4"), .character("d"))
        // Newest first; all at one time, so by case, the greatest first.
        #expect(EveryListReachesItsEndTests.cursorRow(loop).contains("S30"), "\(loop.text)")
        loop.press(.enter)
        #expect(loop.ui.overlay == .describe(.seizure("S30")))
        loop.press(.escape)
        #expect(loop.ui.overlay == .describe(.desk))
        loop.press(.down, .down)
        #expect(EveryListReachesItsEndTests.cursorRow(loop).contains("S28"), "\(loop.text)")
        loop.press(.enter)
        #expect(loop.text.contains("No. perkara: S28"), "\(loop.text)")
        loop.press(.escape)
        #expect(EveryListReachesItsEndTests.cursorRow(loop).contains("S28"), "back where it was: \(loop.text)")
        loop.press(.end, .enter)
        #expect(loop.ui.overlay == .describe(.seizure("S01")), "\(loop.text)")
        // The hints say what Enter does.
        loop.press(.escape)
        #expect(loop.text.contains("Enter buka"), "\(loop.text)")
    }

    @Test func correctionsAndALaterRecordAreShown() throws {
        let lines = [
            Self.seizure("s-a1", "10:00", case: "BC-A", value: 1_000_000),
            Self.seizure("s-a2", "11:00", case: "BC-A", value: 2_000_000, by: "bea-cukai-07"),
            Self.seizure("s-b1", "10:30", case: "BC-B", value: 5_000_000),
            Self.seizure("s-b2", "11:30", case: "BC-B", value: 6_000_000, by: "bea-cukai-07"),
            Self.void("v-b2", target: "s-b2", reason: "nilai salah ketik"),
            Self.seizure("s-c1", "12:00", case: "BC-C", value: 7_000_000),
            Self.void("v-c1", target: "s-c1", reason: "dicatat dua kali"),
        ]
        let input = thaliaAt1440(lines)
        let loop = TestLoop(input, width: 100, height: 35)
        // Newest first: BC-A (corrected at 11.00), then BC-B (its 11.30 record voided).
        // A later record of the case: when it was first recorded, and who corrected it when.
        loop.press(.character("4"), .end, .up, .enter)
        #expect(loop.ui.overlay == .describe(.seizure("BC-A")), "\(loop.text)")
        #expect(loop.text.contains("Dicatat: Rab 20/11 10.00 WITA"), "\(loop.text)")
        #expect(loop.text.contains("Terakhir dikoreksi: Rab 20/11 11.00 WITA oleh bea-cukai-07"), "\(loop.text)")
        #expect(loop.text.contains("Nilai: Rp2.000.000 (Rp2 jt)"))
        // A voided record: its correction, and the value of the record left.
        loop.press(.escape, .down, .enter)
        #expect(loop.ui.overlay == .describe(.seizure("BC-B")), "\(loop.text)")
        #expect(loop.text.contains("Nilai: Rp5.000.000 (Rp5 jt)"), "\(loop.text)")
        #expect(loop.text.contains("Koreksi (1)"))
        #expect(loop.text.contains("Alasan: nilai salah ketik"))
        #expect(!loop.text.contains("dicatat dua kali"), "another case's correction")
        // A case whose every record is voided is gone from the pane; its search hit is gone too.
        loop.press(.escape)
        #expect(!loop.text.contains("BC-C"))
    }

    /// A seizure of another year (its date written out in full) at 80×24: the time gives way and
    /// the case id is whole; at 120×35 both show.
    @Test(arguments: [(80, 24, false), (120, 35, true)])
    func aLongDateGivesWayToTheCaseID(_ width: Int, _ height: Int, _ timeShown: Bool) {
        let old = #"{"id":"s-old","ts":"2023-11-04T10:16:00+08:00","type":"seizure.recorded","post":"nunukan","by":"bea-cukai-03","case":"sz-atb-20231104","commodity":"tobacco","value_idr":5000000,"suspects":1,"agency":"bea-cukai"}"#
        let loop = TestLoop(thaliaAt1440([old]), width: width, height: height)
        loop.press(.character("4"), .end)
        let row = EveryListReachesItsEndTests.cursorRow(loop)
        #expect(row.contains("sz-atb-20231104"), "\(loop.text)")
        #expect(row.contains("4/11/2023 10.16") == timeShown, "\(row)")
    }

    /// Two seizures alike in everything but their case are told apart on the desk's rows.
    @Test(arguments: [(120, 35), (80, 24), (40, 12)])
    func deskRowsShowTheCaseID(_ width: Int, _ height: Int) {
        let loop = TestLoop(thaliaAt1440([Self.seizure("s-1", "12:00", case: "NNK-1", value: 5_000_000), Self.seizure("s-2", "12:00", case: "NNK-2", value: 5_000_000)]),
                            width: width, height: height)
        loop.press(.character("4"), .end)
        #expect(EveryListReachesItsEndTests.cursorRow(loop).contains("NNK-1"), "\(loop.text)")
        loop.press(.up)
        #expect(EveryListReachesItsEndTests.cursorRow(loop).contains("NNK-2"), "\(loop.text)")
    }
}
