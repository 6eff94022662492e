import Crypto
@testable import EventLog
import Foundation
import TestSupport
import Testing

/// The running hash, as the spec defines it, computed the plain way: the whole file split at
/// `\n`, each line hashed after the previous hash's hex digits. The reference the streaming
/// code is checked against.
enum ReferenceChain {
    static let h0 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

    static func hashes(_ file: [UInt8]) -> [String] {
        var out = [h0]
        var lines = file.split(separator: 0x0A, omittingEmptySubsequences: false)
        lines.removeLast()  // after the last `\n`: an incomplete line, or nothing
        for line in lines {
            let digest = SHA256.hash(data: Array(out.last!.utf8) + Array(line))
            out.append(digest.map { String(format: "%02x", $0) }.joined())
        }
        return out
    }
}

/// Reads a whole file (tests only: the code under test never does).
func bytes(of path: String) -> [UInt8] {
    Array(FileManager.default.contents(atPath: path) ?? Data())
}

/// The verify core over bytes in memory, fed in chunks of `chunk` bytes.
func chain(_ file: [UInt8], chunk: Int = 1 << 20, pinning: [Int] = []) -> FileChain {
    var chain = FileChain(pinning: pinning)
    file.withUnsafeBytes { all in
        var offset = 0
        while offset < all.count {
            let end = min(all.count, offset + chunk)
            chain.feed(UnsafeRawBufferPointer(rebasing: all[offset..<end]))
            offset = end
        }
    }
    return chain
}

/// `{"id":"N",...}` lines as a writer without `prev` makes them.
func event(_ id: String, note: String = "x") -> String {
    #"{"id":"\#(id)","ts":"2024-11-20T13:00:00+08:00","type":"op.phase","post":"nunukan","op":"op1","phase":"briefing","note":"\#(note)"}"#
}

/// Appends lines the way Borderdesk does: each given `prev` under the lock.
@discardableResult
func appendChained(_ lines: [String], to path: String) throws -> EventAppender.Appended {
    try EventAppender.appendChained(count: lines.count, to: path) { index, prev in
        String(lines[index].dropLast()) + #","prev":"\#(prev)"}"#
    }
}

