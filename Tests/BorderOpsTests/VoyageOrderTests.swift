import BorderOps
import ExactKeys
import Testing

/// The voyages' order kept line by line is the order sorted from scratch, and its widest tally
/// the widest of all, for the alert index tests' random streams (voids that remove voyages
/// included).
@Suite struct VoyageOrderTests {
    @Test(arguments: 0..<120)
    func keptOrderIsSortedOrder(seed: Int) {
        var fold = EventFold()
        var order = VoyageOrder()
        var touched = AlertTouches(everything: true)
        for (number, line) in AlertIndexTests.lines(seed: seed).enumerated() {
            let outcome = LineDecoder.decode(line)
            let corrections = fold.state.corrections.count
            fold.ingest(outcome, origin: LineOrigin(source: "a.jsonl", line: number + 1))
            touched.note(outcome, voided: fold.state.corrections[corrections...])
            guard number % 4 == seed % 4 else { continue }
            order.update(fold.state, touched: touched)
            touched = AlertTouches()
            let voyages = fold.state.voyages.values
            #expect(order.positions == Array(voyages.indices).sorted(byKey: { VoyageOrder.Key(voyages[$0]) }, by: <), "seed \(seed), line \(number + 1)")
            #expect(order.widestTally == (voyages.map(VoyageOrder.tallyWidth).max() ?? 0), "seed \(seed), line \(number + 1)")
        }
    }
}
