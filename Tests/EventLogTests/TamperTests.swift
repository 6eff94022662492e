import Crypto
@testable import EventLog
import Foundation
import TestSupport
import Testing

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
