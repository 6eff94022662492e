import Foundation
import TestSupport
import Testing

/// `verify` and the chain every Borderdesk writer keeps, through the real binary (the byte-by-byte
/// tamper tests run in-process, in EventLogTests).
@Suite struct VerifyTests {
    static let meeting = #"{"type":"meeting.closed","post":"nunukan","meeting":"m1"}"#
    static let opened = #"{"type":"meeting.opened","post":"nunukan","meeting":"m1","title":"Rapat","chair":"imigrasi","location":"Nunukan","attendees":["imigrasi"]}"#

    /// Lines of a file, split as bytes would be.
    func lines(_ path: String) throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    /// A file written by every Borderdesk writer there is outside the dashboard, with another
    /// writer's lines (plain appends, no prev) in between. (`--force` where a meeting is closed
    /// that no line opens: the chain, not the reference, is the point.)
    func writtenFile(_ dir: TempDirectory) throws -> String {
        let file = dir.file("post.jsonl")
        #expect(try Borderdesk.run(["append", file, "--force", "--type", "meeting.closed", "--post", "nunukan", "--field", "meeting=m0"]).status == 0)
        let foreign = FileHandle(forWritingAtPath: file)!
        foreign.seekToEndOfFile()
        foreign.write(Data(#"{"id":"gate-1","ts":"2024-11-20T13:00:00+08:00","type":"meeting.closed","post":"nunukan","meeting":"g"}"#.utf8 + [0x0A]))
        try foreign.close()
        #expect(try Borderdesk.run(["append", file, "--jsonl"], stdin: Self.opened + "\n" + Self.meeting + "\n").status == 0)
        #expect(try Borderdesk.run(["append", file, "--json"], stdin: Self.meeting).status == 0)
        let started = try Borderdesk.run(["checklist", "start", "opgab-tunontaka", "--op", "op1", "--file", file, "--post", "nunukan", "--by", "t"],
                                         in: Borderdesk.packageRoot)
        #expect(started.status == 0, "\(started.stderr)")
        return file
    }

    @Test func everyLineBorderdeskWritesCarriesPrevAndTheFileVerifies() throws {
        let dir = TempDirectory()
        let file = try writtenFile(dir)
        let all = try lines(file)
        #expect(all.count == 6)
        for (n, line) in all.enumerated() {
            #expect(line.contains(#""prev":""#) == (n != 1), "line \(n + 1): \(line)")
        }
        #expect(all[0].hasSuffix(#","prev":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"}"#), "an empty file's first line carries h0")
        let r = try Borderdesk.run(["verify", "--lang", "en", file])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout == "\(file): 6 lines, 5 carry prev; 1 line at the end not covered by a link (line 6, the last link)\nevery link and anchor holds\n")
    }

    /// A prev given with the input (copied from another file) is not written: Borderdesk's own is.
    @Test func aGivenPrevIsReplaced() throws {
        let dir = TempDirectory()
        let file = dir.file("post.jsonl")
        let given = String(repeating: "0", count: 64)
        let r = try Borderdesk.run(["append", file, "--force", "--json"], stdin: #"{"type":"meeting.closed","post":"nunukan","meeting":"m1","prev":"\#(given)"}"#)
        #expect(r.status == 0, "\(r.stderr)")
        let line = try lines(file)[0]
        #expect(!line.contains(given) && line.components(separatedBy: #""prev""#).count == 2, "\(line)")
        #expect(try Borderdesk.run(["verify", "--lang", "en", file]).status == 0)
    }

    @Test func anEditedLineIsReportedWithItsLineAndExit1() throws {
        let dir = TempDirectory()
        let file = try writtenFile(dir)
        var all = try lines(file)
        all[1] = all[1].replacingOccurrences(of: #""meeting":"g""#, with: #""meeting":"h""#)
        try (all.joined(separator: "\n") + "\n").write(toFile: file, atomically: false, encoding: .utf8)
        let r = try Borderdesk.run(["verify", "--lang", "en", file])
        #expect(r.status == 1)
        #expect(r.stdout.contains("\(file):3: prev does not match the running hash: lines 1-2 or this prev changed"), "\(r.stdout)")
        #expect(r.stdout.hasSuffix("a link or an anchor does not hold\n"))
    }

    /// A report prints the anchor of the log it was made from; `verify --anchor` checks it. A
    /// rewrite with every prev computed again passes the links, never the anchor.
    @Test func theReportsAnchorCatchesARewrittenChain() throws {
        let dir = TempDirectory()
        let file = try writtenFile(dir)
        let report = try Borderdesk.run(["report", "meeting", "m1", file, "--lang", "en"])
        #expect(report.status == 0, "\(report.stderr)")
        guard let anchorLine = report.stdout.split(separator: "\n").last, anchorLine.hasPrefix("  \(file), line 6: ") else {
            Issue.record("no anchor: \(report.stdout)")
            return
        }
        let hash = String(anchorLine.split(separator: " ").last!)
        let holds = try Borderdesk.run(["verify", "--lang", "en", file, "--anchor", "6:\(hash)"])
        #expect(holds.status == 0 && holds.stdout.contains("\(file):6: anchor holds"), "\(holds.stdout)")

        // The rewrite: every event again through `append` (which drops the old prev and
        // computes its own), one of them changed.
        let rewritten = dir.file("rewritten.jsonl")
        let events = try lines(file).map { $0.replacingOccurrences(of: #""meeting":"g""#, with: #""meeting":"h""#) }
        #expect(try Borderdesk.run(["append", rewritten, "--force", "--jsonl"], stdin: events.joined(separator: "\n") + "\n").status == 0)
        try FileManager.default.removeItem(atPath: file)
        try FileManager.default.moveItem(atPath: rewritten, toPath: file)
        #expect(try Borderdesk.run(["verify", "--lang", "en", file]).status == 0, "the links alone cannot tell")
        let caught = try Borderdesk.run(["verify", "--lang", "en", file, "--anchor", "\(file):6:\(hash)"])
        #expect(caught.status == 1)
        #expect(caught.stdout.contains("\(file):6: anchor does not hold: the running hash there is "), "\(caught.stdout)")
    }

    @Test func anAnchorPastTheEndDoesNotHold() throws {
        let dir = TempDirectory()
        let file = try writtenFile(dir)
        let r = try Borderdesk.run(["verify", "--lang", "en", file, "--anchor", "9:" + String(repeating: "a", count: 64)])
        #expect(r.status == 1)
        #expect(r.stdout.contains("\(file):9: anchor not reached: the file has only 6 lines"), "\(r.stdout)")
    }

    @Test func unreadableSourcesAndBadAnchorsExit2() throws {
        let dir = TempDirectory()
        let missing = try Borderdesk.run(["verify", "--lang", "en", dir.file("missing.jsonl")])
        #expect(missing.status == 2 && missing.stderr.contains("missing.jsonl"), "\(missing.stderr)")
        let file = try writtenFile(dir)
        let bad = try Borderdesk.run(["verify", file, "--anchor", "6:xyz"])
        #expect(bad.status == 2 && bad.stderr.contains("--anchor 6:xyz: seharusnya [BERKAS:]BARIS:HASH"), "\(bad.stderr)")
        let which = try Borderdesk.run(["verify", file, file, "--anchor", "6:" + String(repeating: "a", count: 64)])
        #expect(which.status == 2 && which.stderr.contains("sebutkan yang mana: BERKAS:BARIS:HASH"), "\(which.stderr)")
    }

    /// Standard input is verified like a file (named `stdin`), anchors included.
    @Test func standardInputIsVerified() throws {
        let dir = TempDirectory()
        let file = try writtenFile(dir)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let hash = try Borderdesk.run(["report", "meeting", "m1", "-", "--lang", "en"], stdin: text).stdout
            .split(separator: "\n").last!.split(separator: " ").last!
        let r = try Borderdesk.run(["verify", "--lang", "en", "-", "--anchor", "6:\(hash)"], stdin: text)
        #expect(r.status == 0 && r.stdout.contains("stdin: 6 lines, 5 carry prev") && r.stdout.contains("stdin:6: anchor holds"), "\(r.stdout)\(r.stderr)")
    }

    /// A directory source: each file verified on its own; a broken one makes the exit status 1.
    @Test func aDirectoryIsVerifiedFileByFile() throws {
        let dir = TempDirectory()
        let good = try writtenFile(dir)
        let bad = dir.file("other.jsonl")
        #expect(try Borderdesk.run(["append", bad, "--force", "--jsonl"], stdin: Self.meeting + "\n" + Self.meeting + "\n").status == 0)
        var text = try String(contentsOfFile: bad, encoding: .utf8)
        text = text.replacingOccurrences(of: #""meeting":"m1""#, with: #""meeting":"m2""#)
        try text.write(toFile: bad, atomically: false, encoding: .utf8)
        let r = try Borderdesk.run(["verify", "--lang", "en", dir.path])
        #expect(r.status == 1)
        #expect(r.stdout.contains("\(bad):2: prev does not match"), "\(r.stdout)")
        #expect(r.stdout.contains("\(good): 6 lines, 5 carry prev"), "\(r.stdout)")
    }
}
