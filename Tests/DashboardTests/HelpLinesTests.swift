@testable import Dashboard
import Testing
import Words

/// `?` help at every size: what each key does is wrapped under itself, never cut, and every
/// line of it can be scrolled to.
@Suite struct HelpLinesTests {
    @Test(arguments: [Language.id, .en], [(120, 35), (80, 24), (40, 12)])
    func everyKeysWordsAreShownWhole(_ language: Language, _ size: (Int, Int)) {
        let (width, height) = size
        let keys = KeyContext.of(DashboardModel(language: language, rowScope: .all), canWrite: true)
        let lines = HelpLines.lines(keys, language: language, width: HelpLines.width(screenWidth: width))
        // Scrolled line by line to the end, the box shows each line whole.
        let loop = TestLoop(sampleInput(), language: language, width: width, height: height)
        loop.press(.character("?"))
        var seen = Set<String>()
        for _ in 0..<lines.count {
            for line in loop.text.split(separator: "\n") { seen.insert(String(line)) }
            loop.press(.down)
        }
        for line in lines where !Self.trimmed(line).isEmpty {
            #expect(seen.contains { $0.contains(Self.trimmed(line)) }, "\(width)×\(height) not shown whole: \(line)")
        }
        // And every row's words are there, in order, none cut with `…`.
        let shown = lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
        for row in keys.helpRows(language) {
            let words = row.does.split(separator: " ").joined(separator: " ")
            #expect(shown.contains(words), "\(width)×\(height): \(row.does)")
        }
    }

    static func trimmed(_ line: String) -> String { String(line.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()) }
}
