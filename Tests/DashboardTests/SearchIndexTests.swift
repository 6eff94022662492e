import BorderOps
@testable import Dashboard
import Testing

/// `/` and `s` look in a pane's rows through a `SearchIndex`: each row's texts folded once, and
/// a query typed after another looks only among the rows that one matched. Whatever is typed,
/// erased or replaced, in any order, its answer is every row holding the query in one of its
/// texts, case aside, as the rows' texts themselves say.
@Suite struct SearchIndexTests {
    /// A small generator, so each seed's rows and keys are the same on every run.
    struct Random {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static let letters = Array("aAnNuUkK-. ÄäÉé")

    static func text(_ random: inout Random) -> String {
        String((0..<random.next(8)).map { _ in letters[random.next(letters.count)] })
    }

    /// What the answer must be: the rows holding the query, read from their texts.
    static func expected(_ rows: [[String]], _ query: String) -> [Int] {
        rows.indices.filter { i in rows[i].contains { $0.lowercased().contains(query.lowercased()) } }
    }

    @Test(arguments: 0..<20)
    func everyQueryAnswersAsTheTextsSay(seed: UInt64) {
        var random = Random(state: seed &+ 1)
        let rows = (0..<200).map { _ in (0..<(1 + random.next(3))).map { _ in Self.text(&random) } }
        let index = SearchIndex(count: rows.count) { rows[$0] }
        var query = ""
        for _ in 0..<60 {
            // Mostly typing on, sometimes erasing, sometimes starting again.
            switch random.next(10) {
            case 0...5: query.append(Self.letters[random.next(Self.letters.count)])
            case 6...8: if !query.isEmpty { query.removeLast() }
            default: query = Self.text(&random)
            }
            #expect(index.matches(query) == Self.expected(rows, query), "seed \(seed), query \"\(query)\"")
        }
    }

    @Test func aMatchDoesNotRunFromOneTextIntoTheNext() {
        let index = SearchIndex(count: 2) { [["ab", "cd"], ["abcd"]][$0] }
        #expect(index.matches("bc") == [1])
        #expect(index.matches("BC") == [1])
        #expect(index.matches("") == [0, 1])
        #expect(index.matches("\u{0}") == [])
    }
}
