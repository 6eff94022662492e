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

    /// The quick answer (a line without the bytes `prev` and without a backslash has no
    /// `prev`) is the structural scan's, for every line of three members or fewer drawn from
    /// members that hold `prev` as a key, escaped, nested, in a value, in a string's escapes,
    /// nearly (`pre`, a last `p`) or not at all; whole, cut short, in an array, and after a
    /// byte-order mark.
    @Test func theQuickAnswerIsTheScansForEveryLineOfUpToThreeMembers() {
        let members = [#""id":"a""#, #""prev":"\#(h)""#, #""pr\u0065v":"\#(h)""#, #""note":"\"prev\":\"x\"""#, #""note":"prev""#,
                       #""n":{"prev":"\#(h)"}"#, #""l":["prev",1]"#, #""prev":null"#, #""prev":12"#, #""a\\b":1"#, #""xprevx":"y""#,
                       #""pre":"v""#, #""post":"p""#, #""n":{"a":[1,2]}"#]
        var lines: [String] = []
        func add(_ chosen: [String]) {
            let object = "{" + chosen.joined(separator: ",") + "}"
            lines += [object, String(object.dropLast()), "\u{FEFF}" + object + "\r", "[" + object + "]"]
        }
        add([])
        for a in members {
            add([a])
            for b in members {
                add([a, b])
                for c in members { add([a, b, c]) }
            }
        }
        var quick = 0, found = 0
        for line in lines {
            for firstLine in [false, true] {
                let bytes = Array(line.utf8)
                bytes.withUnsafeBytes { raw in
                    let answer = PrevField.find(in: raw, firstLine: firstLine)
                    #expect(answer == PrevField.scan(raw, firstLine: firstLine), "\(line)")
                    if !PrevField.mayHoldPrev(raw) { quick += 1 }
                    if answer != .absent { found += 1 }
                }
            }
        }
        #expect(quick >= 100 && found >= 1000, "both answers are asked for: \(quick) quick, \(found) with a link")
    }

    @Test func aLineOverTheLimitCarriesNoLink() {
        let padding = String(repeating: "a", count: LineSplitter.maximumLineBytes)
        #expect(find(#"{"prev":"\#(h)","pad":"\#(padding)"}"#) == "absent")
        let fits = String(repeating: "a", count: LineSplitter.maximumLineBytes - 90)
        #expect(find(#"{"prev":"\#(h)","pad":"\#(fits)"}"#) == "text \(h)")
    }
}
