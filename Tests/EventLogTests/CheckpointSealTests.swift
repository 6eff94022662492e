@testable import EventLog
import Foundation
import Testing
import TestSupport

/// The seal is XXH3-128 in xxHash's canonical form (the values `xxhsum -H2` prints), the same
/// taken in parts as whole. The seal of a checkpoint larger than the parts it is hashed in (8 MB, each part's pages given
/// back once hashed): it holds over every part, a byte changed in any part breaks it, and the
/// payload read after the pages were given back is the payload written.
@Suite struct CheckpointSealTests {
    /// Bytes that differ from part to part (a part's content moved or repeated would show);
    /// made in bulk, not byte by byte: twenty million steps take seconds in a debug build.
    static let payload: [UInt8] = {
        var bytes = [UInt8](repeating: 0, count: (20 << 20) + 12_345)
        bytes.withUnsafeMutableBytes { buffer in
            for (i, start) in stride(from: 0, to: buffer.count, by: 4_096).enumerated() {
                let end = min(buffer.count, start + 4_096)
                memset(buffer.baseAddress! + start, Int32(truncatingIfNeeded: i &* 37 &+ 11), end - start)
            }
        }
        return bytes
    }()

    /// Compared by `memcmp`: element by element, twenty million take seconds in a debug build.
    static func isPayload(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.count == payload.count && payload.withUnsafeBytes { memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }
    }

    @Test func theSealIsXXH3With128BitsInCanonicalForm() {
        func seal(_ parts: [String]) -> String {
            let seal = CheckpointSeal()
            for part in parts { Array(part.utf8).withUnsafeBytes { seal.update($0) } }
            return seal.finalize().map { String(format: "%02x", $0) }.joined()
        }
        #expect(seal([]) == "99aa06d3014798d86001c324468d497f")
        #expect(seal(["Borderdesk"]) == "b91bef5ae21f7eab31c91d18e73069e6")
        #expect(seal(["Border", "", "desk"]) == "b91bef5ae21f7eab31c91d18e73069e6")
        #expect(CheckpointSeal().finalize().count == CheckpointSeal.length)
    }

    @Test func aSealOverSeveralPartsHoldsAndABytesChangeInAnyPartBreaksIt() throws {
        let dir = TempDirectory()
        let path = dir.file("x.checkpoint")
        let position = FilePosition(path: "a.jsonl", device: 1, inode: 2, offset: 3, lines: 4, head: [5], tail: [6])
        try CheckpointFile.write(to: path, positions: [position]) { sink in try Self.payload.withUnsafeBytes { try sink($0) } }
        let checked = try LoadedCheckpoint(path: path)
        #expect(Self.isPayload(checked.payload), "read again after the seal gave its pages back")
        #expect(checked.positions == [position])
        let unchecked = try LoadedCheckpoint(path: path, sealChecked: false)
        #expect(unchecked.sealHolds())
        #expect(Self.isPayload(unchecked.payload))

        let good = try Data(contentsOf: URL(fileURLWithPath: path))
        // The header, each part of 8 MB, the payload's last byte, the seal's last.
        for offset in [40, 8 << 20, (8 << 20) + 4_097, 17 << 20, good.count - 25, good.count - 1] {
            var bad = good
            bad[offset] ^= 0x01
            try bad.write(to: URL(fileURLWithPath: path))
            #expect(throws: LoadedCheckpoint.Refusal.damaged(LoadedCheckpoint.sealMismatch), "byte \(offset)") { try LoadedCheckpoint(path: path) }
            #expect(try !LoadedCheckpoint(path: path, sealChecked: false).sealHolds(), "byte \(offset)")
        }
    }
}
