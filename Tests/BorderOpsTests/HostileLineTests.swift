import BorderOps
import Testing

/// Lines an attacker who can write one line into an event file might choose: what they decode
/// to. That they decode without freezing the reader is checked on the real binary
/// (`CheckAndSummaryTests.aLineOfManyKeysDoesNotFreezeTheReader`, a process time-out); the speed
/// goal is `Benchmarks/hostile-lines.sh`.
@Suite struct HostileLineTests {
    static let head = #"{"id":"x","ts":"2024-11-20T13:00:00+08:00","type":"kpi.reported","post":"p","date":"2024-11-20","agency":"a","metric":"patrol","count":1,"#

    /// A valid event followed by `count` extra keys `k0`, `k1`, …, filling up to about 1 MiB.
    static func manyKeys(_ count: Int, then tail: String = "") -> String {
        var line = head
        line.reserveCapacity(count * 10)
        for i in 0..<count {
            if i > 0 { line += "," }
            line += "\"k\(i)\":0"
        }
        return line + tail + "}"
    }

    @Test(arguments: [DecodePath.automatic, .strictOnly])
    func aMebibyteOfKeysDecodesAndStillFindsTheRepeat(_ path: DecodePath) {
        let count = 94_000  // just under the 1 MiB line limit
        let line = Self.manyKeys(count)
        #expect(line.utf8.count < LineDecoder.maximumLineBytes)
        guard case .event(let e) = LineDecoder.decode(line, path: path) else {
            Issue.record("a line of many distinct keys is a valid event"); return
        }
        #expect(e.envelope.id == "x")

        let repeated = Self.manyKeys(count - 2, then: #","k5":1"#)
        let offset = repeated.utf8.count - #""k5":1}"#.utf8.count + 1
        #expect(LineDecoder.decode(repeated, path: path)
            == .malformed(reason: "invalid JSON at byte \(offset): key \"k5\" appears twice"))
    }

    @Test func keysAreComparedByExactBytesPastTheFirstFew() {
        // Canonically equivalent keys (é precomposed and decomposed) are different keys.
        let line = Self.manyKeys(40, then: ",\"\u{E9}\":0,\"e\u{301}\":0")
        #expect(LineDecoder.decode(line, path: .strictOnly) != .blank)
        if case .malformed(let reason) = LineDecoder.decode(line, path: .strictOnly) { Issue.record("\(reason)") }
        let repeated = Self.manyKeys(40, then: ",\"\u{E9}\":0,\"\\u00e9\":0")
        guard case .malformed(let reason) = LineDecoder.decode(repeated, path: .strictOnly) else {
            Issue.record("an escaped key equal to an earlier one is a repeat"); return
        }
        #expect(reason.hasSuffix("appears twice"))
    }
}
