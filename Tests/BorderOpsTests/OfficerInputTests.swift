import BorderOps
import PropertyBased
import Testing
import Words

/// What officers type becomes the format's canonical values, or a reason in both languages.
@Suite struct OfficerInputTests {
    /// 3 December 2026, 10.15 WITA.
    let today = Timestamp.parse("2026-12-03T10:15:00+08:00")!

    func time(_ text: String, zone: PostZone = .wita) -> String? {
        try? OfficerTime.time(text, today: today, zone: zone).get().rfc3339()
    }

    func problem<T>(_ result: Result<T, OfficerInputProblem>) -> OfficerInputProblem? {
        if case .failure(let problem) = result { return problem }
        return nil
    }

    @Test func timesAsOfficersWriteThem() {
        #expect(time("17.00") == "2026-12-03T17:00:00+08:00")
        #expect(time("17:00") == "2026-12-03T17:00:00+08:00")
        #expect(time(" 9.05 ") == "2026-12-03T09:05:00+08:00")
        #expect(time("3/12 17.00") == "2026-12-03T17:00:00+08:00")
        #expect(time("4/1 06.30") == "2026-01-04T06:30:00+08:00")
        #expect(time("03/12/2026 17.00") == "2026-12-03T17:00:00+08:00")
        #expect(time("17.00", zone: .wib) == "2026-12-03T17:00:00+07:00")
        #expect(time("2026-12-03T17:00:00+08:00") == "2026-12-03T17:00:00+08:00")
        // Just after midnight UTC it is already the 4th at a WITA post: "today" is the post's.
        let lateUTC = Timestamp.parse("2026-12-03T17:30:00Z")!
        #expect((try? OfficerTime.time("07.00", today: lateUTC, zone: .wita).get().rfc3339()) == "2026-12-04T07:00:00+08:00")
    }

    @Test func timesRefusedWithAReason() {
        #expect(problem(OfficerTime.time("", today: today, zone: .wita)) == .empty)
        #expect(problem(OfficerTime.time("17", today: today, zone: .wita)) == .notATime)
        #expect(problem(OfficerTime.time("17.0", today: today, zone: .wita)) == .notATime)
        #expect(problem(OfficerTime.time("sore", today: today, zone: .wita)) == .notATime)
        #expect(problem(OfficerTime.time("24.00", today: today, zone: .wita)) == .noSuchTime)
        #expect(problem(OfficerTime.time("17.60", today: today, zone: .wita)) == .noSuchTime)
        #expect(problem(OfficerTime.time("31/2 17.00", today: today, zone: .wita)) == .noSuchDate)
        #expect(problem(OfficerTime.time("3/12/26 17.00", today: today, zone: .wita)) == .notATime)
        #expect(Word.problem(.notATime).text(.id).contains("17.00") && Word.problem(.notATime).text(.en).contains("17.00"))
    }

    @Test func dates() {
        #expect((try? OfficerTime.date("10/12", today: today, zone: .wita).get()) == CivilDate(year: 2026, month: 12, day: 10))
        #expect((try? OfficerTime.date("10/12/2027", today: today, zone: .wita).get()) == CivilDate(year: 2027, month: 12, day: 10))
        #expect((try? OfficerTime.date("2026-12-10", today: today, zone: .wita).get()) == CivilDate(year: 2026, month: 12, day: 10))
        #expect(problem(OfficerTime.date("29/2/2026", today: today, zone: .wita)) == .noSuchDate)
        #expect((try? OfficerTime.date("29/2/2028", today: today, zone: .wita).get()) == CivilDate(year: 2028, month: 2, day: 29))
        #expect(problem(OfficerTime.date("10-12", today: today, zone: .wita)) == .notADate)
        #expect(problem(OfficerTime.date("10/13", today: today, zone: .wita)) == .noSuchDate)
    }

    @Test func counts() {
        #expect((try? OfficerNumber.count("1.326").get()) == 1326)
        #expect((try? OfficerNumber.count("1326").get()) == 1326)
        #expect((try? OfficerNumber.count("1.152.000").get()) == 1_152_000)
        #expect((try? OfficerNumber.count("0").get()) == 0)
        #expect(problem(OfficerNumber.count("1,5")) == .fraction)
        #expect(problem(OfficerNumber.count("1.32")) == .badGrouping)
        #expect(problem(OfficerNumber.count("1326.")) == .badGrouping)
        #expect(problem(OfficerNumber.count("-3")) == .notACount)
        #expect(problem(OfficerNumber.count("tiga")) == .notACount)
        #expect(problem(OfficerNumber.count("")) == .empty)
        #expect(problem(OfficerNumber.count("9.223.372.036.854.775.808")) == .tooLarge)
        #expect((try? OfficerNumber.count("9.223.372.036.854.775.807").get()) == .max)
    }

