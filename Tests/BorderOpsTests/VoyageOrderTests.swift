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
            #expect(order.positions == Self.sortedFromScratch(fold.state), "seed \(seed), line \(number + 1)")
            #expect(order.widestTally == (voyages.map(VoyageOrder.tallyWidth).max() ?? 0), "seed \(seed), line \(number + 1)")
        }
    }

    /// A voyage whose key does not change stays where it stands, and one whose key does moves:
    /// three voyages departing at one instant (ties kept in reading order), then a check, the
    /// same departure written again with another offset (the same instant: no move), an earlier
    /// departure and a close (moves), each compared with the order sorted from scratch.
    @Test func aVoyageMovesOnlyWhenItsKeyChanges() {
        func opened(_ id: String, _ voyage: String, departs: String) -> String {
            AlertIndexTests.head(id) + #""voyage.opened","voyage":"\#(voyage)","vessel":"KM. \#(voyage)","from":"Nunukan","to":"Pare-Pare","departs":"\#(departs)","manifest":3}"#
        }
        let steps = [
            [opened("o1", "v1", departs: "2024-11-20T17:00:00+08:00"), opened("o2", "v2", departs: "2024-11-20T17:00:00+08:00"),
             opened("o3", "v3", departs: "2024-11-20T17:00:00+08:00")],
            [AlertIndexTests.head("c1") + #""passenger.checked","voyage":"v1","passenger":"p","doc":"ktp","result":"cleared"}"#],
            [opened("o4", "v1", departs: "2024-11-20T16:00:00+07:00")],
            [opened("o5", "v3", departs: "2024-11-20T16:00:00+08:00")],
            [AlertIndexTests.head("x1") + #""voyage.closed","voyage":"v3"}"#],
        ]
        var fold = EventFold()
        var order = VoyageOrder()
        var touched = AlertTouches(everything: true)
        var expected: [[String]] = []
        for (step, lines) in steps.enumerated() {
            for line in lines {
                let (outcome, voided) = AlertIndexTests.fold(line, into: &fold)
                touched.note(outcome, voided: voided)
            }
            order.update(fold.state, touched: touched)
            touched = AlertTouches()
            #expect(order.positions == Self.sortedFromScratch(fold.state), "step \(step)")
            expected.append(order.positions.map { fold.state.voyages.values[$0].id })
        }
        #expect(expected == [["v1", "v2", "v3"], ["v1", "v2", "v3"], ["v1", "v2", "v3"], ["v3", "v1", "v2"], ["v1", "v2", "v3"]])
    }

    /// The voyages' positions sorted by the order's key, ties in reading order: what the kept
    /// order must equal.
    static func sortedFromScratch(_ state: BorderState) -> [Int] {
        let voyages = state.voyages.values
        return Array(voyages.indices).sorted(byKey: { VoyageOrder.Key(voyages[$0]) }, by: <)
    }
}
