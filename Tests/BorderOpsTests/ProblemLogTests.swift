import BorderOps
import Testing

@Suite struct ProblemLogTests {
    func problem(_ n: Int) -> LineProblem { LineProblem(origin: LineOrigin(source: "f", line: n), reason: "r\(n)") }

    @Test(arguments: [0, 1, 3, 7])
    func newestAreKeptInOrderInARing(_ limit: Int) {
        var log = ProblemLog(limit: limit, keeping: .newest)
        for n in 1...20 {
            log.append(problem(n))
            let expected = (1...n).suffix(limit)
            #expect(log.map(\.origin.line) == Array(expected))
            #expect(log.dropped == max(0, n - limit))
        }
    }

    @Test func firstAreKeptAndTheRestCounted() {
        var log = ProblemLog(limit: 3, keeping: .first)
        for n in 1...10 { log.append(problem(n)) }
        #expect(log.map(\.origin.line) == [1, 2, 3])
        #expect(log.dropped == 7)
    }

    /// A fold of many malformed lines keeps a bounded number of reasons; its counts stay exact.
    @Test func aFoldKeepsABoundedNumberOfReasons() {
        var fold = EventFold(problems: ProblemLog(limit: 100, keeping: .first))
        for n in 1...5_000 { fold.ingest(.malformed(reason: "bad \(n)"), origin: LineOrigin(source: "f", line: n)) }
        #expect(fold.counts.malformed == 5_000)
        #expect(fold.problems.count == 100)
        #expect(fold.problems.last?.reason == "bad 100")
        #expect(fold.problems.dropped == 4_900)
    }
}