    @Test func rupiah() {
        let cases: [(String, Int64)] = [
            ("Rp750.000.000", 750_000_000), ("750.000.000", 750_000_000), ("750 jt", 750_000_000), ("750jt", 750_000_000),
            ("1,2 M", 1_200_000_000), ("Rp1,2 M", 1_200_000_000), ("1,5 T", 1_500_000_000_000), ("Rp 125,9 M", 125_900_000_000),
            ("rp850.000", 850_000), ("IDR 49 juta", 49_000_000), ("7,9 triliun", 7_900_000_000_000), ("750.000,00", 750_000),
            ("2 rb", 2_000), ("1,234567 jt", 1_234_567),
        ]
        for (text, value) in cases { #expect((try? OfficerNumber.rupiah(text).get()) == value, "\(text)") }
        #expect(problem(OfficerNumber.rupiah("1,2345678 jt")) == .fractionOfRupiah)
        #expect(problem(OfficerNumber.rupiah("750,5")) == .fractionOfRupiah)
        #expect(problem(OfficerNumber.rupiah("banyak")) == .notAnAmount)
        #expect(problem(OfficerNumber.rupiah("12 kg")) == .notAnAmount)
        #expect(problem(OfficerNumber.rupiah("1,2,3 M")) == .notAnAmount)
        #expect(problem(OfficerNumber.rupiah("10.000.000 T")) == .tooLarge)
    }

    @Test func screenWordsBecomeCodes() {
        #expect((try? ScreenWordCodes.result("lolos").get()) == .cleared)
        #expect((try? ScreenWordCodes.result("Ditunda").get()) == .postponed)
        #expect((try? ScreenWordCodes.result("referred").get()) == .referred)
        #expect((try? ScreenWordCodes.result("pelanggaran").get()) == .violation)
        #expect((try? ScreenWordCodes.result("ditolak").get()) == .denied)
        #expect((try? ScreenWordCodes.document("paspor").get()) == .passport)
        #expect((try? ScreenWordCodes.document("KTP").get()) == .ktp)
        #expect((try? ScreenWordCodes.document("buku pelaut").get()) == .seaman_book)
        #expect((try? ScreenWordCodes.commodity("rokok").get()) == .tobacco)
        #expect((try? ScreenWordCodes.metric("patroli").get()) == .patrol)
        #expect((try? ScreenWordCodes.metric("pemeriksaan rutin").get()) == .routine_check)
        #expect((try? ScreenWordCodes.phase("apel").get()) == .briefing)
        #expect(problem(ScreenWordCodes.result("lulus")) == .unknownWord)
        // Every word the screen shows, in either language, comes back as its code.
        for result in CheckResult.allCases {
            for language in Language.allCases { #expect((try? ScreenWordCodes.result(Word.code(result).text(language)).get()) == result) }
        }
        for kind in DocumentKind.allCases {
            for language in Language.allCases { #expect((try? ScreenWordCodes.document(Word.code(kind).text(language)).get()) == kind) }
        }
    }

    @Test func everyProblemHasWordsInBothLanguages() {
        for p in OfficerInputProblem.allCases {
            #expect(!Word.problem(p).en.isEmpty && !Word.problem(p).id.isEmpty && Word.problem(p).en != Word.problem(p).id)
        }
    }

    @Test func groupedCountsAndAmountsParseBack() async {
        await propertyCheck(count: 500, input: Gen.int(in: 0...Int(Int64.max))) { n in
            let value = Int64(n)
            #expect((try? OfficerNumber.count(Rupiah.grouped(value)).get()) == value)
            #expect((try? OfficerNumber.count(String(value)).get()) == value)
            #expect((try? OfficerNumber.rupiah("Rp" + Rupiah.grouped(value)).get()) == value)
        }
    }

    @Test func shortRupiahParsesBackWhenExact() async {
        // `Rupiah.short` keeps one decimal: amounts of whole tenths of a unit come back exactly.
        await propertyCheck(count: 500, input: Gen.int(in: 10...9_999), Gen.int(in: 0...2)) { tenths, unit in
            let size: Int64 = [1_000_000, 1_000_000_000, 1_000_000_000_000][unit]
            let value = Int64(tenths) * size / 10
            #expect((try? OfficerNumber.rupiah(Rupiah.short(value)).get()) == value, "\(Rupiah.short(value))")
        }
    }

    @Test func writtenTimesParseBack() async {
        await propertyCheck(count: 500, input: Gen.int(in: 0...(200 * 366 * 1440)), Gen.int(in: 0...2)) { minutes, zoneIndex in
            let zone = [PostZone.wib, .wita, .wit][zoneIndex]
            let instant = Timestamp(epochSeconds: Int64(minutes) * 60 + 946_684_800, offsetSeconds: zone.offsetSeconds)
            let (day, _) = PostTime.local(instant, zone)
            let written = "\(day.day)/\(day.month)/\(day.year) \(PostTime.clock(instant, in: zone))"
            #expect((try? OfficerTime.time(written, today: today, zone: zone).get()) == instant, "\(written)")
            let sameDay = PostTime.clock(instant, in: zone)
            #expect((try? OfficerTime.time(sameDay, today: instant, zone: zone).get()) == instant, "\(sameDay)")
        }
    }
}
