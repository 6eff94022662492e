@testable import BorderOps
import ExactKeys
import Testing

/// The ids' part is handed back stretch by stretch as it is copied (a mapped file's pages go
/// then), every byte of it once, in order, and the set read is the set written.
@Suite struct CheckpointIDsTests {
    @Test func everyStretchIsGivenBackOnceCopiedAndTheSetIsTheSame() throws {
        var fold = EventFold()
        var numbers = [0, 0]
        CheckpointRoundTripTests.ingest(CheckpointRoundTripTests.decoded(CheckpointRoundTripTests.lines(Array(0..<2_000))), into: &fold,
                                        numbers: &numbers)
        let written = try CheckpointRoundTripTests.bytes(fold)
        var part: UnsafeRawBufferPointer?
        var given: [Range<Int>] = []
        let read = try written.withUnsafeBytes { bytes in
            try EventFold(checkpoint: bytes, readingIDs: { ids in
                part = ids.bytes
                return .done(Result {
                    try ids.read(givingBack: { stretch in
                        given.append((stretch.baseAddress! - ids.bytes.baseAddress!)..<(stretch.baseAddress! - ids.bytes.baseAddress! + stretch.count))
                    })
                })
            })
        }
        let whole = try #require(part).count
        #expect(read.seenIDs.table.keys == fold.seenIDs.table.keys)
        #expect(zip(given, given.dropFirst()).allSatisfy { $0.upperBound <= $1.lowerBound }, "in order, none twice: \(given)")
        #expect(given.last?.upperBound == whole, "the last stretch ends the part")
        // All but the seed and the lengths between the parts.
        #expect(given.reduce(0) { $0 + $1.count } >= whole - 64, "\(given) of \(whole)")
        #expect(given.count >= 4, "slots, positions, ends and the ids: \(given)")
    }
}
