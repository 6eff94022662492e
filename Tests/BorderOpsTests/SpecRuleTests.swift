import BorderOps
import ExactKeys
import Words
import Foundation
import JSON
import SafeText
import Testing

/// One rule of `docs/event-format.md` per test, on hand-written lines.
@Suite struct SpecRuleTests {
    static let checked = #"{"id":"x","ts":"2024-11-20T13:21:07+08:00","type":"passenger.checked","post":"nunukan","voyage":"v1","passenger":"p1","doc":"ktp","result":"cleared"}"#

    func outcome(_ line: String) -> LineOutcome { LineDecoder.decode(line) }

    func isMalformed(_ line: String) -> Bool {
        if case .malformed = outcome(line) { return true }
        return false
    }

    func replacing(_ old: String, _ new: String) -> String { Self.checked.replacingOccurrences(of: old, with: new) }

    @Test func validLineDecodes() throws {
        guard case .event(let e) = outcome(Self.checked) else { Issue.record("not an event"); return }
        #expect(e.envelope.id == "x")
        #expect(e.envelope.ts == Timestamp(epochSeconds: 1_732_080_067, offsetSeconds: 8 * 3600))
        #expect(e.body == .passengerChecked(voyage: "v1", passenger: "p1", doc: .ktp, nationality: nil, result: .cleared, note: nil))
    }

    @Test func blankLines() {
        #expect(outcome("") == .blank)
        #expect(outcome(" \t  ") == .blank)
        #expect(isMalformed("\u{0B}"))  // vertical tab is not blank
    }

    @Test(arguments: [
        ("2024-11-20T13:21:07+08:00", true), ("2024-11-20t05:21:07z", true), ("2024-11-20T13:21:07.5+08:00", true),
        ("2024-02-29T23:59:60+08:00", true), ("2023-02-29T13:00:00+08:00", false), ("2024-04-31T13:00:00+08:00", false),
        ("2024-11-20T24:00:00+08:00", false), ("2024-11-20T13:60:00+08:00", false), ("2024-11-20T13:00:61+08:00", false),
        ("2024-11-20T13:00:00+24:00", false), ("2024-11-20T13:00:00+23:59", true), ("2024-11-20T13:00:00", false),
        ("2024-11-20 13:00:00+08:00", false), ("2024-11-20T13:00:00.+08:00", false), ("2024-13-01T13:00:00+08:00", false),
    ])
    func timestamps(_ ts: String, _ valid: Bool) {
        #expect((Timestamp.parse(ts) != nil) == valid, "\(ts)")
        #expect(isMalformed(replacing("2024-11-20T13:21:07+08:00", ts)) == !valid, "\(ts)")
    }

    @Test func timestampKeepsInstantAndOffset() throws {
        let t = try #require(Timestamp.parse("2024-11-20T13:00:00+08:00"))
        let z = try #require(Timestamp.parse("2024-11-20T05:00:00Z"))
        #expect(t.epochSeconds == z.epochSeconds)
        #expect(t.rfc3339() == "2024-11-20T13:00:00+08:00")
        #expect(t.rfc3339(offsetSeconds: 7 * 3600) == "2024-11-20T12:00:00+07:00")
        #expect(PostTime.dateTime(z) == "Rab 20/11/2024 13.00 WITA")
        #expect(PostTime.dateTime(z, in: .wib, language: .en) == "Wed 20/11/2024 12.00 WIB")
    }

    @Test func idLengthCountsCodePoints() {
        let ok = String(repeating: "é", count: 128)  // 256 bytes, 128 code points
        #expect(!isMalformed(replacing(#""id":"x""#, "\"id\":\"\(ok)\"")))
        #expect(isMalformed(replacing(#""id":"x""#, "\"id\":\"\(ok)e\"")))
        #expect(isMalformed(replacing(#""id":"x""#, #""id":"""#)))
    }

