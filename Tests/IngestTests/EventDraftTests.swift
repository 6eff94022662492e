import BorderOps
import Ingest
import JSON
import Testing

/// How `append` builds an event from the command line and standard input, in process: the
/// envelope order, what is filled in, and every refusal's words.
@Suite struct EventDraftTests {
    static let at = Timestamp.parse("2024-11-20T13:05:00+08:00")!

    func draft(type: String? = "meeting.closed", post: String? = "nunukan", by: String? = nil,
               exercise: Bool = false, fields: [String] = ["meeting=m1"]) -> EventDraft {
        EventDraft(type: type, post: post, by: by, exercise: exercise, fields: fields,
                   now: { Self.at }, newID: { "\($0)-new" })
    }

    func refusal(_ body: () throws -> Any) -> AppendRefusal? {
        do {
            _ = try body()
            return nil
        } catch let refusal as AppendRefusal {
            return refusal
        } catch {
            Issue.record("not a refusal: \(error)")
            return nil
        }
    }

    @Test func envelopeComesFirstAndIdAndTimeAreFilledIn() throws {
        let event = try draft(by: "op1", exercise: true, fields: ["meeting=m1", "note=hi"]).event()
        #expect(event.line == #"{"id":"nunukan-new","ts":"2024-11-20T13:05:00+08:00","type":"meeting.closed","post":"nunukan","by":"op1","exercise":true,"meeting":"m1","note":"hi"}"#)
        #expect(event.givenID == nil)
        #expect(event.origin == nil)
    }

    @Test func givenIdIsKeptAndACopiedPrevDropped() throws {
        let given: [JSONMember] = [JSONMember("prev", .string(String(repeating: "0", count: 64))), JSONMember("id", .string("given"))]
        let event = try draft().event(from: given)
        #expect(event.givenID == "given")
        #expect(!event.line.contains("prev"))
        #expect(event.line.hasPrefix(#"{"id":"given","#))
    }

    @Test func fieldsAreTypedByName() throws {
        #expect(try FieldArgument.parse("count=3").value == .number(JSONNumber(3)))
        #expect(try FieldArgument.parse("attendees=a,,b").value == .array([.string("a"), .string("b")]))
        #expect(try FieldArgument.parse("steps:=[1]").value == .array([.number(JSONNumber(1))]))
        #expect(try FieldArgument.parse("note=\u{301}x").key == "note")
    }

    @Test func refusalsSayWhatIsWrong() {
        #expect(refusal { try draft(type: nil).event() }?.message == "not appended: no event type (use --type, e.g. --type passenger.checked)")
        #expect(refusal { try draft(post: nil).event() }?.message == "not appended: no border post (use --post, e.g. --post nunukan)")
        #expect(refusal { try FieldArgument.parse("novalue") }?.message == "not appended: --field novalue: expected key=value or key:=JSON")
        #expect(refusal { try FieldArgument.parse("=x") }?.message == "not appended: --field =x: empty key")
        #expect(refusal { try FieldArgument.parse("count=-1") }?.message == "not appended: field \"count\": expected an integer ≥ 0, got \"-1\"")
        #expect(refusal { try FieldArgument.parse("x:={") }?.message.hasPrefix("not appended: --field x:= is not JSON: ") == true)
        // An invalid event from a line names the line; from the command line it does not.
        #expect(refusal { try draft(type: "no.such").event() }?.message.hasPrefix("not appended: ") == true)
        #expect(refusal { try draft(type: "no.such").event(origin: "standard input line 2") }?.message.hasPrefix("standard input line 2: not appended: ") == true)
        #expect(refusal { try draft(type: "no.such").event() }?.exitCode == 2)
    }

    /// Standard input in the chunks it arrives in.
    func chunks(_ parts: [[UInt8]]) -> EventDraft.ChunkReader {
        { body in for part in parts { try body(part) } }
    }

    @Test func jsonLinesAreReadAcrossChunksAndBlankLinesPassedOver() throws {
        let text = Array(#"{"type":"meeting.closed","post":"nunukan","meeting":"m1"}"#.utf8)
        let events = try draft(type: nil, post: nil, fields: []).events(fromLines: chunks([Array(text[..<10]), Array(text[10...]) + [0x0A, 0x20, 0x0A], text]))
        #expect(events.map(\.origin) == ["standard input line 1", "standard input line 3"])
    }

    @Test func inputThatIsNotUTF8OrNotAnObjectIsRefused() {
        let reader = draft(type: nil, post: nil, fields: [])
        #expect(refusal { try reader.events(fromLines: chunks([[0x7B, 0xFF, 0x7D, 0x0A]])) }?.message
                == "not appended: standard input line 1 is not UTF-8: invalid byte 0xFF at byte 2")
        #expect(refusal { try reader.object(from: chunks([Array("[1]".utf8)])) }?.message == "not appended: standard input is not one JSON object")
        #expect(refusal { try reader.object(from: chunks([Array("{".utf8)])) }?.message.hasPrefix("not appended: standard input is not one JSON object: ") == true)
    }

    @Test func inputLargerThanAnEventIsRefusedAsItArrives() {
        let reader = draft(type: nil, post: nil, fields: [])
        let megabyte = [UInt8](repeating: 0x20, count: LineDecoder.maximumLineBytes)
        var asked = 0
        let endless: EventDraft.ChunkReader = { body in
            while asked < 10 { asked += 1; try body(megabyte) }
        }
        #expect(refusal { try reader.object(from: endless) }?.message
                == "not appended: standard input is more than \(LineDecoder.maximumLineBytes) bytes, the most an event may be (1 MiB)")
        #expect(asked == 2)
        asked = 0
        #expect(refusal { try reader.events(fromLines: endless) }?.message
                == "not appended: standard input line 1 is longer than \(LineDecoder.maximumLineBytes) bytes, the most an event may be (1 MiB)")
        #expect(asked == 2)
    }
}