/// The `prev` a line carries, read the plain way.
func prevOf(_ line: some StringProtocol) -> String? {
    guard let range = line.range(of: #""prev":""#) else { return nil }
    return String(line[range.upperBound...].prefix(64))
}

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

@Suite struct PrevFieldTests {
    let h = ReferenceChain.h0

    func find(_ line: String, firstLine: Bool = false) -> String {
        let bytes = Array(line.utf8)
        return bytes.withUnsafeBytes { raw in
            switch PrevField.find(in: raw, firstLine: firstLine) {
            case .absent: return "absent"
            case .text(let range): return "text " + String(decoding: raw[range], as: UTF8.self)
            case .unescaped(let value): return "unescaped " + String(decoding: value, as: UTF8.self)
            case .invalid(let reason): return reason
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
        #expect(find(#"{"prev":12}"#) == PrevField.notHex)
        #expect(find(#"{"prev":{"a":1}}"#) == PrevField.notHex)
        #expect(find(#"{"prev":"\#(h)","prev":"\#(h)"}"#) == "prev appears twice")
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

@Suite struct ChainedAppendTests {
    @Test func theFirstLineOfAnEmptyOrNewFileCarriesH0() throws {
        let dir = TempDirectory()
        try appendChained([event("a")], to: dir.file("new.jsonl"))
        dir.write("empty.jsonl", "")
        try appendChained([event("a")], to: dir.file("empty.jsonl"))
        for name in ["new.jsonl", "empty.jsonl"] {
            let text = try String(contentsOfFile: dir.file(name), encoding: .utf8)
            #expect(prevOf(text) == ReferenceChain.h0)
        }
    }

    /// Each line of a batch chains from the one before it; lines of another writer (plain
    /// appends, no lock, no prev) are covered by the next line Borderdesk writes.
    @Test func batchesAndForeignLinesChain() throws {
        let dir = TempDirectory()
        let path = dir.file("ops.jsonl")
        try appendChained([event("a1"), event("a2"), event("a3")], to: path)
        dir.append("ops.jsonl", event("f1") + "\n\n" + event("f2") + "\r\n")
        try appendChained([event("a4")], to: path)
        dir.append("ops.jsonl", event("f3") + "\n")
        try appendChained([event("a5"), event("a6")], to: path)
        let file = bytes(of: path)
        let hashes = ReferenceChain.hashes(file)
        // Split as bytes: a String holds `\r\n` as one character.
        let lines = file.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast().map { String(decoding: $0, as: UTF8.self) }
        #expect(lines.count == 10)
        for (index, line) in lines.enumerated() where line.contains("\"id\":\"a") {
            #expect(prevOf(line) == hashes[index], "line \(index + 1)")
        }
        let c = chain(file)
        #expect(c.firstBreak == nil && c.lines == 10 && c.links == 6 && c.lastLink == 10 && c.uncovered == 1)
        #expect(c.hash.hex == hashes.last)
    }

    /// A torn last line is ended with `\n` before the new line: it becomes a line, and counts.
    @Test func aTornLastLineCountsAsALine() throws {
        let dir = TempDirectory()
        let path = dir.file("ops.jsonl")
        try appendChained([event("a1")], to: path)
        dir.append("ops.jsonl", #"{"id":"half","#)
        let appended = try appendChained([event("a2")], to: path)
        #expect(appended.endedTornLine)
        let file = bytes(of: path)
        let c = chain(file)
        #expect(c.lines == 3 && c.links == 2 && c.firstBreak == nil)
        #expect(prevOf(String(decoding: file, as: UTF8.self).split(separator: "\n")[2]) == ReferenceChain.hashes(file)[2])
    }

    /// Only the lines from the last one that carries prev are read back: a file of another
    /// writer's lines is hashed whole once, then never again.
    @Test func onlyTheTailIsReadOnceAPrevIsThere() throws {
        let dir = TempDirectory()
        let path = dir.file("ops.jsonl")
        dir.write("ops.jsonl", (1...50).map { event("f\($0)") + "\n" }.joined())
        try appendChained([event("a1")], to: path)
        // Overwrite an early line in place (same length): the tail's hash no longer depends on it.
        let handle = FileHandle(forUpdatingAtPath: path)!
        try handle.seek(toOffset: 8)
        handle.write(Data("X".utf8))
        try handle.close()
        try appendChained([event("a2")], to: path)
        let lines = String(decoding: bytes(of: path), as: UTF8.self).split(separator: "\n")
        // The second line chained from the first line's prev, not from a re-read of the file.
        #expect(prevOf(lines[51]) == RunningHash(hex: prevOf(lines[50])!)!.adding(line: Array(lines[50].utf8)).hex)
        // So the edit shows as a break at the first link after it.
        let c = chain(bytes(of: path))
        #expect(c.firstBreak?.line == 51, "\(String(describing: c.firstBreak))")
        #expect(c.links == 2)
    }

    /// A forged prev in the last line is trusted: the next line chains from it. verify still
    /// reports the first break, at the forged line (appending never hides a break).
    @Test func aForgedLastPrevIsTrustedAndVerifyStillSeesIt() throws {
        let dir = TempDirectory()
        let path = dir.file("ops.jsonl")
        try appendChained([event("a1"), event("a2")], to: path)
        let forged = String(repeating: "ab", count: 32)
        dir.append("ops.jsonl", String(event("f1").dropLast()) + #","prev":"\#(forged)"}"# + "\n")
        try appendChained([event("a3")], to: path)
        let file = bytes(of: path)
        let last = String(decoding: file, as: UTF8.self).split(separator: "\n").last!
        #expect(prevOf(last) == RunningHash(hex: forged)!.adding(line: Array((String(event("f1").dropLast()) + #","prev":"\#(forged)"}"#).utf8)).hex)
        let c = chain(file)
        #expect(c.firstBreak?.line == 3 && c.firstBreak?.reason.hasPrefix("prev does not match the running hash: line 2 or this prev") == true,
                "\(String(describing: c.firstBreak))")
    }

    /// A prev that is not a hash is passed over: the appender chains from an earlier line, so
    /// its own link holds; verify reports the bad one.
    @Test func aMalformedLastPrevIsPassedOver() throws {
        let dir = TempDirectory()
        let path = dir.file("ops.jsonl")
        try appendChained([event("a1")], to: path)
        dir.append("ops.jsonl", String(event("f1").dropLast()) + #","prev":"not a hash"}"# + "\n")
        try appendChained([event("a2")], to: path)
        let file = bytes(of: path)
        let lines = String(decoding: file, as: UTF8.self).split(separator: "\n")
        #expect(prevOf(lines[2]) == ReferenceChain.hashes(file)[2])
        let c = chain(file)
        #expect(c.firstBreak == FileChain.Break(line: 2, reason: PrevField.notHex))
        #expect(c.links == 3)
    }

    /// A prev given inside the line (a copy from another file) is the caller's to drop; the
    /// appender refuses a line that holds a line break, and writes nothing.
    @Test func aLineWithALineBreakIsRefused() throws {
        let dir = TempDirectory()
        let path = dir.file("ops.jsonl")
        try appendChained([event("a1")], to: path)
        let before = bytes(of: path)
        #expect(throws: EventAppender.Failure.self) {
            try EventAppender.appendChained(count: 2, to: path) { index, prev in index == 0 ? event("ok") : "{\"a\":\n1}" }
        }
        #expect(bytes(of: path) == before)
    }

    /// An empty batch (`append --jsonl` with nothing on standard input) touches nothing.
    @Test func anEmptyBatchLeavesTheFileAlone() throws {
        let dir = TempDirectory()
        try appendChained([], to: dir.file("new.jsonl"))
        #expect(!FileManager.default.fileExists(atPath: dir.file("new.jsonl")))
        dir.write("torn.jsonl", #"{"half":"#)
        try appendChained([], to: dir.file("torn.jsonl"))
        #expect(try String(contentsOfFile: dir.file("torn.jsonl"), encoding: .utf8) == #"{"half":"#)
    }

    /// A writer that ignores the lock slips a line in after the running hash was read (here:
    /// while the new line is being made, under the lock): the append says so, and verify
    /// reports the link that does not cover it.
    @Test func aWriterIgnoringTheLockIsNoticed() throws {
        let dir = TempDirectory()
        let path = dir.file("ops.jsonl")
        try appendChained([event("a1")], to: path)
        let appended = try EventAppender.appendChained(count: 1, to: path) { _, prev in
            dir.append("ops.jsonl", event("sneaky") + "\n")
            return String(event("a2").dropLast()) + #","prev":"\#(prev)"}"#
        }
        #expect(appended.overtakenByUnlockedWriter)
        #expect(chain(bytes(of: path)).firstBreak?.line == 3)
        #expect(try appendChained([event("a3")], to: path).overtakenByUnlockedWriter == false)
    }

    /// Concurrent appenders under the lock: every line chains from the one really before it.
    @Test func concurrentChainedAppendsKeepTheChain() async throws {
        let dir = TempDirectory()
        let path = dir.file("ops.jsonl")
        await withTaskGroup(of: Void.self) { group in
            for writer in 0..<4 {
                group.addTask {
                    for n in 0..<25 { _ = try? appendChained([event("w\(writer)-\(n)")], to: path) }
                }
            }
        }
        let c = chain(bytes(of: path))
        #expect(c.lines == 100 && c.links == 100 && c.firstBreak == nil)
    }
}

/// How `verify` catches changes, tested the way journald's sealing was: a real file, every byte
/// flipped in turn, lines deleted, duplicated, swapped and moved, and the whole chain recomputed.
@Suite struct TamperTests {
    /// A file Borderdesk wrote, with another writer's lines between its own.
    func writtenFile() throws -> (TempDirectory, String) {
        let dir = TempDirectory()
        let path = dir.file("ops.jsonl")
        for n in 0..<8 {
            try appendChained([event("a\(n)", note: "catatan \(n) – ✓"), event("b\(n)")], to: path)
            if n % 3 == 0 { dir.append("ops.jsonl", event("f\(n)") + "\n") }
        }
        return (dir, path)
    }

    @Test func theWrittenFileVerifies() throws {
        let (dir, path) = try writtenFile()
        _ = dir
        let c = chain(bytes(of: path))
        #expect(c.firstBreak == nil && c.lines == 19 && c.links == 16 && c.lastLink == 19 && c.uncovered == 1)
    }

    /// Every byte changed in turn, on a copy: a change anywhere before the last link's line is
    /// reported as a broken link at or before that line; with the anchor a report prints (the
    /// last line and its hash), every change anywhere is caught.
    @Test func everyFlippedByteIsCaught() throws {
        let (dir, path) = try writtenFile()
        _ = dir
        let original = bytes(of: path)
        let reference = chain(original)
        let lastLinkStart = original[..<(original.count - 1)].lastIndex(of: 0x0A)! + 1
        let anchorLine = reference.lines
        let anchor = reference.hash
        var missedWithoutAnchor: [Int] = []
        var missedWithAnchor: [Int] = []
        for offset in original.indices {
            var copy = original
            copy[offset] ^= 0x01
            let c = chain(copy, chunk: offset % 2 == 0 ? 1 << 20 : 97, pinning: [anchorLine])
            let broken = c.firstBreak.map { $0.line <= reference.lastLink } ?? false
            // The `\n` before the last link's line joins that line to the one before: the link is
            // gone, not broken. Only the anchor sees that, as it sees a change in the last line.
            if offset < lastLinkStart - 1 && !broken { missedWithoutAnchor.append(offset) }
            if !broken && c.pinned[anchorLine] == anchor { missedWithAnchor.append(offset) }
        }
        #expect(missedWithoutAnchor.isEmpty, "changes at \(missedWithoutAnchor) not reported")
        #expect(missedWithAnchor.isEmpty, "changes at \(missedWithAnchor) not caught even with the anchor")
    }

    func lines(_ file: [UInt8]) -> [[UInt8]] {
        file.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast().map(Array.init)
    }

    func joined(_ lines: [[UInt8]]) -> [UInt8] {
        lines.flatMap { $0 + [0x0A] }
    }

    @Test func deletedDuplicatedSwappedAndMovedLinesBreakTheChain() throws {
        let (dir, path) = try writtenFile()
        _ = dir
        let original = lines(bytes(of: path))
        var cases: [(String, [[UInt8]])] = []
        for i in 0..<(original.count - 1) {
            var deleted = original
            deleted.remove(at: i)
            cases.append(("line \(i + 1) deleted", deleted))
            var duplicated = original
            duplicated.insert(original[i], at: i)
            cases.append(("line \(i + 1) duplicated", duplicated))
            var swapped = original
            swapped.swapAt(i, i + 1)
            cases.append(("lines \(i + 1) and \(i + 2) swapped", swapped))
        }
        var moved = original
        moved.insert(moved.remove(at: 0), at: 10)
        cases.append(("line 1 moved after line 10", moved))
        cases.append(("reversed", original.reversed()))
        for (what, edited) in cases {
            let c = chain(joined(edited))
            #expect(c.firstBreak != nil, "\(what): not reported")
        }
        // The first break points at the first link after the change.
        var deleted = original
        deleted.remove(at: 4)
        #expect(chain(joined(deleted)).firstBreak?.line == 5)
    }

    /// Someone who can write the file can edit a line and compute every prev again: all links
    /// hold. Only the anchor printed on a report made before catches it.
    @Test func aRecomputedChainIsCaughtOnlyByTheAnchor() throws {
        let (dir, path) = try writtenFile()
        let original = bytes(of: path)
        let before = chain(original)
        let anchor = (line: before.lines, hash: before.hash)

        // Rewrite: the same events without prev, one changed, every prev computed again.
        let text = String(decoding: original, as: UTF8.self)
        let events = text.split(separator: "\n").map { line in
            var event = String(line)
            if let range = event.range(of: #","prev":""#) { event = String(event[..<range.lowerBound]) + "}" }
            return event.replacingOccurrences(of: #""id":"a3","#, with: #""id":"a3","forged":true,"#)
        }
        let rewritten = dir.file("rewritten.jsonl")
        try appendChained(events, to: rewritten)
        let forged = chain(bytes(of: rewritten), pinning: [anchor.line])
        #expect(forged.firstBreak == nil, "the links hold: the chain alone cannot tell")
        #expect(forged.lines == anchor.line)
        #expect(forged.pinned[anchor.line] != anchor.hash, "the anchor does not hold")
        #expect(chain(original, pinning: [anchor.line]).pinned[anchor.line] == anchor.hash)
    }
}
