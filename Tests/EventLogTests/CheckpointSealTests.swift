import EventLog
import Foundation
import Testing
import TestSupport

/// The seal of a checkpoint larger than the parts it is hashed in (8 MB, each part's pages given
/// back once hashed): it holds over every part, a byte changed in any part breaks it, and the
/// payload read after the pages were given back is the payload written.
@Suite struct CheckpointSealTests {
    static let payload: [UInt8] = {
        // Filled by hand, not by `map`: twenty million closure calls take seconds in a debug build.
        var bytes = [UInt8](repeating: 0, count: (20 << 20) + 12_345)
        bytes.withUnsafeMutableBufferPointer { buffer in
            var state: UInt32 = 0x5EED
            for i in buffer.indices {
                state = state &* 1_664_525 &+ 1_013_904_223
                buffer[i] = UInt8(truncatingIfNeeded: state >> 24)
            }
        }
        return bytes
    }()

    @Test func aSealOverSeveralPartsHoldsAndABytesChangeInAnyPartBreaksIt() throws {
        let dir = TempDirectory()
        let path = dir.file("x.checkpoint")
        let position = FilePosition(path: "a.jsonl", device: 1, inode: 2, offset: 3, lines: 4, head: [5], tail: [6])
        try CheckpointFile.write(to: path, positions: [position]) { sink in try Self.payload.withUnsafeBytes { try sink($0) } }
        let checked = try LoadedCheckpoint(path: path)
        #expect(checked.payload.elementsEqual(Self.payload), "read again after the seal gave its pages back")
        #expect(checked.positions == [position])
        let unchecked = try LoadedCheckpoint(path: path, sealChecked: false)
        #expect(unchecked.sealHolds())
        #expect(unchecked.payload.elementsEqual(Self.payload))

        let good = try Data(contentsOf: URL(fileURLWithPath: path))
        // The header, each part of 8 MB, the payload's last byte, the seal's last.
        for offset in [40, 8 << 20, (8 << 20) + 4_097, 17 << 20, good.count - 41, good.count - 1] {
            var bad = good
            bad[offset] ^= 0x01
            try bad.write(to: URL(fileURLWithPath: path))
            #expect(throws: LoadedCheckpoint.Refusal.damaged(LoadedCheckpoint.sealMismatch), "byte \(offset)") { try LoadedCheckpoint(path: path) }
            #expect(try !LoadedCheckpoint(path: path, sealChecked: false).sealHolds(), "byte \(offset)")
        }
    }
}
