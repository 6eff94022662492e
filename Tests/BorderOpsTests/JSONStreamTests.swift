import BorderOps
import JSON
import Testing

@Suite struct JSONStreamTests {
    static let sample: JSONValue = .object([
        JSONMember("events", .object([JSONMember("lines", .number(JSONNumber(text: "3"))), JSONMember("none", .object([]))])),
        JSONMember("list", .array([.string("a\"b\\c"), .bool(true), .null, .array([]), .string("tab\there \u{202E}rtl")])),
        JSONMember("empty", .array([])),
    ])

    /// Escaped characters above U+FFFF (tag characters, a file name's byte stand-ins) are
    /// written as a UTF-16 surrogate pair, and read back as they were.
    @Test func charactersAboveTheBasicPlaneAreEscapedAsPairs() throws {
        let text = "Scotland 🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F} \u{E0041} caf\u{10FFE9}"
        let json = JSONWriter.compact(.string(text))
        #expect(json.contains(#"\udb40\udc41"#), "\(json)")
        #expect(json.contains(#"\udbff\udfe9"#), "\(json)")
        #expect(try StrictJSONParser.parse(json) == .string(text))
    }

    @Test func prettyLayout() {
        #expect(JSONWriter.pretty(Self.sample) == """
        {
          "events": {
            "lines": 3,
            "none": {}
          },
          "list": [
            "a\\"b\\\\c",
            true,
            null,
            [],
            "tab\\there \\u202ertl"
          ],
          "empty": []
        }
        """)
    }

    @Test func compactLayoutReadsBack() throws {
        let text = JSONWriter.compact(Self.sample)
        #expect(text == #"{"events":{"lines":3,"none":{}},"list":["a\"b\\c",true,null,[],"tab\there \u202ertl"],"empty":[]}"#)
        #expect(try StrictJSONParser.parse(text) == Self.sample)
    }

    /// Writing value by value gives what writing the tree gives.
    @Test func streamingEqualsTree() {
        var stream = JSONStream(pretty: true)
        stream.beginObject()
        stream.key("events")
        stream.beginObject()
        stream.key("lines")
        stream.int(3)
        stream.key("none")
        stream.beginObject()
        stream.endObject()
        stream.endObject()
        stream.key("list")
        stream.beginArray()
        stream.string("a\"b\\c")
        stream.bool(true)
        stream.null()
        stream.beginArray()
        stream.endArray()
        stream.string("tab\there \u{202E}rtl")
        stream.endArray()
        stream.key("empty")
        stream.beginArray()
        stream.endArray()
        stream.endObject()
        #expect(stream.text == JSONWriter.pretty(Self.sample))
    }
}
