import BorderOps
@testable import Dashboard
import Testing
import Words

/// The voyages list's count columns: each headed by its result's word (in full where the words
/// fit, else a short word of the same language, very narrow cleared and "the others"), the word
/// starting where its column's counts start, whole, a blank before the next.
@Suite struct VoyageLegendTests {
    static let sizes = [(120, 35), (80, 24), (60, 20), (40, 12)]

    @Test(arguments: [Language.id, .en], [false, true])
    func eachCountColumnIsHeadedByItsWord(_ language: Language, _ ascii: Bool) throws {
        for (width, height) in Self.sizes {
            let grid = DashboardView.render(sampleInput(), model: DashboardModel(language: language, rowScope: .all), width: width, height: height, ascii: ascii)
            let lines = grid.lines.map { Array($0) }
            let at = "\(language) \(width)×\(height)\(ascii ? " ascii" : "")"
            let row = try #require(lines.firstIndex { String($0).contains("KM. Thal") }, "\(at)\n\(grid.text)")
            let (header, counts) = (lines[row - 1], lines[row])
            let columns = Self.countColumns(counts, ascii: ascii)
            let words = Self.words(columns.count, language)
            try #require(!words.isEmpty, "\(at): \(columns.count) count columns\n\(String(counts))")
            var headings: [String] = []
            for x in columns {
                #expect(header[x - 1] == " ", "\(at): a blank before the word at \(x)\n\(String(header))\n\(String(counts))")
                headings.append(String(header[x...].prefix { $0 != " " && $0 != "│" && $0 != "|" }))
            }
            #expect(words.contains(headings), "\(at): \(headings)\n\(String(header))\n\(String(counts))")
            // Where the full words fit (the pane across 120 columns) they are the ones shown.
            if width == 120 { #expect(headings == words[0], "\(at)") }
        }
    }

    /// Where each count starts: its mark after a blank, a digit after the mark.
    static func countColumns(_ line: [Character], ascii: Bool) -> [Int] {
        let marks: Set<Character> = ascii ? ["+", "=", ">", "!", "x"] : ["✓", "⏸", "↪", "⚠", "✗", "!"]
        return line.indices.dropFirst().dropLast().filter { line[$0 - 1] == " " && marks.contains(line[$0]) && line[$0 + 1].isNumber }
    }

    /// The headings the columns may have, the full words first.
    static func words(_ columns: Int, _ language: Language) -> [[String]] {
        switch columns {
        case 5: return [CheckResult.allCases.map { Word.code($0).text(language) }, CheckResult.allCases.map { Word.shortCode($0).text(language) }]
        case 2: return [[Word.cleared.text(language), Word.otherResults.text(language)]]
        default: return []
        }
    }

    /// A count wider than the narrowest column (`✓1.500` at 60 columns) widens its column
    /// rather than being cut (`✓1.5…`).
    @Test func aWideCountWidensItsColumn() {
        let legend = VoyageColumns.Legend(full: ["aaaaaa"], short: ["b"], summed: ["c", "d"])
        #expect(VoyageColumns(width: 58, tallyDigits: 11, legend: legend).counts.contains { $0 < 7 })
        #expect(VoyageColumns(width: 58, tallyDigits: 11, countWidth: 6, legend: legend).counts.allSatisfy { $0 >= 7 })
    }
}
