import Crypto
@testable import EventLog
import Foundation
import TestSupport
import Testing

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
        #expect(c.firstBreak == FileChain.Break(line: 3, reason: .mismatch(suspectsFrom: 2)), "\(String(describing: c.firstBreak))")
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
        #expect(c.firstBreak == FileChain.Break(line: 2, reason: .notHex))
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
