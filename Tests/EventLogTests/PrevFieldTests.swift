import Crypto
@testable import EventLog
import Foundation
import TestSupport
import Testing

@Suite struct PrevFieldTests {
    let h = ReferenceChain.h0

    func find(_ line: String, firstLine: Bool = false) -> String {
        let bytes = Array(line.utf8)
        return bytes.withUnsafeBytes { raw in
            switch PrevField.find(in: raw, firstLine: firstLine) {
            case .absent: return "absent"
            case .text(let range): return "text " + String(decoding: raw[range], as: UTF8.self)
            case .unescaped(let value): return "unescaped " + String(decoding: value, as: UTF8.self)
            case .invalid(let reason): return "invalid \(reason)"
            }
        }
    }

    @Test func onlyAMemberOfTheOutermostObjectCounts() {
        #expect(find(#"{"id":"a","prev":"\#(h)"}"#) == "text \(h)")
        #expect(find(#" { "prev" : "\#(h)" , "id":"a"}"#) == "text \(h)")
        #expect(find(#"{"id":"a","note":{"prev":"\#(h)"}}"#) == "absent")
        #expect(find(#"{"id":"a","list":[{"prev":"\#(h)"}]}"#) == "absent")
        #expect(find(#"{"note":"\"prev\":\"\#(h)\"","id":"a"}"#) == "absent", "text inside a string value")
        #expect(find(#"{"prev2":"\#(h)","xprev":"\#(h)"}"#) == "absent")
        #expect(find(#"{"id":"prev","a":"prev"}"#) == "absent", "prev as a value is not a key")
        #expect(find(#"["prev","\#(h)"]"#) == "absent")
        #expect(find("") == "absent")
        #expect(find("not json prev") == "absent")
    }

    @Test func escapesAreReadAsJSONReadsThem() {
        #expect(find(#"{"pr\u0065v":"\#(h)"}"#) == "text \(h)", "the key's escapes undone; the value has none")
        #expect(find(#"{"note":"a\\","prev":"\#(h)"}"#) == "text \(h)", "an escaped backslash ends the string")
        #expect(find(#"{"prev":"\u0065\#(h.dropFirst())"}"#) == "unescaped e\(h.dropFirst())")
    }

    @Test func whatIsNotAHashIsABrokenLink() {
        #expect(find(#"{"prev":null}"#) == "absent", "an optional field may be null")
        #expect(find(#"{"prev":12}"#) == "invalid notHex")
        #expect(find(#"{"prev":{"a":1}}"#) == "invalid notHex")
        #expect(find(#"{"prev":"\#(h)","prev":"\#(h)"}"#) == "invalid twice")
        #expect(find(#"{"prev":"\#(h)""#) == "text \(h)", "a line cut short still shows its prev")
    }

    @Test func aByteOrderMarkOnlyOnTheFirstLine() {
        let line = "\u{FEFF}{\"prev\":\"\(h)\"}\r"
        #expect(find(line, firstLine: true) == "text \(h)")
        #expect(find(line, firstLine: false) == "absent")
    }

    @Test func aLineOverTheLimitCarriesNoLink() {
        let padding = String(repeating: "a", count: LineSplitter.maximumLineBytes)
        #expect(find(#"{"prev":"\#(h)","pad":"\#(padding)"}"#) == "absent")
        let fits = String(repeating: "a", count: LineSplitter.maximumLineBytes - 90)
        #expect(find(#"{"prev":"\#(h)","pad":"\#(fits)"}"#) == "text \(h)")
    }
}