    @Test(arguments: ["12.0", "1e2", "-1", "9223372036854775808", "true", "\"12\"", "null", "012"])
    func intsAreStrict(_ value: String) {
        let line = #"{"id":"k","ts":"2024-11-20T13:00:00+08:00","type":"kpi.reported","post":"p","date":"2025-07-28","agency":"a","metric":"patrol","count":VALUE}"#
        #expect(isMalformed(line.replacingOccurrences(of: "VALUE", with: value)), "\(value)")
        #expect(!isMalformed(line.replacingOccurrences(of: "VALUE", with: "9223372036854775807")))
        #expect(!isMalformed(line.replacingOccurrences(of: "VALUE", with: "0")))
    }

    @Test func enumerationsAreExactAndPerType() {
        #expect(isMalformed(replacing(#""result":"cleared""#, #""result":"CLEARED""#)))
        #expect(isMalformed(replacing(#""result":"cleared""#, #""result":"cleared ""#)))
        #expect(isMalformed(replacing(#""doc":"ktp""#, #""doc":"sim""#)))
        let stepDone = #"{"id":"s","ts":"2024-11-20T13:00:00+08:00","type":"checklist.step","post":"p","checklist":"c","step":"s1","state":"done"}"#
        #expect(!isMalformed(stepDone))
        // "pending" is an agenda state, not a step state.
        #expect(isMalformed(stepDone.replacingOccurrences(of: "\"done\"", with: "\"pending\"")))
    }

    @Test func jsonStrictness() {
        #expect(isMalformed(replacing(#""id":"x""#, #""id":"x","id":"y""#)))  // duplicate key
        #expect(isMalformed(replacing("p1", "p\u{09}1")))  // raw tab
        #expect(isMalformed(replacing("p1", #"p\ud800"#)))  // lone surrogate
        #expect(!isMalformed(replacing("p1", #"p\ud83d\ude00"#)))
        #expect(!isMalformed(replacing("p1", #"p\u0000"#)))  // escaped NUL is data
        #expect(isMalformed("[1,2]"))
        #expect(isMalformed("{}"))
        #expect(isMalformed(Self.checked + ","))
        #expect(!isMalformed("  " + Self.checked + " \t"))
        #expect(isMalformed(String(repeating: "[", count: 100_000)))  // deep nesting: no crash
    }

    @Test func optionalFieldsMayBeNullButNotWrongType() {
        #expect(!isMalformed(replacing(#""post":"nunukan""#, #""post":"nunukan","by":null,"note":null"#)))
        #expect(isMalformed(replacing(#""post":"nunukan""#, #""post":"nunukan","by":5"#)))
        #expect(isMalformed(replacing(#""post":"nunukan""#, #""post":"nunukan","exercise":"yes""#)))
        #expect(isMalformed(replacing(#""post":"nunukan""#, #""post":"nunukan","note":3"#)))
    }

    @Test func unknownTypeNeedsAValidEnvelope() {
        guard case .unknown(let env) = outcome(replacing("passenger.checked", "radar.contact")) else {
            Issue.record("expected unknown"); return
        }
        #expect(env.type == "radar.contact")
        #expect(isMalformed(#"{"id":"r","ts":"later","type":"radar.contact","post":"p"}"#))
    }

    /// Vocabularies and types match exact bytes only: no case folding, no Unicode equivalence.
    @Test func vocabulariesMatchExactBytes() {
        #expect(!isMalformed(replacing(#""result":"cleared""#, #""result":"denied""#)))
        #expect(isMalformed(replacing(#""result":"cleared""#, #""result":"Cleared""#)))
        #expect(isMalformed(replacing(#""result":"cleared""#, #""result":"cleared ""#)))
        // "ktp" spelled with a look-alike first letter (KELVIN SIGN) is not "ktp".
        #expect(isMalformed(replacing(#""doc":"ktp""#, "\"doc\":\"\u{212A}tp\"")))
        guard case .event(let event) = outcome(Self.checked) else { Issue.record("expected an event"); return }
        #expect(event.envelope.knownType == .passengerChecked)
        #expect(event.envelope.type == "passenger.checked")
        var renamed = event.envelope
        renamed.type = "radar.contact"
        #expect(renamed.knownType == nil && renamed.type == "radar.contact")
        #expect(EventEnvelope(id: "a", ts: event.envelope.ts, type: "op.phase", post: "p").knownType == .opPhase)
    }

