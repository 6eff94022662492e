import BorderOps
import Dashboard
import Testing
import Words

/// Detail views (`d`, "describe") through the loop in process: what they show, that they wrap
/// instead of cutting, scroll to their last line at every size, copy ids (`y`), and show a
/// voided item's correction (who, when, why).
@Suite struct DetailViewTests {
    /// The sample day with a seizure, a finding with a long summary, a bad line and a voided check.
    static func input() -> DashboardInput { thaliaAt1440(extra) }

    static let extra = [
        #"{"id":"nnk-f1","ts":"2024-11-20T14:10:00+08:00","type":"op.finding","post":"nunukan","by":"imigrasi-inteldakim-01","op":"opgab-tunontaka-20241120","finding":"f-cpmi-1","category":"pmi","severity":"critical","summary":"Dua calon pekerja migran tanpa dokumen lengkap diarahkan ke BP3MI untuk pendataan; paspor ditahan sementara oleh petugas imigrasi di lobi keberangkatan sampai serah terima selesai"}"#,
        #"{"id":"nnk-s1","ts":"2024-11-20T14:20:00+08:00","type":"seizure.recorded","post":"nunukan","by":"bea-cukai-03","case":"BC-2024-117","commodity":"lobster_seed","value_idr":750000000,"suspects":2,"agency":"bea-cukai","quantity":12000,"unit":"ekor","place":"Dermaga Tunon Taka, gudang di belakang loket tiket","modus":"Disembunyikan dalam kotak styrofoam berlapis es di bawah muatan ikan segar, diangkut dengan speedboat dari Sebatik menuju Tawau pada dini hari","loss_prevented_idr":1500000000}"#,
        #"{"id":"nnk-v1","ts":"2024-11-20T14:30:00+08:00","type":"event.voided","post":"nunukan","by":"supervisor-01","target":"nnk-20241120-0077","reason":"penumpang dicatat pada kapal yang salah"}"#,
        #"{"oops"#,
    ]

    func loop(_ language: Language = .id, width: Int = 120, height: Int = 35) -> TestLoop {
        TestLoop(Self.input(), language: language, width: width, height: height)
    }

    @Test func longTextWrapsInsteadOfBeingCut() {
        let loop = loop(width: 80, height: 24)
        loop.press(.character("2"), .character("d"), .pageDown)
        let text = loop.text
        #expect(text.contains("Dua calon pekerja migran"))
        // The summary's end is on screen (wrapped), never cut with an ellipsis.
        #expect(text.contains("sampai serah terima selesai"))
        #expect(!text.contains("…"))
    }

    /// The box's title says which lines show: after End, the last of them.
    @Test(arguments: [(80, 24), (40, 12)])
    func everyDetailReachesItsLastLine(_ width: Int, _ height: Int) throws {
        for keys in [[Key.character("2")], [.character("3")], [], [.character("4")], [.character("a")], [.character("b")]] {
            let loop = loop(width: width, height: height)
            loop.press(keys + [.character("d")])
            // A detail that fits has no line numbers in its title: its last line is on screen.
            guard let first = loop.text.firstMatch(of: try Regex<(Substring, Substring, Substring)>("\\s1–(\\d+)/(\\d+) ·")) else {
                #expect(keys.count == 1 && "4ab".contains(String(keys[0].label)), "\(keys) at \(width)x\(height) should scroll")
                continue
            }
            #expect(Int(first.1)! < Int(first.2)!)
            loop.press(.end)
            let last = try #require(loop.text.firstMatch(of: try Regex<(Substring, Substring, Substring, Substring)>("\\s(\\d+)–(\\d+)/(\\d+) ·")), "\(keys) at \(width)x\(height):\n\(loop.text)")
            #expect(last.2 == last.3, "\(keys) at \(width)x\(height): End shows the last line")
            loop.press(.up)
            #expect(loop.text.contains(" \(Int(last.1)! - 1)–"), "\(keys): ↑ scrolls back one line at once")
        }
        let voyage = loop(width: width, height: height)
        voyage.press(.character("d"), .end)
        #expect(voyage.text.contains("penumpang dicatat pada"))
    }

