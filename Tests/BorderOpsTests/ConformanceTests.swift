import BorderOps
import JSON
import Testing

/// Every conformance case of `../shared/spec/conformance`, through the library (the CLI suite
/// runs the same cases through the binary).
@Suite struct ConformanceTests {
    @Test func allCasesArePresent() {
        #expect(Fixtures.caseNames.count == 14)
        #expect(Fixtures.caseNames.contains("12-voids") && Fixtures.caseNames.contains("13-random-voids"))
    }

    @Test(arguments: Fixtures.caseNames, [DecodePath.automatic, .strictOnly])
    func summaryMatches(_ name: String, _ path: DecodePath) throws {
        let fold = foldSources([Fixtures.sourcePath(name)], path: path)
        let actual = HeadlessSummary.json(fold)
        let expected = try Fixtures.expectedSummary(name)
        #expect(actual.hasJSON(expected), "\(name): \(JSONWriter.compact(actual))")
    }

    @Test(arguments: Fixtures.caseNames)
    func malformedLinesMatch(_ name: String) throws {
        guard let expected = Fixtures.expectedBadLines(name), !Fixtures.sourcePath(name).hasSuffix("10-directory") else { return }
        let fold = foldSources([Fixtures.sourcePath(name)])
        #expect(fold.problems.map(\.origin.line) == expected)
        #expect(fold.counts.malformed == expected.count)
        let c = fold.counts
        #expect(c.lines == c.folded + c.voided + c.malformed + c.duplicates + c.unknown)
    }

    /// Each reason names what was wrong, e.g. the field, for a line of each kind.
    @Test func reasonsNameTheField() throws {
        let fold = foldSources([Fixtures.sourcePath("03-numbers")])
        let byLine = Dictionary(uniqueKeysWithValues: fold.problems.map { ($0.origin.line, $0.reason) })
        #expect(byLine[3]?.contains("\"count\"") == true)
        #expect(byLine[3]?.contains("negative") == true)
        #expect(byLine[5]?.contains("fraction or exponent") == true)
        #expect(byLine[15]?.contains("\"manifest\"") == true)
        #expect(byLine[17]?.contains("\"date\"") == true)
    }
}
