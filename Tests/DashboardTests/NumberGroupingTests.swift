import BorderOps
import Dashboard
import JSON
import Testing
import Words

/// Numbers grouped the screen language's way (`1.326`, in English `1,326`) wherever they are
/// shown in full, the desks' short amounts with the language's decimal mark; the forms read both
/// ways whatever the language.
@Suite struct NumberGroupingTests {
    @Test func eachLanguageGroupsItsWay() {
        #expect(Language.id.grouped(1326) == "1.326" && Language.en.grouped(1326) == "1,326")
        #expect(Language.id.grouped(-1_234_567) == "-1.234.567" && Language.en.grouped(999) == "999" && Language.en.grouped(Int64.min) == "-9,223,372,036,854,775,808")
        #expect(Language.id.rupiah(750_000_000) == "Rp750.000.000" && Language.en.rupiah(750_000_000) == "Rp750,000,000")
        #expect(Language.id.shortRupiah(1_500_000_000) == "Rp1,5 M" && Language.en.shortRupiah(1_500_000_000) == "Rp1.5 M")
        #expect(Language.en.shortRupiah(1_200_000_000_000_000) == "Rp1,200 T" && Language.en.shortRupiah(850_000) == "Rp850,000")
        for value: Int64 in [0, 7, 999, 1000, 1326, 12_000, 1_000_000, 987_654_321, .max] {
            #expect(Rupiah.groupedWidth(value) == Language.en.grouped(value).count)
        }
    }

    /// Whatever the screen's language: `1.326` and `1,326` are 1326; `1,5` is a decimal comma
    /// (refused in a count); after a unit the comma is the decimal mark (`1,2 M`).
    @Test func formsReadBothWays() throws {
        for typed in ["1326", "1.326", "1,326"] { #expect(try OfficerNumber.count(typed).get() == 1326, "\(typed)") }
        #expect(OfficerNumber.count("1,5") == .failure(.fraction) && OfficerNumber.count("1,32") == .failure(.fraction))
        #expect(OfficerNumber.count("1,326.5") == .failure(.fraction) && OfficerNumber.count("1.326,000") == .failure(.fraction))
        #expect(try OfficerNumber.rupiah("Rp750,000,000").get() == 750_000_000 && OfficerNumber.rupiah("Rp750.000.000") == .success(750_000_000))
        #expect(try OfficerNumber.rupiah("1,2 M").get() == 1_200_000_000 && OfficerNumber.rupiah("1,500 jt") == .success(1_500_000))
        for value: Int64 in [0, 999, 1326, 12_000, 750_000_000, .max] {
            #expect(OfficerNumber.count(Language.en.grouped(value)) == .success(value))
            #expect(OfficerNumber.rupiah(Language.en.rupiah(value)) == .success(value) && OfficerNumber.rupiah(Language.id.rupiah(value)) == .success(value))
        }
    }

    /// The desk's figures typed in English as English screens write them, and in Indonesian: the
    /// field's ✓ and the saved line group the screen's way; the file keeps the number.
    @Test(arguments: [Language.id, .en]) func theSavedLineGroupsTheScreensWay(_ language: Language) throws {
        let loop = TestLoop.on([], language: language, keys: [.character("4"), .character("N")])
        typealias Day = RoleDayScenarioTests
        Day.set(loop, "patrol", language == .en ? "1,326" : "1.326")
        let mark = language == .en ? "✓ 1,326" : "✓ 1.326"
        #expect(loop.row(Word.code(KPIMetric.patrol).heading.text(language)).contains(mark), "\(loop.text)")
        // The other way round is read too.
        Day.set(loop, "sambang", language == .en ? "2.500" : "2,500")
        for metric in [KPIMetric.routine_check, .socialisation] { Day.set(loop, metric.rawValue, "0") }
        Day.save(loop, "figures")
        let counts = loop.appended.last?.intents.compactMap { $0.fields.first { $0.key == "count" }?.value }
        #expect(counts == [1326, 2500, 0, 0].map { JSONValue.number(JSONNumber(Int64($0))) })
        let notice = try #require(loop.model.notice)
        #expect(notice.contains(language == .en ? "1,326" : "1.326") && notice.contains(language == .en ? "2,500" : "2.500"), "\(notice)")
    }
}
