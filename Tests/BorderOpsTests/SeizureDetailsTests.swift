import BorderOps
import Testing

/// A seizure's optional fields (quantity, unit, place, modus, loss prevented) are kept by the
/// fold, from the latest record no void removed, and read leniently: a member of another kind
/// leaves the field out and never makes the line malformed.
@Suite struct SeizureDetailsTests {
    static let head = #"{"ts":"2024-11-20T11:30:00+08:00","type":"seizure.recorded","post":"nunukan","case":"BC-117","commodity":"tobacco","value_idr":750000000,"suspects":1,"agency":"bea-cukai""#

    func fold(_ lines: [String]) -> EventFold {
        var fold = EventFold()
        for (i, line) in lines.enumerated() { fold.ingest(LineDecoder.decode(line), origin: LineOrigin(source: "t", line: i + 1)) }
        return fold
    }

    @Test func theLatestRecordsDetailsAreKept() {
        let first = Self.head + #","id":"z1","quantity":40,"unit":"slop","place":"Dermaga Tunon Taka","modus":"di bawah jok","loss_prevented_idr":125000000}"#
        let folded = fold([first])
        #expect(folded.counts.malformed == 0)
        let seizure = folded.state.desk.seizures.values.first
        #expect(seizure?.details == SeizureDetails(quantity: 40, unit: "slop", place: "Dermaga Tunon Taka", modus: "di bawah jok", lossPreventedIDR: 125_000_000))
        // A later record without them: the case shows the latest record, without them.
        let second = Self.head + #","id":"z2"}"#
        #expect(fold([first, second]).state.desk.seizures.values.first?.details == SeizureDetails())
        // That record voided: the first one's details again.
        let void = #"{"id":"v1","ts":"2024-11-20T12:00:00+08:00","type":"event.voided","post":"nunukan","target":"z2","reason":"r"}"#
        #expect(fold([first, second, void]).state.desk.seizures.values.first?.details.place == "Dermaga Tunon Taka")
    }

    @Test func anotherKindIsLeftOutNotMalformed() {
        let odd = Self.head + #","id":"z1","quantity":"5 kg","unit":7,"place":null,"loss_prevented_idr":-3}"#
        let folded = fold([odd])
        #expect(folded.counts.malformed == 0 && folded.state.desk.seizures.count == 1)
        #expect(folded.state.desk.seizures.values.first?.details == SeizureDetails())
    }
}
