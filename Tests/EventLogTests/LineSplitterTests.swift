import EventLog
import Testing

@Suite struct LineSplitterTests {
    /// Feeds `chunks` and returns (number, text, length) of each line handed out.
    func split(_ chunks: [[UInt8]], into splitter: inout LineSplitter) -> [(Int, String, Int)] {
        var out: [(Int, String, Int)] = []
        for chunk in chunks {
            chunk.withUnsafeBytes { raw in
                splitter.feed(raw) { out.append(($0.number, String(decoding: $0.bytes, as: UTF8.self), $0.length)) }
            }
        }
        return out
    }

    @Test func partialLineWaitsForItsNewline() {
        var s = LineSplitter()
        var lines = split([Array("one\ntw".utf8)], into: &s)
        #expect(lines.map(\.1) == ["one"])
        #expect(s.partialLineBytes == 2)
        lines = split([Array("o\nthree".utf8), Array("\n".utf8)], into: &s)
        #expect(lines.map(\.1) == ["two", "three"])
        #expect(lines.map(\.0) == [2, 3])
        #expect(s.partialLineBytes == 0)
    }

    @Test func everyByteInItsOwnChunk() {
        var s = LineSplitter()
        let text = "\u{FEFF}a\r\n\nb c\n"
        let lines = split(Array(text.utf8).map { [$0] }, into: &s)
        #expect(lines.map(\.1) == ["a", "", "b c"])
        #expect(lines.map(\.0) == [1, 2, 3])
    }

    @Test func byteOrderMarkOnlyOnLineOne() {
        var s = LineSplitter()
        let lines = split([Array("\u{FEFF}x\n\u{FEFF}y\n".utf8)], into: &s)
        #expect(lines[0].1 == "x")
        #expect(lines[1].1 == "\u{FEFF}y")
    }

    @Test func overlongLineIsCutButMeasured() {
        var s = LineSplitter()
        let limit = LineSplitter.maximumLineBytes
        let exact = [UInt8](repeating: 0x61, count: limit) + [0x0D, 0x0A]
        let over = [UInt8](repeating: 0x62, count: limit + 5) + [0x0A]
        var lengths: [Int] = [], kept: [Int] = []
        for chunk in [exact, Array(over[0..<1000]), Array(over[1000...])] {
            chunk.withUnsafeBytes { raw in
                s.feed(raw) { lengths.append($0.length); kept.append($0.bytes.count) }
            }
        }
        #expect(lengths == [limit, limit + 5])
        #expect(kept == [limit, limit + 1])
    }

    @Test func resetRestartsNumbering() {
        var s = LineSplitter()
        _ = split([Array("a\nb\npartial".utf8)], into: &s)
        s.reset()
        let lines = split([Array("c\n".utf8)], into: &s)
        #expect(lines.map(\.0) == [1])
        #expect(lines.map(\.1) == ["c"])
    }
}
