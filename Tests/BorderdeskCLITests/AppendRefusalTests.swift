import BorderOps
import Foundation
import TestSupport
import Testing

/// What `append` refuses rather than write something readers would ignore or that is not what
/// was given: an id already used, bytes that are not UTF-8, input larger than an event can be.
/// The meeting these events close is never opened, and is not their point: `--force` lets the
/// reference through (the id, byte and size checks do not yield to it).
@Suite struct AppendRefusalTests {
    static let closed = #"{"type":"meeting.closed","post":"nunukan","meeting":"m1""#

    func lines(_ file: String) -> [Substring] {
        ((try? String(contentsOfFile: file, encoding: .utf8)) ?? "").split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    }

    /// Before, the second event was appended (exit 0) and then ignored by every reader as a duplicate.
    @Test func explicitIdAlreadyInTheFileIsRefusedNamingItsLine() throws {
        let dir = TempDirectory()
        let file = dir.file("post.jsonl")
        // A blank and a malformed line first: the line number is the readers' own.
        try "\n{\"id\":\"given\",\"oops\n".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try Borderdesk.run(["append", "--lang", "en", file, "--force", "--json"], stdin: Self.closed + #","id":"given"}"#).status == 0)
        for again in [
            try Borderdesk.run(["append", "--lang", "en", file, "--force", "--json"], stdin: Self.closed + #","id":"given"}"#),
            try Borderdesk.run(["append", "--lang", "en", file, "--force", "--type", "meeting.closed", "--post", "nunukan", "--field", "meeting=m2", "--field", "id=given"]),
        ] {
            #expect(again.status == 2)
            #expect(again.stderr == "borderdesk: not appended: id \"given\" is already in \(file) at line 3\n", "\(again.stderr)")
        }
        // The same id written with an escape is the same id to a reader.
        let escaped = try Borderdesk.run(["append", "--lang", "en", file, "--force", "--jsonl"], stdin: Self.closed + #","id":"g\u0069ven"}"# + "\n")
        #expect(escaped.status == 2)
        #expect(escaped.stderr == "borderdesk: not appended: standard input line 1: id \"given\" is already in \(file) at line 3\n", "\(escaped.stderr)")
        #expect(lines(file).count == 3)
        // Ids compare by their bytes, as readers do: é composed and decomposed are two ids.
        #expect(try Borderdesk.run(["append", "--lang", "en", file, "--force", "--json"], stdin: Self.closed + ",\"id\":\"caf\u{E9}\"}").status == 0)
        #expect(try Borderdesk.run(["append", "--lang", "en", file, "--force", "--json"], stdin: Self.closed + ",\"id\":\"cafe\u{301}\"}").status == 0)
        #expect(lines(file).count == 5)
        // Ids filled in by append are unique by construction and not looked for.
        #expect(try Borderdesk.run(["append", "--lang", "en", file, "--force", "--json"], stdin: Self.closed + "}").status == 0)
    }

    @Test func anIdTwiceInOneBatchIsRefusedAndNothingIsWritten() throws {
        let dir = TempDirectory()
        let file = dir.file("post.jsonl")
        let batch = [Self.closed + #","id":"b1"}"#, "", Self.closed + #","id":"b2"}"#, Self.closed + #","id":"b1"}"#].joined(separator: "\n") + "\n"
        let r = try Borderdesk.run(["append", "--lang", "en", file, "--force", "--jsonl"], stdin: batch)
        #expect(r.status == 2)
        #expect(r.stderr == "borderdesk: not appended: standard input line 4: id \"b1\" is also on standard input line 1\n", "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: file))
        // A batch whose ids are all new goes in whole, and one of them again is refused.
        #expect(try Borderdesk.run(["append", "--lang", "en", file, "--force", "--jsonl"], stdin: Self.closed + #","id":"b1"}"# + "\n" + Self.closed + #","id":"b2"}"#).status == 0)
        let again = try Borderdesk.run(["append", "--lang", "en", file, "--force", "--jsonl"], stdin: Self.closed + #","id":"b3"}"# + "\n" + Self.closed + #","id":"b2"}"# + "\n")
        #expect(again.stderr == "borderdesk: not appended: standard input line 2: id \"b2\" is already in \(file) at line 2\n", "\(again.stderr)")
        #expect(lines(file).count == 2, "b3 was not written either")
    }

    /// Before, a byte that is not UTF-8 in a --field value became U+FFFD in the event file.
    @Test func argumentsThatAreNotUTF8AreRefusedWithTheByte() throws {
        let dir = TempDirectory()
        let file = dir.file("post.jsonl")
        // Arguments with raw bytes: made by the shell's printf (\377 is 0xFF).
        // Said before the arguments are parsed: in the language `--lang` names, else Indonesian.
        func append(_ field: String, _ lang: String = "") throws -> Borderdesk.Result {
            try Spawn.run(["sh", "-c", "exec \"$0\" append \"$1\" --type meeting.closed --post nunukan --field meeting=m1 \(field) --force \(lang)",
                           Borderdesk.binary, file])
        }
        let separate = try append(#"--field "note=$(printf 'caf\303\251 \377')""#)
        #expect(separate.status == 2)
        #expect(separate.stderr == "borderdesk: argumen 10 (nilai --field) bukan UTF-8: bita 0xFF tidak sah pada bita ke-12\n", "\(separate.stderr)")
        let english = try append(#"--field "note=$(printf 'caf\303\251 \377')""#, "--lang en")
        #expect(english.stderr == "borderdesk: argument 10 (the value of --field) is not UTF-8: invalid byte 0xFF at byte 12\n", "\(english.stderr)")
        let joined = try append(#""--field=note=$(printf 'a\300\200')""#, "--lang=en")
        #expect(joined.stderr == "borderdesk: argument 9 (--field) is not UTF-8: invalid byte 0xC0 at byte 15\n", "an overlong form: \(joined.stderr)")
        #expect(try append(#""--field=note=$(printf 'a\300\200')""#).stderr == "borderdesk: argumen 9 (--field) bukan UTF-8: bita 0xC0 tidak sah pada bita ke-15\n")
        #expect(!FileManager.default.fileExists(atPath: file))
        #expect(try append(#"--field "note=$(printf 'caf\303\251')""#).status == 0, "valid UTF-8 goes in")
    }

    @Test func standardInputThatIsNotUTF8IsRefusedWithTheByte() throws {
        let dir = TempDirectory()
        let file = dir.file("post.jsonl")
        let input = dir.file("input.json")
        _ = FileManager.default.createFile(atPath: input, contents: Data((Self.closed + #","note":"a"#).utf8) + Data([0xFF]) + Data(#""}"#.utf8))
        let json = try Spawn.run([Borderdesk.binary, "append", "--lang", "en", file, "--force", "--json"], stdinFile: input)
        #expect(json.stderr == "borderdesk: not appended: standard input is not UTF-8: invalid byte 0xFF at byte 67\n", "\(json.stderr)")
        let jsonl = try Spawn.run([Borderdesk.binary, "append", "--lang", "en", file, "--force", "--jsonl"], stdinFile: input)
        #expect(jsonl.stderr == "borderdesk: not appended: standard input line 1 is not UTF-8: invalid byte 0xFF at byte 67\n", "\(jsonl.stderr)")
        #expect(json.status == 2 && jsonl.status == 2)
        #expect(!FileManager.default.fileExists(atPath: file))
    }

    /// Before, 100 MB on standard input was read whole (411 MB resident) before being refused.
    /// Refused once past an event's 1 MiB: the writer of the 50 MB then finds the pipe closed.
    @Test func oversizedStandardInputIsRefusedAsItStreams() throws {
        let dir = TempDirectory()
        let file = dir.file("post.jsonl")
        for mode in ["--json", "--jsonl"] {
            let script = #"{ head -c 50000000 /dev/zero | tr '\0' a && echo "ALL WRITTEN" >&2; } | "$0" append --lang en "$1" "$2""#
            let r = try Spawn.run(["sh", "-c", script, Borderdesk.binary, file, mode])
            #expect(r.status == 2, "\(mode): \(r.stderr)")
            let expected = mode == "--json"
                ? "borderdesk: not appended: standard input is more than 1048576 bytes, the most an event may be (1 MiB)\n"
                : "borderdesk: not appended: standard input line 1 is longer than 1048576 bytes, the most an event may be (1 MiB)\n"
            #expect(r.stderr == expected, "\(mode): \(r.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: file))
        // An event of exactly the longest length, with room for its `prev` (74 bytes), still goes
        // in, and the line written with it is exactly the limit: every reader folds it.
        let prefix = #"{"id":"long-1","ts":"2024-11-20T12:00:00+08:00","type":"meeting.closed","post":"nunukan","meeting":"m1","note":""#
        let longest = prefix + String(repeating: "x", count: 1_048_576 - 74 - prefix.utf8.count - 2) + "\"}"
        let r = try Borderdesk.run(["append", "--lang", "en", file, "--force", "--jsonl"], stdin: longest + "\n")
        #expect(r.status == 0, "\(r.stderr)")
        let written = try String(contentsOfFile: file, encoding: .utf8)
        #expect(written.utf8.count == 1_048_576 + 1)
        #expect(written.hasPrefix(String(longest.dropLast())))
        let check = try Borderdesk.run(["check", "--lang", "en", file])
        #expect(check.status == 0, "\(check.stdout)")
        // One byte more is refused before anything is written: with its prev it would be over.
        let over = prefix + "x" + String(longest.dropFirst(prefix.utf8.count))
        let refused = try Borderdesk.run(["append", "--lang", "en", dir.file("other.jsonl"), "--force", "--jsonl"], stdin: over + "\n")
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("line limit"), "\(refused.stderr)")
    }
}

/// Configuration files (a checklist template here) that are not UTF-8 are refused with the
/// file, line and byte; before, the bad byte became U+FFFD in the appended checklist.
@Suite struct ConfigurationBytesTests {
    @Test func templateThatIsNotUTF8IsRefusedWithFileLineAndByte() throws {
        let dir = TempDirectory()
        let template = dir.file("t.toml")
        _ = FileManager.default.createFile(atPath: template, contents: Data("title = \"Operasi\"\n\n[[steps]]\nstep = \"a\"\ntitle = \"Cek".utf8) + Data([0xFF]) + Data("\"\n".utf8))
        let file = dir.file("post.jsonl")
        let r = try Borderdesk.run(["checklist", "start", template, "--op", "op-1", "--file", file, "--post", "nunukan", "--by", "duty-01"])
        #expect(r.status == 2)
        #expect(r.stderr == "borderdesk: templat: \(template):5: bukan teks UTF-8: bita 0xFF tidak sah pada bita ke-53 dalam berkas\n", "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: file))
    }
}

/// The operator's name from the environment when `--by` is not given.
@Suite struct OperatorNameTests {
    /// `USER` that is not UTF-8 became U+FFFD without a word: the checklist was signed
    /// "op\uFFFD", a name no account has. The name is passed over for the next (getlogin, uid).
    @Test func aUserNameThatIsNotUTF8IsNotSignedWithAReplacementCharacter() throws {
        let dir = TempDirectory()
        let file = dir.file("post.jsonl")
        let r = try Spawn.run(["sh", "-c", "USER=$(printf 'op\\377') exec \"$@\"", "sh", Borderdesk.binary,
                               "checklist", "start", "opgab-tunontaka", "--templates", Borderdesk.packageRoot + "/sample-data/checklists",
                               "--op", "op-1", "--file", file, "--post", "nunukan"])
        #expect(r.status == 0, "\(r.stderr)")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(!text.lowercased().contains("\\ufffd") && !text.contains("\u{FFFD}"), "\(text)")
        #expect(text.contains("\"by\":\"") && !text.contains("\"by\":\"\""), "\(text)")
    }
}
