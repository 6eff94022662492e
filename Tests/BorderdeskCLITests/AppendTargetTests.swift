import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `append` against what is not a healthy regular file: a named pipe, a file that cannot grow.
@Suite struct AppendTargetCLITests {
    /// `--force`: the meeting is never opened, and the target file, not the reference, is the point.
    static let meetingClosed = ["--force", "--type", "meeting.closed", "--post", "nunukan", "--field", "meeting=m1"]

    /// With no reader, opening a named pipe for writing waits forever: `append` (and the
    /// dashboard's `--write`) hung there. `timeout` ends the old behaviour with status 124.
    @Test func aNamedPipeWithoutAReaderIsRefusedAtOnce() throws {
        let dir = TempDirectory()
        let fifo = dir.file("pipe.jsonl")
        #expect(mkfifo(fifo, 0o600) == 0)
        let r = try Spawn.run(["timeout", "5", Borderdesk.binary, "append", "--lang", "en", fifo] + Self.meetingClosed)
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr == "borderdesk: not appended: \(fifo): is a named pipe (FIFO), not a regular file\n")
    }

    /// A full disk (here: the file size limit, `prlimit --fsize`) stops a write short. The torn
    /// part must not stay in the file: it would be a malformed line, and the next append would
    /// end it with a newline and make it an alert.
    @Test func aShortWriteLeavesTheFileAsItWas() throws {
        let dir = TempDirectory()
        let file = dir.file("gate.jsonl")
        let first = try Borderdesk.run(["append", "--lang", "en", file] + Self.meetingClosed)
        #expect(first.status == 0, "\(first.stderr)")
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        let big = Self.meetingClosed + ["--field", "note=" + String(repeating: "x", count: 6_000)]

        // Room for 1,000 more bytes: the kernel writes that much of the 6,1xx-byte line.
        let short = try Spawn.run(["prlimit", "--fsize=\(before.count + 1_000)", Borderdesk.binary, "append", "--lang", "en", file] + big)
        #expect(short.status == 1, "\(short.stderr)")
        #expect(short.stderr.hasPrefix("borderdesk: not appended: \(file): only 1000 of "), "\(short.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before, "the torn part was cut off")

        // No room at all: the write fails (SIGXFSZ ignored, not a kill) and says why.
        let none = try Spawn.run(["prlimit", "--fsize=\(before.count)", Borderdesk.binary, "append", "--lang", "en", file] + big)
        #expect(none.status == 1, "\(none.stderr)")
        #expect(none.stderr == "borderdesk: not appended: \(file): File too large\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before)

        let check = try Borderdesk.run(["check", "--lang", "en", file])
        #expect(check.stdout == "1 lines: 1 valid, 0 voided, 0 malformed, 0 duplicate ids, 0 unknown types\n")
    }

    /// With an explicit id, `append` first reads the file for that id: a named pipe (blocking
    /// open, waiting for a writer) or `/dev/zero` (read to an end that never comes) hung there
    /// before the appender could refuse the target.
    @Test func anExplicitIDOnANamedPipeOrADeviceIsRefusedAtOnce() throws {
        let dir = TempDirectory()
        let fifo = dir.file("pipe.jsonl")
        #expect(mkfifo(fifo, 0o600) == 0)
        let withID = Self.meetingClosed + ["--field", "id=x1"]
        let r = try Spawn.run(["timeout", "5", Borderdesk.binary, "append", "--lang", "en", fifo] + withID)
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr == "borderdesk: not appended: \(fifo): is a named pipe (FIFO), not a regular file\n")

        let zero = try Spawn.run(["timeout", "5", Borderdesk.binary, "append", "--lang", "en", "/dev/zero"] + withID)
        #expect(zero.status == 1, "\(zero.stderr)")
        #expect(zero.stderr == "borderdesk: not appended: /dev/zero: is a character device, not a regular file\n")
    }

    /// The write file lies in a replicated folder where a peer can plant a link: `append`
    /// followed `ops.jsonl -> outside.txt` and wrote the event into the link's target.
    @Test func aSymbolicLinkAsTheWriteFileIsRefused() throws {
        let dir = TempDirectory()
        let outside = dir.file("outside.txt")
        try "keep\n".write(toFile: outside, atomically: false, encoding: .utf8)
        let link = dir.file("ops.jsonl")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: outside)
        for extra in [[], ["--field", "id=x1"]] {
            let r = try Borderdesk.run(["append", "--lang", "en", link] + Self.meetingClosed + extra)
            #expect(r.status == 1, "\(r.stderr)")
            #expect(r.stderr == "borderdesk: not appended: \(link): is a symbolic link, not a regular file\n")
        }
        #expect(try String(contentsOfFile: outside, encoding: .utf8) == "keep\n")

        // A dangling link is not a way to create the file elsewhere either.
        let dangling = dir.file("new.jsonl")
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: dir.file("made-elsewhere.jsonl"))
        let r = try Borderdesk.run(["append", "--lang", "en", dangling] + Self.meetingClosed)
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr == "borderdesk: not appended: \(dangling): is a symbolic link, not a regular file\n")
        #expect(!FileManager.default.fileExists(atPath: dir.file("made-elsewhere.jsonl")))
    }
}