    @Test func lineLimitUsesTheFullLength() {
        let ok = [UInt8](repeating: 0x20, count: 10)
        let outcome = ok.withUnsafeBytes { LineDecoder.decode($0, length: 1_048_577) }
        guard case .malformed(let reason) = outcome else { Issue.record("expected malformed"); return }
        #expect(reason.contains("1 MiB"))
    }

    @Test func duplicatesAndMalformedIDs() {
        var fold = EventFold()
        let origin = LineOrigin(source: "t", line: 1)
        fold.ingest(LineDecoder.decode(#"{"id":"a","ts":"bad","type":"meeting.closed","post":"p","meeting":"m"}"#), origin: origin)
        fold.ingest(LineDecoder.decode(#"{"id":"a","ts":"2024-11-20T13:00:00Z","type":"meeting.closed","post":"p","meeting":"m"}"#), origin: origin)
        fold.ingest(LineDecoder.decode(#"{"id":"b","ts":"2024-11-20T13:00:00Z","type":"radar.contact","post":"p"}"#), origin: origin)
        fold.ingest(LineDecoder.decode(#"{"id":"b","ts":"2024-11-20T13:00:00Z","type":"meeting.closed","post":"p","meeting":"m2"}"#), origin: origin)
        // é precomposed and e + combining acute are different ids.
        fold.ingest(LineDecoder.decode("{\"id\":\"\u{E9}\",\"ts\":\"2024-11-20T13:00:00Z\",\"type\":\"meeting.closed\",\"post\":\"p\",\"meeting\":\"m3\"}"), origin: origin)
        fold.ingest(LineDecoder.decode("{\"id\":\"e\u{301}\",\"ts\":\"2024-11-20T13:00:00Z\",\"type\":\"meeting.closed\",\"post\":\"p\",\"meeting\":\"m4\"}"), origin: origin)
        #expect(fold.counts.malformed == 1)
        #expect(fold.counts.folded == 3)
        #expect(fold.counts.unknown == 1)
        #expect(fold.counts.duplicates == 1)
        #expect(fold.state.meetings.count == 3)
    }

    @Test func rupiahIndonesianStyle() {
        #expect(Rupiah.short(7_900_000_000_000) == "Rp7,9 T")
        #expect(Rupiah.short(125_900_000_000) == "Rp125,9 M")
        #expect(Rupiah.short(49_000_000_000) == "Rp49 M")
        #expect(Rupiah.short(10_300_000) == "Rp10,3 jt")
        #expect(Rupiah.short(850_000) == "Rp850.000")
        #expect(Rupiah.grouped(1152) == "1.152")
        #expect(Rupiah.grouped(0) == "0")
        #expect(Rupiah.grouped(-1_234_567) == "-1.234.567")
        #expect(Rupiah.grouped(.min) == "-9.223.372.036.854.775.808")
    }

    /// The width a pane reserves for a count is the width of the count as shown.
    @Test func groupedWidthIsTheShownWidth() {
        var values: [Int64] = [0, .max, .min, -1]
        for power in 0..<19 {
            let ten = (0..<power).reduce(Int64(1)) { product, _ in product * 10 }
            values += [ten - 1, ten, ten + 1, -ten, -(ten - 1)]
        }
        for value in values {
            #expect(Rupiah.groupedWidth(value) == Rupiah.grouped(value).count, "\(value)")
        }
    }

    @Test func displayTextEscapesControls() {
        #expect(DisplayText.escaped("KM. \u{1B}]0;PWNED\u{07}Thalia") == "KM. \\x1B]0;PWNED\\x07Thalia")
        #expect(DisplayText.escaped("\u{202E}evil\u{9B}31m") == "\\u{202E}evil\\x9B31m")
        #expect(DisplayText.escaped("Rapat Timpora 中文 👮") == "Rapat Timpora 中文 👮")
        #expect(DisplayText.escaped("abcdef", limit: 3) == "abc…")
        #expect(JSONWriter.compact(.string("a\u{1B}b\u{202E}")) == #""a\u001bb\u202e""#)
    }
}
