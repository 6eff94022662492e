import BorderOps
import Configuration
import Dashboard
import ExactKeys
import Foundation
import JSON
import Testing
import Words

/// One list of agencies in every form (`KnownAgencies`): the posts file's agencies of the post
/// are offered first by the operation, team, desk figures', seizure and meeting forms alike, on
/// an empty file. A pick-list is typed in as officers expect: the letters find the entry by
/// its word in the screen's language or by its code, the same letter again goes on, Backspace
/// takes a letter back, and an agency list takes a code no file has named yet; the file keeps
/// codes.
@Suite struct AgencyPickTests {
    typealias Day = RoleDayScenarioTests

    /// A terminal at Tarakan (chosen with `p`) on an empty file with the sample posts file.
    static func atTarakan(_ language: Language) throws -> TestLoop {
        var input = DashboardInput(fold: EventFold(), sources: [], now: Timestamp.parse("2025-06-18T08:00:00+08:00")!)
        input.postDirectory = try PostDirectory.parse(try String(contentsOfFile: Paths.sampleData + "/posts.toml", encoding: .utf8), path: "posts.toml")
        let loop = TestLoop(input, writer: (operatorID: "bnnp-kaltara-01", file: "/tmp/post/post.jsonl"), language: language)
        loop.readAppendsBack(after: 0)
        let posts = DashboardView.posts(loop.data)
        let tarakan = try #require(posts.firstIndex(of: "tarakan"))
        loop.press(.character("p"))
        for _ in 0..<tarakan { loop.press(.character("j")) }
        loop.press(.enter)
        if loop.ui.overlay != nil { loop.press(.escape) }
        return loop
    }

    static func codes(_ loop: TestLoop, _ key: String) -> [String] {
        Day.form(loop)?.fields.first { $0.key == key }?.choices.map(\.code) ?? []
    }

    static let tarakan = ["bnnp-kaltara", "bea-cukai", "tni", "ksop", "polres-tarakan", "imigrasi"]

