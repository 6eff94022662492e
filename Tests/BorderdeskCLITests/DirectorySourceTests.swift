import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `check` on directory sources that a careless or hostile tree makes hard: a name that is not
/// UTF-8, a link out of the tree, more files than the process may open.
@Suite struct DirectorySourceTests {
    static func event(_ n: Int) -> String {
        #"{"id":"m-\#(n)","ts":"2024-11-20T08:00:00+08:00","type":"meeting.closed","post":"nunukan","meeting":"m\#(n)"}"# + "\n"
    }

    /// Writes `text` to `folder/name`, the name as raw bytes.
    static func write(_ text: String, to folder: String, name: [UInt8]) {
        let path = Array(folder.utf8) + [0x2F] + name + [0]
        let fd = path.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT | O_TRUNC, 0o644) } }
        _ = Array(text.utf8).withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }

    /// It said "0 lines" and exit 0: the file was skipped without a word.
    @Test func aFileWhoseNameIsNotUTF8IsCheckedAndNamedEscaped() throws {
        let dir = TempDirectory()
        Self.write(Self.event(1), to: dir.path, name: Array("good.jsonl".utf8))
        Self.write("not json\n", to: dir.path, name: Array("pos".utf8) + [0xE9, 0x1B] + Array(".jsonl".utf8))
        let r = try Borderdesk.run(["check", "--lang", "en", dir.path])
        #expect(r.status == 1, "\(r.stdout)\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "\(r.stdout)")
        #expect(lines.first?.hasPrefix("\(dir.path)/pos\\xE9\\x1B.jsonl:1: ") == true, "\(r.stdout)")
        #expect(lines.last == "2 lines: 1 valid, 0 voided, 1 malformed, 0 duplicate ids, 0 unknown types")
    }

    /// A link to a folder outside the tree (to `/` in the report) is not followed; one line on
    /// standard error names it, escaped.
    @Test func recursiveCheckStaysInsideTheTree() throws {
        let dir = TempDirectory()
        let fm = FileManager.default
        try fm.createDirectory(atPath: dir.file("hq/nunukan"), withIntermediateDirectories: true)
        try fm.createDirectory(atPath: dir.file("elsewhere"), withIntermediateDirectories: true)
        try Self.event(1).write(toFile: dir.file("hq/nunukan/a.jsonl"), atomically: true, encoding: .utf8)
        try "not json\n".write(toFile: dir.file("elsewhere/secret.jsonl"), atomically: true, encoding: .utf8)
        try fm.createSymbolicLink(atPath: dir.file("hq/up\u{1B}[2J"), withDestinationPath: "../elsewhere")
        let r = try Borderdesk.run(["check", "--lang", "en", "--recursive", dir.file("hq")])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout == "1 lines: 1 valid, 0 voided, 0 malformed, 0 duplicate ids, 0 unknown types\n")
        #expect(r.stderr == "borderdesk: \(dir.file("hq/up\\x1B[2J")): not followed: a link to \(dir.file("elsewhere")), outside \(dir.file("hq"))\n")
        let indonesian = try Borderdesk.run(["check", "--recursive", dir.file("hq")])
        #expect(indonesian.stderr == "borderdesk: \(dir.file("hq/up\\x1B[2J")): tidak diikuti: tautan ke \(dir.file("elsewhere")), di luar \(dir.file("hq"))\n")
    }

    /// A named pipe `f.jsonl` (waiting for a writer forever) or a link `z.jsonl` to `/dev/zero`
    /// (never ending) in a folder hung `check`. Only regular files are read; each other one is
    /// named once. `timeout` ends the old behaviour with status 124.
    @Test func eventFilesThatAreNotRegularFilesAreSkippedAndNamed() throws {
        let dir = TempDirectory()
        try FileManager.default.createDirectory(atPath: dir.file("post/sub"), withIntermediateDirectories: true)
        try Self.event(1).write(toFile: dir.file("post/a.jsonl"), atomically: true, encoding: .utf8)
        #expect(mkfifo(dir.file("post/f.jsonl"), 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: dir.file("post/z.jsonl"), withDestinationPath: "/dev/zero")
        #expect(mkfifo(dir.file("post/sub/g.jsonl"), 0o600) == 0)
        for (flags, deep) in [([String](), false), (["--recursive"], true)] {
            let r = try Spawn.run(["timeout", "10", Borderdesk.binary, "check", "--lang", "en"] + flags + [dir.file("post")])
            #expect(r.status == 0, "\(flags): \(r.stdout)\(r.stderr)")
            #expect(r.stdout == "1 lines: 1 valid, 0 voided, 0 malformed, 0 duplicate ids, 0 unknown types\n")
            let expected = "borderdesk: \(dir.file("post/f.jsonl")): not followed: is a named pipe (FIFO), not a regular file\n"
                + (deep ? "borderdesk: \(dir.file("post/sub/g.jsonl")): not followed: is a named pipe (FIFO), not a regular file\n" : "")
                + "borderdesk: \(dir.file("post/z.jsonl")): not followed: is a character device, not a regular file\n"
            #expect(r.stderr == expected, "\(flags)")
        }
        // In Indonesian, the default: every word of the notice, the file's kind too.
        let r = try Spawn.run(["timeout", "10", Borderdesk.binary, "check", dir.file("post")])
        #expect(r.stderr == "borderdesk: \(dir.file("post/f.jsonl")): tidak diikuti: berupa pipa bernama (FIFO), bukan berkas biasa\n"
                + "borderdesk: \(dir.file("post/z.jsonl")): tidak diikuti: berupa perangkat karakter, bukan berkas biasa\n", "\(r.stderr)")
    }

    /// A link to a file outside the tree was read (folder links were already held to the tree):
    /// `hq/sub/x.jsonl -> ../../outside/o.jsonl` is now named and left alone.
    @Test func aFileLinkOutOfTheTreeIsNotRead() throws {
        let dir = TempDirectory()
        let fm = FileManager.default
        try fm.createDirectory(atPath: dir.file("hq/sub"), withIntermediateDirectories: true)
        try fm.createDirectory(atPath: dir.file("outside"), withIntermediateDirectories: true)
        try Self.event(1).write(toFile: dir.file("hq/sub/a.jsonl"), atomically: true, encoding: .utf8)
        try "not json\n".write(toFile: dir.file("outside/o.jsonl"), atomically: true, encoding: .utf8)
        try fm.createSymbolicLink(atPath: dir.file("hq/sub/x.jsonl"), withDestinationPath: "../../outside/o.jsonl")
        // A link to a file inside the tree is still read (once: the same file under two names).
        try fm.createSymbolicLink(atPath: dir.file("hq/same.jsonl"), withDestinationPath: "sub/a.jsonl")
        let r = try Borderdesk.run(["check", "--lang", "en", "--recursive", dir.file("hq")])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout == "1 lines: 1 valid, 0 voided, 0 malformed, 0 duplicate ids, 0 unknown types\n")
        #expect(r.stderr == "borderdesk: \(dir.file("hq/sub/x.jsonl")): not followed: a link to \(dir.file("outside/o.jsonl")), outside \(dir.file("hq"))\n")
    }

    /// A year of daily files at headquarters under the common limit of 1,024 descriptors failed
    /// with "Too many open files". Here the limit is 256 (soft and hard, so it cannot be raised)
    /// and there are 1,100 files.
    @Test func moreFilesThanDescriptors() throws {
        let dir = TempDirectory()
        for n in 0..<1_100 {
            try Self.event(n).write(toFile: dir.file(String(format: "day-%04d.jsonl", n)), atomically: false, encoding: .utf8)
        }
        for command in ["check --lang en", "summary"] {
            let r = try Spawn.run(["sh", "-c", "ulimit -n 256 && exec \"$0\" \(command) \"$1\"", Borderdesk.binary, dir.path])
            #expect(r.status == 0, "\(command): \(r.stderr)")
            if command.hasPrefix("check") {
                #expect(r.stdout == "1100 lines: 1100 valid, 0 voided, 0 malformed, 0 duplicate ids, 0 unknown types\n")
            }
        }
    }
}
