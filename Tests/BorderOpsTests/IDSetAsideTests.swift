@testable import BorderOps
@testable import ExactKeys
import Testing

/// Ids claimed while the id table is shared with a checkpoint being written go aside
/// (`IDSet.setAside`): the numbers, the duplicates and the fold are those of a table that took
/// them directly, and the shared table is not copied meanwhile.
@Suite struct IDSetAsideTests {
    /// Random claims (repeats among them) with the aside begun and ended at random: every answer
    /// is the plain set's.
    @Test(arguments: 0..<40)
    func claimsAsideAreNumberedAsInTheTable(seed: Int) {
        var state = UInt64(seed) &+ 0x1D5E7
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var plain = IDSet()
        var split = IDSet()
        for step in 0..<2_000 {
            switch next(40) {
            case 0: split.setAside()
            case 1: split.takeBack()
            default:
                let id = "id-\(next(700))"
                let claimed = split.claim(id, hash: split.hash(id))
                let expected = plain.claim(id, hash: plain.hash(id))
                #expect(claimed == expected, "seed \(seed), step \(step)")
            }
            let probe = "id-\(next(800))"
            #expect(split.number(of: probe, hash: split.hash(probe)) == plain.number(of: probe, hash: plain.hash(probe)), "seed \(seed), step \(step)")
            #expect(split.count == plain.count)
        }
        split.takeBack()
        #expect(split.table.keys == plain.table.keys)
    }

    /// A fold of random streams (voids reaching back and forward, duplicates) with its ids set
    /// aside and taken back at random lines is the plain fold: the same checkpoint bytes.
    @Test(arguments: 0..<40)
    func aFoldWithItsIDsAsideIsThePlainFold(seed: Int) throws {
        var plain = EventFold()
        var split = EventFold()
        for (number, line) in AlertIndexTests.lines(seed: seed).enumerated() {
            if number % 7 == seed % 7 { split.setIDsAside() }
            if number % 11 == seed % 11 { split.takeIDsBack() }
            plain.ingest(LineDecoder.decode(line), origin: LineOrigin(source: "a.jsonl", line: number + 1))
            split.ingest(LineDecoder.decode(line), origin: LineOrigin(source: "a.jsonl", line: number + 1))
        }
        split.takeIDsBack()
        #expect(split.seenIDs.table.keys == plain.seenIDs.table.keys, "the ids, numbered alike: seed \(seed)")
        // The table's slots may differ (it grew at other moments): the rest of the checkpoint
        // is compared with both tables made again from their ids.
        func rebuilt(_ fold: EventFold) -> EventFold {
            var copy = fold
            copy.seenIDs = IDSet()
            for id in fold.seenIDs.table.keys { copy.seenIDs.insert(id, hash: copy.seenIDs.hash(id)) }
            return copy
        }
        #expect(try CheckpointRoundTripTests.bytes(rebuilt(split)) == CheckpointRoundTripTests.bytes(rebuilt(plain)), "seed \(seed)")
        #expect(HeadlessSummary.text(split) == HeadlessSummary.text(plain))
    }

    /// While a copy (the checkpoint's) holds the table, ids claimed aside leave its storage
    /// shared: no copy was made.
    @Test func theSharedTableIsNotCopied() {
        var live = IDSet()
        for n in 0..<10_000 { live.insert("id-\(n)", hash: live.hash("id-\(n)")) }
        let written = live
        live.setAside()
        for n in 10_000..<10_100 { live.insert("id-\(n)", hash: live.hash("id-\(n)")) }
        func storage(_ set: IDSet) -> [UnsafeRawPointer?] {
            [set.table.bytes.withUnsafeBytes { $0.baseAddress }, set.table.ends.withUnsafeBytes { $0.baseAddress },
             set.table.control.withUnsafeBytes { $0.baseAddress }, set.table.positions.withUnsafeBytes { $0.baseAddress }]
        }
        #expect(storage(live) == storage(written), "the table was copied")
        #expect(live.count == 10_100 && written.count == 10_000)
    }
}

