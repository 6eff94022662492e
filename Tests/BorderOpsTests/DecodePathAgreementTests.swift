import BorderOps
import Generation
import PropertyBased
import Testing

/// The fast scanner must agree with the strict full-JSON path on every line it accepts.
@Suite struct DecodePathAgreementTests {
    @Test(arguments: Fixtures.caseNames)
    func agreeOnConformanceLines(_ name: String) {
        let path = Fixtures.sourcePath(name)
        let files = path.hasSuffix(".jsonl") ? [path] : ["a.jsonl", "b.jsonl"].map { path + "/" + $0 }
        var fastLines = 0
        for file in files {
            for line in lines(ofFile: file) {
                // Same outcome, reasons included: one decoder serves both paths.
                #expect(decode(line, path: .automatic) == decode(line, path: .strictOnly),
                        "\(name): \(String(decoding: line, as: UTF8.self).prefix(120))")
                if line.withUnsafeBytes(LineDecoder.takesFastPath) { fastLines += 1 }
            }
        }
        if name.hasPrefix("11-random") { #expect(fastLines > 1000, "the fast path should carry most lines") }
    }

    @Test func agreeOnGeneratedStream() {
        var stream = RandomStream(seed: 42, postCount: 3)
        var fast = 0, total = 0
        stream.generate(count: 5_000) { line in
            let bytes = Array(line.utf8)
            total += 1
            let a = decode(bytes, path: .automatic)
            #expect(a == decode(bytes, path: .strictOnly))
            guard case .event = a else { Issue.record("generated line is not a valid event: \(line)"); return }
            if bytes.withUnsafeBytes(LineDecoder.takesFastPath) { fast += 1 }
        }
        #expect(fast * 10 > total * 9, "passenger checks and most events are flat: \(fast)/\(total)")
    }

    /// A key 65,538 bytes long that starts with `id` and ends with `d` has the same 16-bit
    /// length, first and last byte as `"id"`: the fast path must still see no `id`.
    @Test func longKeyIsNotMistakenForAShortOne() {
        let longKey = "id" + String(repeating: "x", count: 65_535) + "d"
        let line = #"{"\#(longKey)":"p-1","ts":"2024-11-20T13:00:00+08:00","type":"voyage.closed","post":"nunukan","voyage":"v1"}"#
        let bytes = Array(line.utf8)
        let fast = decode(bytes, path: .automatic)
        #expect(fast == decode(bytes, path: .strictOnly))
        guard case .malformed(let reason) = fast else { Issue.record("expected malformed, got \(fast)"); return }
        #expect(reason == #"missing field "id""#)
    }

    /// Random corruptions of valid lines: whatever each path says, they say the same thing.
    @Test func agreeOnMutatedLines() async {
        let seeds = [
            #"{"id":"m-1","ts":"2024-11-20T13:21:07+08:00","type":"passenger.checked","post":"nunukan","by":"imigrasi-07","voyage":"thalia-20241120","passenger":"p-0001","doc":"ktp","result":"cleared"}"#,
            #"{"id":"m-2","ts":"2024-11-20T13:00:00+08:00","type":"kpi.reported","post":"tarakan","date":"2025-07-28","agency":"bea-cukai","metric":"patrol","count":12}"#,
            #"{"id":"m-3","ts":"2024-11-20T13:00:00Z","type":"voyage.opened","post":"nunukan","voyage":"v1","vessel":"KM. Thalia","from":"Nunukan","to":"Pare-Pare","departs":"2024-11-20T15:00:00+08:00","manifest":326,"exercise":true}"#,
        ]
        let alphabet: [UInt8] = Array(#"{}[]":,\ -.0123456789eEtrufalsn"#.utf8) + [0x00, 0x09, 0x1F, 0x7F, 0xC3, 0xA9, 0xFF]
        await propertyCheck(count: 2_000, input: Gen.int(in: 0..<seeds.count), Gen.int(in: 0..<400), Gen.int(in: 0..<alphabet.count), Gen.int(in: 0...2)) { which, position, symbol, operation in
            var bytes = Array(seeds[which].utf8)
            let at = position % bytes.count
            switch operation {
            case 0: bytes[at] = alphabet[symbol]
            case 1: bytes.insert(alphabet[symbol], at: at)
            default: bytes.remove(at: at)
            }
            #expect(decode(bytes, path: .automatic) == decode(bytes, path: .strictOnly),
                    "\(String(decoding: bytes, as: UTF8.self))")
        }
    }
}

/// A decoding thread's memo of the previous line's post and voyage never changes an outcome.
@Suite struct DecodingMemoTests {
    @Test func memoAgreesWithFreshDecoding() async {
        let memo = DecodingMemo()
        await propertyCheck(count: 300, input: Gen.int(in: 0..<21), Gen.int(in: 0..<21), Gen.int(in: 0..<3), Gen.bool) { postLength, voyageLength, variant, postLast in
            // Values of every length around the 16 bytes the memo compares as two words, some
            // differing only in their last byte, and the post as the line's last field (where
            // 16 bytes from its start run past the line).
            let post = String(repeating: "p", count: postLength) + (variant == 1 ? "é" : "")
            let voyage = String(repeating: "v", count: max(voyageLength - 1, 0)) + (variant == 2 ? "w" : (voyageLength > 0 ? "v" : ""))
            let head = #"{"id":"m","ts":"2024-11-20T13:00:00+08:00","type":"voyage.closed""#
            let line = postLast
                ? head + #","voyage":"\#(voyage)","post":"\#(post)"}"#
                : head + #","post":"\#(post)","voyage":"\#(voyage)"}"#
            let bytes = Array(line.utf8)
            let remembered = bytes.withUnsafeBytes { LineDecoder.decode($0, memo: memo) }
            let fresh = bytes.withUnsafeBytes { LineDecoder.decode($0) }
            #expect(remembered == fresh, "\(line)")
            // String == ignores Unicode form: the bytes themselves must be the line's.
            guard case .event(let event) = remembered, case .voyageClosed(let decodedVoyage, _) = event.body else {
                Issue.record("expected a voyage.closed event: \(line)")
                return
            }
            #expect(event.envelope.post.utf8.elementsEqual(post.utf8))
            #expect(decodedVoyage.utf8.elementsEqual(voyage.utf8))
        }
    }
}
