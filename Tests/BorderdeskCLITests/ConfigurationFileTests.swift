import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Configuration files (posts, templates, themes) that are not small regular files: a named
/// pipe waited for a writer forever, `/dev/zero` grew the process until it aborted. Run under
/// `timeout`, so the old behaviour ends with status 124 instead of freezing the suite.
@Suite struct ConfigurationFileTests {
    @Test func aPostsFileThatIsNotARegularFileIsRefusedAtOnce() throws {
        let dir = TempDirectory()
        let fifo = dir.file("posts.toml")
        #expect(mkfifo(fifo, 0o600) == 0)
        let pipe = try Spawn.run(["timeout", "10", Borderdesk.binary, "alerts", "--lang", "en", "--posts", fifo])
        #expect(pipe.status == 2, "\(pipe.stderr)")
        #expect(pipe.stderr == "borderdesk: posts file \(fifo): is a named pipe (FIFO), not a regular file\n")

        let zero = try Spawn.run(["timeout", "10", Borderdesk.binary, "alerts", "--lang", "en", "--posts", "/dev/zero"])
        #expect(zero.status == 2, "\(zero.stderr)")
        #expect(zero.stderr == "borderdesk: posts file /dev/zero: is a character device, not a regular file\n")
        let indonesian = try Spawn.run(["timeout", "10", Borderdesk.binary, "alerts", "--lang", "id", "--posts", "/dev/zero"])
        #expect(indonesian.stderr == "borderdesk: berkas pos /dev/zero: berupa perangkat karakter, bukan berkas biasa\n")
    }

    @Test func aConfigurationFileOverOneMebibyteIsRefused() throws {
        let dir = TempDirectory()
        let big = dir.file("posts.toml")
        try Data(repeating: UInt8(ascii: "#"), count: (1 << 20) + 1).write(to: URL(fileURLWithPath: big))
        let r = try Spawn.run(["timeout", "10", Borderdesk.binary, "alerts", "--lang", "en", "--posts", big])
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr == "borderdesk: posts file \(big): larger than 1 MiB, too large for a configuration file\n")
        let indonesian = try Spawn.run(["timeout", "10", Borderdesk.binary, "alerts", "--lang", "id", "--posts", big])
        #expect(indonesian.stderr == "borderdesk: berkas pos \(big): lebih dari 1 MiB, terlalu besar untuk berkas konfigurasi\n")
    }

    @Test func aNamedPipeAsAChecklistTemplateIsRefusedAtOnce() throws {
        let dir = TempDirectory()
        let fifo = dir.file("pipe.toml")
        #expect(mkfifo(fifo, 0o600) == 0)
        let r = try Spawn.run(["timeout", "10", Borderdesk.binary, "checklist", "start", "pipe", "--templates", dir.path,
                               "--op", "op-1", "--file", dir.file("ops.jsonl"), "--post", "nunukan", "--by", "t"])
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr == "borderdesk: templat: \(fifo): berupa pipa bernama (FIFO), bukan berkas biasa\n")
        #expect(!FileManager.default.fileExists(atPath: dir.file("ops.jsonl")))
    }

    /// `run` reads every theme and template before it looks for a terminal: with a named pipe
    /// among them it never got that far. Now it does (and stops there: no terminal in a test).
    @Test func aNamedPipeAmongThemesOrTemplatesDoesNotStopRun() throws {
        let dir = TempDirectory()
        #expect(mkfifo(dir.file("pipe.toml"), 0o600) == 0)
        for option in ["--themes-dir", "--templates"] {
            // setsid: no controlling terminal, even when the suite runs in one.
            let r = try Spawn.run(["setsid", "-w", "timeout", "10", Borderdesk.binary, "run", "--lang", "en", option, dir.path, "--posts", Borderdesk.packageRoot + "/sample-data/posts.toml"],
                                  stdinFile: "/dev/null")
            #expect(r.status != 124, "\(option): \(r.stderr)")
            #expect(r.stderr.contains("no terminal"), "\(option): \(r.stderr)")
        }
    }
}
