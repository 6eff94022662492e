import BorderOps
import Dashboard
import Testing
import Words

/// The issue's "Done when": the overview and every detail view as reviewed golden frames in both
/// languages at 120×35, 80×24 and 40×12, and none of those frames shows a code of the format on
/// an Indonesian screen or an Indonesian interface word on an English one.
@Suite struct DetailGoldenTests {
    static let sizes = [(120, 35), (80, 24), (40, 12)]

    /// What is described, and the keys that open it over `DetailViewTests.input()`.
    enum Item: String, CaseIterable {
        case voyage, operation, meeting, desk, seizure, alert, badLine = "bad-line"

        var keys: [Key] {
            switch self {
            case .voyage: [.character("d")]
            case .operation: [.character("2"), .character("d")]
            case .meeting: [.character("3"), .character("d")]
            case .desk: [.character("4"), .character("d")]
            // Enter on the desk's seizure row (after its four figures).
            case .seizure: [.character("4"), .end, .enter]
            case .alert: [.character("a"), .character("d")]
            case .badLine: [.character("b"), .character("d")]
            }
        }
    }

    /// The bad line of `DetailViewTests.input()` as its file holds it (answers `Effect.readLine`).
    static let badLine = DetailFileLine(origin: LineOrigin(source: "extra", line: 4), text: #"{"oops"#)

    static func open(_ item: Item, _ language: Language, _ width: Int, _ height: Int) -> TestLoop {
        let loop = TestLoop(DetailViewTests.input(), language: language, width: width, height: height)
        loop.press(item.keys)
        if item == .badLine { loop.send(.lineRead(badLine)) }
        if item == .voyage { loop.send(.checksRead(checksRead("thalia-20241120", upTo: loop.data.now, extra: DetailViewTests.extra))) }
        return loop
    }

    static var cases: [(Item, Language, Int, Int)] {
        Item.allCases.flatMap { item in Language.allCases.flatMap { language in sizes.map { (item, language, $0.0, $0.1) } } }
    }

    @Test(arguments: cases)
    func detailGolden(_ item: Item, _ language: Language, _ width: Int, _ height: Int) throws {
        let loop = Self.open(item, language, width, height)
        let grid = try #require(loop.screen.lastGrid)
        let (ok, diff) = matchesGolden(grid, "detail-\(item.rawValue)-\(language.rawValue)-\(width)x\(height)")
        #expect(ok, "\(diff)")
        var foreign = try LanguageFrameTests.foreign(in: language, data: DetailViewTests.extra)
        if language == .id { foreign.formUnion(Self.lineProblemEnglish) }
        let found = LanguageFrameTests.tokens(grid.text).intersection(foreign)
        #expect(found.isEmpty, "\(item) \(language) \(width)×\(height): \(found.sorted())\n\(grid.text)")
    }

    /// The English words of the bad-line reasons that their Indonesian never uses (of four
    /// letters or more: `invalid`, `expected`, `string`, …).
    static var lineProblemEnglish: Set<String> {
        let words = { (text: String) in Set(text.split { !$0.isLetter }.map(String.init).filter { $0.count >= 4 }) }
        let english = Word.lineProblemPhrases.reduce(Set<String>()) { $0.union(words($1.en)) }
        return english.subtracting(Word.lineProblemPhrases.reduce(Set<String>()) { $0.union(words($1.id)) })
    }

    /// The overview's goldens (`GoldenViewTests`) hold no foreign word either.
    @Test(arguments: Language.allCases)
    func overviewGoldensHoldNoForeignWord(_ language: Language) throws {
        let foreign = try LanguageFrameTests.foreign(in: language, data: [])
        for (width, height) in Self.sizes {
            let text = DashboardView.render(sampleInput(), model: DashboardModel(language: language, rowScope: .all), width: width, height: height).text
            let found = LanguageFrameTests.tokens(text).intersection(foreign)
            #expect(found.isEmpty, "\(language) \(width)×\(height): \(found.sorted())\n\(text)")
        }
    }

    /// Every field of every detail view is labelled alike, capital first (`Pos: tarakan` beside
    /// `Tempat: Pelabuhan`, not `pos:`); only `id` is written small, as everywhere on screen.
    @Test(arguments: Item.allCases)
    func fieldLabelsStartWithACapital(_ item: Item) throws {
        for language in Language.allCases {
            let loop = Self.open(item, language, 120, 35)
            let labels = try #require(loop.screen.lastGrid).lines.compactMap { line in
                (try? #/^│ ([\p{L} .]+): /#.firstMatch(in: line)).flatMap { $0 }.map { String($0.output.1) }
            }
            // The desk lists seizures and figures, no fields.
            #expect(item == .desk || labels.count >= 2, "\(item) \(language): \(loop.text)")
            for label in labels where label != Word.detailID.text(language) {
                #expect(label.first?.isUppercase == true, "\(item) \(language): \(label)")
            }
        }
    }

    /// 40×12 is usable: the detail box has its title and at least six lines of the item.
    @Test(arguments: Item.allCases)
    func fortyByTwelveShowsTheItem(_ item: Item) throws {
        let loop = Self.open(item, .id, 40, 12)
        let lines = try #require(loop.screen.lastGrid).lines
        #expect(lines[1].hasPrefix("┌ "), "\(loop.text)")
        let body = lines.dropFirst(2).filter { $0.hasPrefix("│ ") && $0.dropFirst(2).contains { $0.isLetter || $0.isNumber } }
        #expect(body.count >= 6, "\(loop.text)")
    }
}
