@testable import EventLog
import Foundation
import TestSupport
import Testing

/// What `verify` says per file, in process: anchors read and placed, links and anchors judged.
@Suite struct ChainVerificationTests {
    static let hash = String(repeating: "ab", count: 32)

    func refusal(_ anchors: [String], _ sources: [String]) -> String? {
        do {
            _ = try ChainVerification(anchors: anchors, sources: sources)
            return nil
        } catch {
            return error.message
        }
    }

    @Test func anchorsAreReadFromTheRightAndPlacedInTheirFile() throws {
        let dir = TempDirectory()
        dir.write("a.jsonl", "")
        let anchor = try ChainAnchor.parse("x:y.jsonl:3:\(Self.hash.uppercased())")
        #expect(anchor == ChainAnchor(file: "x:y.jsonl", line: 3, hash: RunningHash(hex: Self.hash)!))
        #expect(try ChainVerification(anchors: ["2:\(Self.hash)"], sources: [dir.file("a.jsonl")]).pins == [dir.file("a.jsonl"): [2]])
        #expect(try ChainVerification(anchors: ["2:\(Self.hash)"], sources: ["-"]).pins == ["stdin": [2]])
        #expect(refusal(["2:\(Self.hash)"], [dir.path]) == "--anchor 2:…: with more than one file (or a directory, or -) say which: FILE:LINE:HASH")
        #expect(refusal(["2:zz"], ["-"]) == "--anchor 2:zz: expected [FILE:]LINE:HASH (HASH: 64 hex digits)")
    }

    @Test func linksAndAnchorsAreJudgedPerFile() throws {
        let file = Array((event("1") + "\n" + event("2") + "\n").utf8)
        let hashes = ReferenceChain.hashes(file)
        let verification = try ChainVerification(anchors: ["f:1:\(hashes[1])", "f:2:\(Self.hash)", "f:5:\(Self.hash)", "g:1:\(Self.hash)"], sources: ["f", "g"])
        let (findings, holds) = verification.report([(path: "f", chain: chain(file, pinning: [1, 2, 5]))], unreadable: 0)
        #expect(!holds)
        #expect(findings == [
            .file(path: "f", lines: 2, links: 0, lastLink: 0, uncovered: 2),
            .anchorHolds(path: "f", line: 1),
            .anchorDiffers(path: "f", line: 2, found: hashes[2], said: Self.hash),
            .anchorNotReached(path: "f", line: 5, fileLines: 2),
            .anchorFileNotRead(path: "g", line: 1),
            .verdict(holds: false, unreadable: 0),
        ])
        let empty = try ChainVerification(anchors: [], sources: ["e"]).report([(path: "e", chain: chain([]))], unreadable: 2)
        #expect(empty.findings == [.file(path: "e", lines: 0, links: 0, lastLink: 0, uncovered: 0), .verdict(holds: true, unreadable: 2)])
        #expect(empty.holds)
    }
}
