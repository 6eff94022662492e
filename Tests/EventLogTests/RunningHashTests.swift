import Crypto
@testable import EventLog
import Foundation
import TestSupport
import Testing

@Suite struct RunningHashTests {
    @Test func h0IsTheSHA256OfNothing() {
        #expect(RunningHash.initial.hex == ReferenceChain.h0)
    }

    /// Known answers, computed with coreutils' sha256sum: a byte-order mark and a `\r` are part
    /// of the line, a blank line counts.
    @Test func knownAnswers() {
        let file = Array("\u{FEFF}{\"id\":\"a\"}\r\n\n{\"id\":\"b\"}\n".utf8)
        let expected = [
            "ae59c5049e34a24cfdcd13dc1002cda5f4b148ddfeddc3c12b863e36c8b8bd56",
            "b8a4a70ecc389cdc77616ce8daf4ea75c1af4ff04dfe60991792958dd7b2b572",
            "64c7788e6e4170c02d17b7da8d81c2439db1456882fc9d7d3f2917f9315dae58",
        ]
        #expect(Array(ReferenceChain.hashes(file).dropFirst()) == expected)
        for size in [1, 2, 3, 7, 64, 1 << 20] {
            let c = chain(file, chunk: size, pinning: [0, 1, 2, 3])
            #expect(c.lines == 3 && c.hash.hex == expected[2], "chunks of \(size)")
            #expect(c.pinned[0] == .initial && c.pinned[1]?.hex == expected[0] && c.pinned[2]?.hex == expected[1], "chunks of \(size)")
        }
    }

    @Test func hexIsLowerCaseAndExact() {
        #expect(RunningHash(hex: ReferenceChain.h0) == .initial)
        #expect(RunningHash(hex: ReferenceChain.h0.uppercased()) == nil)
        #expect(RunningHash(hex: String(ReferenceChain.h0.dropLast())) == nil)
        #expect(RunningHash(hex: ReferenceChain.h0 + "0") == nil)
        #expect(RunningHash(hex: "g" + ReferenceChain.h0.dropFirst()) == nil)
    }
}
