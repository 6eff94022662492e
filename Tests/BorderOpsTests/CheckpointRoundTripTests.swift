@testable import BorderOps
import Foundation
import TestSupport
import Testing

/// A fold written to a checkpoint and read back, then given the rest of the lines, is the fold
/// of all the lines from scratch: for random streams of every kind of event (voids included,
/// targeting lines before and after the cut, and ids no line claims), random cut points, in
/// both reading orders the void tests use, with some events marked `exercise`.
@Suite struct CheckpointRoundTripTests {
    typealias Line = VoidReferenceFoldPropertyTests.Line

    /// The void tests' lines, with one in five marked `exercise`, posts and times varied (per-post
    /// activity and exercise counts), minutes and reasons on some.
    static func lines(_ codes: [Int]) -> [Line] {
        codes.enumerated().map { index, code in
            var line = VoidReferenceFoldPropertyTests.line(code, index: index)
            if code % 5 == 0 { line.text = line.text.replacingOccurrences(of: #""post":"nunukan""#, with: #""post":"tarakan","exercise":true"#) }
            // Borderdesk's optional fields: minutes on agenda items, a reason on action states.
            if code % 2 == 0 && line.text.contains(#""agenda.item""#) { line.text = String(line.text.dropLast()) + #","decision":"D\#(code % 7)","discussion":"""# + "}" }
            if code % 2 == 0 && line.text.contains(#""action.state""#) { line.text = String(line.text.dropLast()) + #","reason":"R\#(code % 7)"}"# }
            // A seizure's optional fields (one of a wrong kind, read leniently as absent).
            if code % 2 == 0 && line.text.contains(#""seizure.recorded""#) {
                line.text = String(line.text.dropLast()) + #","quantity":\#(code % 90),"unit":"kg","place":"P\#(code % 7)","modus":\#(code % 3),"loss_prevented_idr":\#(code % 1000 * 1000)}"#
            }
            // A check's nationality (kept with the voyage's recent checks).
            if code % 3 == 0 && line.text.contains(#""passenger.checked""#) { line.text = String(line.text.dropLast()) + #","nationality":"\#(["MYS", "IDN", "PHL", "TLS", "SGP", "BRN", "CHN"][code % 7])"}"# }
            let day = 20 + code % 3
            line.text = line.text.replacingOccurrences(of: #""ts":"2024-11-20T13"#, with: #""ts":"2024-11-\#(day)T1\#(code % 10)"#)
            return line
        }
    }

    /// A line decoded once: each seed folds every line up to four times.
    struct Decoded {
        var file: Int
        var outcome: LineOutcome
    }

    static func decoded(_ lines: [Line]) -> [Decoded] {
        lines.map { Decoded(file: $0.file, outcome: LineDecoder.decode($0.text)) }
    }

    static func ingest(_ lines: some Sequence<Decoded>, into fold: inout EventFold, numbers: inout [Int]) {
        for line in lines {
            numbers[line.file] += 1
            fold.ingest(line.outcome, origin: LineOrigin(source: line.file == 0 ? "a.jsonl" : "b.jsonl", line: numbers[line.file]))
        }
    }

    static func bytes(_ fold: EventFold) throws -> [UInt8] { try checkpointBytes(of: fold, chunkSize: 64) }

    static func read(_ bytes: [UInt8]) throws -> EventFold { try foldReadBack(from: bytes) }

    /// A stream and a cut point from a seed: a failure names its seed (no shrinking, which on
    /// a slow debug build takes longer than the suite).
    static func stream(seed: Int) -> (codes: [Int], cut: Int) {
        var state = UInt64(seed) &+ 0x5EED
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return ((0..<next(251)).map { _ in next(1_000_000) }, next(1001))
    }

    /// Every seed compares the checkpoint's bytes, the summary and the problems; one in sixteen
    /// also compares every stored part by reflection (`StateDescription`, which catches a part
    /// the checkpoint forgot to write). Reflection costs ~25 ms a fold in a debug build, which
    /// on every seed was a quarter of the whole suite's processor time (on one in four, still
    /// half of this test's); which parts exist does not depend on the seed, so 13 streams of up
    /// to 250 events of every kind find a forgotten one.
    static func comparesEveryPart(seed: Int) -> Bool { seed % 16 == 0 }

    @Test(arguments: 0..<200)
    func checkpointAndTheRestIsTheWholeFold(seed: Int) throws {
        do {
            let (codes, cutPick) = Self.stream(seed: seed)
            let all = Self.decoded(Self.lines(codes))
            let fileByFile = all.filter { $0.file == 0 } + all.filter { $0.file == 1 }
            for order in [fileByFile, all] {
                let cut = order.isEmpty ? 0 : cutPick % (order.count + 1)
                var numbers = [0, 0]
                var partial = EventFold()
                Self.ingest(order[..<cut], into: &partial, numbers: &numbers)
                let written = try Self.bytes(partial)
                var restored = try Self.read(written)
                #expect(try Self.bytes(restored) == written, "read back, the same bytes are written")
                if Self.comparesEveryPart(seed: seed) {
                    let readBack = StateDescription.difference(StateDescription.of(restored), StateDescription.of(partial))
                    #expect(readBack == nil, "\(readBack ?? "")")
                }

                var whole = EventFold()
                var wholeNumbers = [0, 0]
                Self.ingest(order, into: &whole, numbers: &wholeNumbers)
                var restoredNumbers = numbers
                Self.ingest(order[cut...], into: &restored, numbers: &restoredNumbers)
                #expect(try Self.bytes(restored) == Self.bytes(whole))
                if Self.comparesEveryPart(seed: seed) {
                    let continued = StateDescription.difference(StateDescription.of(restored), StateDescription.of(whole))
                    #expect(continued == nil, "\(continued ?? "")")
                }
                #expect(HeadlessSummary.text(restored) == HeadlessSummary.text(whole))
                #expect(Array(restored.problems.map(\.description)) == Array(whole.problems.map(\.description)))
            }
        }
    }

    @Test func everyTruncationIsRefused() throws {
        let lines = Self.decoded(Self.lines((0..<400).map { $0 * 7_919 % 1_000_000 }))
        var fold = EventFold()
        var numbers = [0, 0]
        Self.ingest(lines, into: &fold, numbers: &numbers)
        let bytes = try Self.bytes(fold)
        #expect(bytes.count > 1000)
        // Cut everywhere in the first part and the last (a byte at a time), about 400 places between.
        let ends = Array(0..<64) + Array(stride(from: 64, to: bytes.count, by: max(1, bytes.count / 400))) + Array((bytes.count - 64)..<bytes.count)
        for end in ends {
            #expect(throws: CheckpointDecodingError.self) { try Self.read(Array(bytes[..<end])) }
        }
        #expect(throws: CheckpointDecodingError.self) { try Self.read(bytes + [0]) }
    }

    /// Written by letting go (as the dashboard's writing thread does): the same bytes, the fold
    /// it was copied from untouched and still folding, and the copy's tables let go of.
    @Test func writingByLettingGoLeavesTheLiveFoldWhole() throws {
        let lines = Self.decoded(Self.lines((0..<300).map { $0 * 7_919 % 1_000_000 }))
        var live = EventFold()
        var numbers = [0, 0]
        Self.ingest(lines.prefix(200), into: &live, numbers: &numbers)
        let expected = try Self.bytes(live)
        var written = live
        var out: [UInt8] = []
        var writer = CheckpointWriter(chunkSize: 64) { out.append(contentsOf: $0) }
        try written.writeCheckpointLettingGo(to: &writer)
        try writer.flush()
        #expect(out == expected)
        #expect(written.seenIDs.count == 0, "the copy let go of its ids' table")
        #expect(try Self.bytes(live) == expected, "the live fold is as it was")
        Self.ingest(lines.dropFirst(200), into: &live, numbers: &numbers)
        var whole = EventFold()
        var wholeNumbers = [0, 0]
        Self.ingest(lines, into: &whole, numbers: &wholeNumbers)
        #expect(try Self.bytes(live) == Self.bytes(whole), "and it goes on folding as a fold that never wrote")
    }

    /// What the reader says it is done with is never read again: the test scribbles over it as
    /// soon as it is said, and the fold read is still the fold written.
    @Test(arguments: [3, 100, 161])
    func bytesSaidDoneWithAreNotReadAgain(seed: Int) throws {
        let (codes, _) = Self.stream(seed: seed)
        var fold = EventFold()
        var numbers = [0, 0]
        Self.ingest(Self.decoded(Self.lines(codes)), into: &fold, numbers: &numbers)
        let expected = try Self.bytes(fold)
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: expected.count, alignment: 8)
        defer { buffer.deallocate() }
        buffer.copyBytes(from: expected)
        var said = 0
        let read = try EventFold(checkpoint: UnsafeRawBufferPointer(buffer), doneWith: { part in
            #expect(part.baseAddress == UnsafeRawPointer(buffer.baseAddress), "a prefix of the bytes")
            #expect(part.count >= said, "never less than before")
            said = part.count
            UnsafeMutableRawBufferPointer(rebasing: buffer[..<part.count]).initializeMemory(as: UInt8.self, repeating: 0xFF)
        })
        #expect(said > expected.count / 2, "most of the bytes are said done with")
        #expect(try Self.bytes(read) == expected)
    }

    @Test func anotherVersionIsRefused() throws {
        var bytes = try Self.bytes(EventFold())
        bytes[0] = UInt8(EventFold.checkpointVersion + 1)
        #expect(throws: CheckpointDecodingError.self) { try Self.read(bytes) }
    }
}