    /// After End each detail view shows its last item's text: the last line the same view shows
    /// on a screen tall enough to hold all of it (same width, so the same wrapping).
    @Test(arguments: [(80, 24), (40, 12)])
    func everyDetailShowsItsLastItemAfterEnd(_ width: Int, _ height: Int) throws {
        for item in DetailGoldenTests.Item.allCases {
            let tall = DetailGoldenTests.open(item, .id, width, 2_000)
            let body = try #require(tall.screen.lastGrid).lines.filter { $0.hasPrefix("│ ") && $0.contains { $0.isLetter } }
            let last = try #require(body.last, "\(item)")
            let loop = DetailGoldenTests.open(item, .id, width, height)
            loop.press(.end)
            #expect(loop.text.contains(last), "\(item) at \(width)×\(height): \(last)\n\(loop.text)")
            // ↓ from the top one line at a time gets there too (held down: one frame at the end).
            loop.press(.home)
            loop.hold(.down, times: body.count)
            #expect(loop.text.contains(last), "\(item) at \(width)×\(height) with ↓: \(last)\n\(loop.text)")
        }
    }

    /// The voyage's detail asks for every check from the files and lists them all, newest
    /// first, the voided one left out (its correction below), not only the 16 the state keeps.
    @Test(arguments: [(80, 24), (40, 12)])
    func aVoyagesDetailListsEveryCheckReadFromTheFiles(_ width: Int, _ height: Int) {
        let loop = loop(width: width, height: height)
        loop.press(.character("d"))
        #expect(loop.takeEffects() == [.readChecks(voyage: "thalia-20241120")])
        if height >= 24 { #expect(loop.text.contains("membaca berkas kejadian"), "until the read comes back: \(loop.text)") }
        let read = checksRead("thalia-20241120", upTo: loop.data.now, extra: Self.extra)
        #expect(read.checks?.count == 164 && read.checks?.first?.passenger == "p-0001")
        loop.send(.checksRead(read))
        loop.press(.pageDown)
        #expect(loop.text.contains("Semua pemeriksaan (163)"), "\(loop.text)")
        // ↓ to the oldest check: p-0002 (p-0001's check was voided, and is listed only as a correction).
        var seen = ""
        for _ in 0..<100 where !seen.contains("p-0002 ") {
            loop.hold(.down, times: 10)
            seen = loop.text
        }
        #expect(seen.contains("p-0002 "), "\(seen)")
        #expect(!seen.contains("· p-0001 ·"))
    }

    /// A read that failed says why, and the state's latest checks stay listed.
    @Test func aFailedReadSaysWhyAndKeepsTheLatestChecks() {
        let loop = loop()
        loop.press(.character("d"))
        loop.send(.checksRead(VoyageChecksRead(voyage: "thalia-20241120", checks: nil, problem: "cannot read /x: Permission denied")))
        #expect(loop.text.contains("cannot read /x: Permission denied"))
        #expect(loop.text.contains("Pemeriksaan terakhir (16)"), "\(loop.text)")
    }

    @Test func aVoidedCheckShowsItsCorrectionInTheVoyagesDetail() {
        let loop = loop(width: 120, height: 35)
        loop.press(.character("d"), .end)
        let text = loop.text
        #expect(text.contains("pemeriksaan penumpang thalia-20241120 / p-0001"))
        #expect(text.contains("supervisor-01"))
        #expect(text.contains("Alasan: penumpang dicatat pada kapal yang salah"))
        #expect(text.contains("dibatalkan Rab 20/11 14.30 WITA"))
    }

    @Test func yCopiesTheSelectedIDAndSaysItOnTheBottomLine() {
        let loop = loop()
        loop.press(.character("3"), .character("y"))
        #expect(loop.screen.copied == ["timpora-nnk-20241120"])
        #expect(loop.text.split(separator: "\n").last?.contains("timpora-nnk-20241120") == true)
        loop.press(.character("2"), .character("d"), .character("y"))
        #expect(loop.screen.copied.last == "opgab-tunontaka-20241120")
        #expect(ClipboardSequence.osc52("op-1") == "\u{1B}]52;c;b3AtMQ==\u{07}")
    }

    @Test func alertsAndBadLinesAreDescribedAndEscBacksToTheirList() {
        let loop = loop()
        loop.press(.character("a"), .character("d"))
        #expect(loop.text.contains("Episode"))
        #expect(loop.text.contains("id: "))
        loop.press(.escape)
        #expect(loop.ui.overlay == .alerts)
        loop.press(.escape, .character("b"), .character("d"))
        #expect(loop.takeEffects().contains(.readLine(LineOrigin(source: "extra", line: 4))))
        loop.send(.lineRead(DetailFileLine(origin: LineOrigin(source: "extra", line: 4), text: "{\"oops\u{1B}[2J")))
        // The line as written, its escape character escaped where it is drawn.
        #expect(loop.text.contains(#"{"oops\u{1B}[2J"#) || loop.text.contains("{\"oops\\u{1b}[2J") || loop.text.contains("oops"))
        #expect(!loop.text.contains("\u{1B}"))
    }
}