    @Test(arguments: [Language.id, .en]) func everyFormOffersThePostsAgenciesFirst(_ language: Language) throws {
        let loop = try Self.atTarakan(language)
        // Operation: lead and agencies.
        loop.press(.character("2"), .character("N"))
        #expect(Array(Self.codes(loop, "lead").prefix(6)) == Self.tarakan && Array(Self.codes(loop, "agencies").prefix(6)) == Self.tarakan, "\(loop.text)")
        #expect(Day.form(loop)?.post == "tarakan")
        Day.set(loop, "title", "Razia Malundung")
        Day.set(loop, "location", "Pelabuhan Malundung")
        Day.save(loop, "operation")
        // Its team form (the operation open).
        loop.press(.enter, .character("T"))
        #expect(Array(Self.codes(loop, "agency").prefix(6)) == Self.tarakan, "\(loop.text)")
        loop.press(.escape)
        if Day.form(loop) != nil { loop.press(.character("y")) }
        while loop.ui.detail != nil { loop.press(.escape) }
        // The desk's figures and a seizure.
        loop.press(.character("4"), .character("N"))
        #expect(Array(Self.codes(loop, "agency").prefix(6)) == Self.tarakan && Day.form(loop)?.post == "tarakan", "\(loop.text)")
        #expect(Day.form(loop)?.fields.first { $0.key == "agency" }.map { $0.choices[$0.chosen[0]].code } == "bnnp-kaltara",
                "the officer's own agency by default")
        loop.press(.escape)
        loop.press(.character("4"), .character("S"))
        #expect(Array(Self.codes(loop, "agency").prefix(6)) == Self.tarakan, "\(loop.text)")
        loop.press(.escape)
        // A meeting's attendees: the same list.
        loop.press(.character("3"), .character("N"))
        #expect(Array(Self.codes(loop, "attendees").prefix(6)) == Self.tarakan, "\(loop.text)")
    }

    /// The desk's figures of an agency no file names yet, typed by its code; the words of a
    /// pick-list found by typing in the screen's language.
    @Test(arguments: [Language.id, .en]) func aPickListFindsByTypingAndTakesANewAgencyCode(_ language: Language) throws {
        let loop = try Self.atTarakan(language)
        let t = { (word: Word) in word.text(language) }
        loop.press(.character("4"), .character("N"))
        Day.focus(loop, "agency")
        // `bea` finds bea-cukai among the list; `bak` is no entry: a new code, shown as one.
        loop.type("bea")
        #expect(loop.row(t(.fieldAgency)).contains("◀ bea-cukai ▶  \"bea\""), "\(loop.row(t(.fieldAgency)))")
        #expect(Day.form(loop)?.current.chosen.first.map { Day.form(loop)!.current.choices[$0].code } == "bea-cukai", "\(loop.text)")
        loop.press(.backspace, .backspace, .backspace)
        loop.type("BAKAML")
        #expect(loop.row(t(.fieldAgency)).contains("◀ bakaml ▶  (\(t(.formNewEntry)))"), "\(loop.row(t(.fieldAgency)))")
        loop.type("x")
        loop.press(.backspace)
        loop.type("a")
        #expect(Self.codes(loop, "agency").filter { $0.hasPrefix("bakam") } == ["bakamla"], "one entry, replaced as it is typed")
        for metric in KPIMetric.allCases { Day.set(loop, metric.rawValue, "1") }
        Day.save(loop, "figures")
        #expect(loop.appended.last?.intents.allSatisfy { $0.fields.contains(JSONMember("agency", .string("bakamla"))) } == true)
        #expect(loop.data.state.desk.reports.allSatisfy { $0.agency == "bakamla" } && loop.data.state.desk.reports.count == 4)
        // Offered from now on, like any agency the file names.
        loop.press(.character("N"))
        #expect(Self.codes(loop, "agency").contains("bakamla"))
        loop.press(.escape)

        // The seizure form: the commodity found by its word in the screen's language, the code written.
        loop.press(.character("S"))
        Day.set(loop, "case", "TRK-01")
        Day.focus(loop, "commodity")
        loop.type(language == .id ? "rok" : "tob")
        #expect(loop.row(t(.fieldCommodity)).contains(Word.code(Commodity.tobacco).text(language)), "\(loop.text)")
        // A letter nothing starts with: no change, and why.
        loop.type("x")
        let commodity = { Day.form(loop)?.current.chosen.first.map { Day.form(loop)!.current.choices[$0].code } }
        #expect(commodity() == "tobacco")
        #expect(loop.model.notice?.contains(t(.formNoEntryStarting)) == true, "\(String(describing: loop.model.notice))")
        // After ←→ a new search: `b` stays on the entry when it starts with it (id: benih bening
        // lobster), and `b` again goes on (barang elektronik); in English `e` has one entry.
        loop.press(.right)
        loop.type(language == .id ? "b" : "e")
        let first = commodity()
        loop.type(language == .id ? "b" : "e")
        #expect([first, commodity()] == (language == .id ? ["lobster_seed", "electronics"] : ["electronics", "electronics"]))
        // A word typed after them: a new search from its first letter.
        loop.type(language == .id ? "rok" : "tob")
        Day.set(loop, "value_idr", "750 jt")
        Day.set(loop, "suspects", "1")
        // A multi-letter agency code in a single pick, typed as officers write it.
        Day.focus(loop, "agency")
        loop.type("polres-tarakan")
        Day.save(loop, "seizure")
        let seizure = try #require(loop.data.state.desk.seizures.values.first)
        #expect(seizure.commodity == .tobacco && seizure.agency == "polres-tarakan")
    }

    /// A multi-pick takes a new code too: typed, ticked with Space, written among the codes.
    @Test(arguments: [Language.id, .en]) func anOperationsAgenciesTakeATypedCode(_ language: Language) throws {
        let loop = try Self.atTarakan(language)
        loop.press(.character("2"), .character("N"))
        Day.set(loop, "title", "Patroli laut")
        Day.set(loop, "location", "Perairan Tarakan")
        Day.focus(loop, "agencies")
        loop.type("bakamla")
        loop.press(.character(" "))
        loop.type("ks")
        loop.press(.character(" "))
        // Something that cannot be a code is refused, and said.
        loop.type("9")
        #expect(loop.model.notice?.contains(Word.formNoEntryStarting.text(language)) == true)
        Day.save(loop, "operation")
        let op = try #require(loop.data.state.operations.values.first)
        #expect(Set(op.agencies) == ["bnnp-kaltara", "bakamla", "ksop"], "\(op.agencies)")
    }
}
