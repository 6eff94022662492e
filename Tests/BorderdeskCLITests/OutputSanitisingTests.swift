import BorderOps
import Foundation
import SafeText
import TestSupport
import Testing

/// Every line the program prints, to standard output or error, goes through the one sanitiser:
/// a byte that came from a file, an argument or a config never reaches the terminal raw.
@Suite struct OutputSanitisingTests {
    static let hostile = "x\u{1B}]0;PWNED\u{07}\u{2060}y"
    static let hostileShown = #"x\x1B]0;PWNED\x07\u{2060}y"#

    /// Nothing a terminal would act on or hide: no scalar the sanitiser escapes, but line breaks.
    func expectInert(_ text: String, _ comment: Comment? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
        let raw = text.unicodeScalars.filter { $0 != "\n" && DisplayText.needsEscape($0) }
        #expect(raw.isEmpty, "raw U+\(raw.map { String($0.value, radix: 16) }) \(comment?.description ?? "")", sourceLocation: sourceLocation)
    }

    @Test func theArgumentParsersMessagesAreEscaped() throws {
        let r = try Borderdesk.run(["check", "--lang", "en", "--\(Self.hostile)", "x"])
        #expect(r.status == 64)
        expectInert(r.stderr)
        #expect(r.stderr.contains("unknown option '--\(Self.hostileShown)'"), "\(r.stderr)")
    }

    @Test func anUnreadablePathIsEscaped() throws {
        let r = try Borderdesk.run(["summary", "/nonexistent/\(Self.hostile)"])
        #expect(r.status != 0)
        expectInert(r.stderr)
        #expect(r.stderr.contains("/nonexistent/\(Self.hostileShown)"), "\(r.stderr)")
    }

    @Test func aTemplatesTitleAndItsErrorsAreEscaped() throws {
        let dir = TempDirectory()
        let template = dir.file("t.toml")
        try "title = \"Apel \\u001B]0;PWNED\\u0007 pagi\"\nkind = \"operation\"\n[[steps]]\nstep = \"s1\"\ntitle = \"Satu\"\n"
            .write(toFile: template, atomically: true, encoding: .utf8)
        let started = try Borderdesk.run(["checklist", "start", template, "--op", "op1", "--file", dir.file("e.jsonl"), "--post", "p"])
        #expect(started.status == 0, "\(started.stderr)")
        expectInert(started.stdout)
        #expect(started.stdout.contains(#"Apel \x1B]0;PWNED\x07 pagi"#), "\(started.stdout)")

        let broken = dir.file("b.toml")
        try "title = \"ok\"\nkind = \"operation\"\n[[steps]]\nstep = \"s\u{1B}[2J\"\n".write(toFile: broken, atomically: true, encoding: .utf8)
        let refused = try Borderdesk.run(["checklist", "start", broken, "--op", "op1", "--file", dir.file("e.jsonl"), "--post", "p"])
        #expect(refused.status != 0)
        expectInert(refused.stderr)
    }

    /// The TOML library's message quotes the character it saw with its own escape; it is turned
    /// back first, so the one sanitiser shows it once (`\x1B`, not `\\u001B`).
    @Test func aTOMLSyntaxErrorQuotesTheCharacterEscapedOnce() throws {
        let dir = TempDirectory()
        try "ti\u{1B}tle = 1\n".write(toFile: dir.file("t.toml"), atomically: true, encoding: .utf8)
        // English from the person's settings file (`checklist start` takes no --lang).
        try FileManager.default.createDirectory(atPath: dir.file("xdg/borderdesk"), withIntermediateDirectories: true)
        try "language = \"en\"\n".write(toFile: dir.file("xdg/borderdesk/config.toml"), atomically: true, encoding: .utf8)
        let r = try Spawn.run(["env", "XDG_CONFIG_HOME=\(dir.path)/xdg", Borderdesk.binary,
                               "checklist", "start", dir.file("t.toml"), "--op", "o", "--file", dir.file("e.jsonl"), "--post", "p"])
        #expect(r.status != 0)
        expectInert(r.stderr)
        #expect(r.stderr.contains(#"saw '\x1B'"#), "\(r.stderr)")
        // In Indonesian the parser's English is left out: the file, line and column remain.
        let indonesian = try Borderdesk.run(["checklist", "start", dir.file("t.toml"), "--op", "o", "--file", dir.file("e.jsonl"), "--post", "p"])
        #expect(indonesian.stderr == "borderdesk: templat: \(dir.file("t.toml")):1: kolom 3: TOML tidak sah\n")
    }

    /// A value that begins with a combining mark is still key=value, and a long argument is
    /// quoted shortly. (`--force`: the meeting is never opened, and is not the point.)
    @Test func fieldArgumentsSplitOnTheEqualsSign() throws {
        let dir = TempDirectory()
        let file = dir.file("e.jsonl")
        let ok = try Borderdesk.run(["append", file, "--force", "--type", "meeting.closed", "--post", "p", "--field", "meeting=m1", "--field", "note=\u{301}x"])
        #expect(ok.status == 0, "\(ok.stderr)")
        let bad = try Borderdesk.run(["append", file, "--type", "meeting.closed", "--post", "p", "--field", String(repeating: "k", count: 5_000)])
        #expect(bad.status == 2)
        #expect(bad.stderr.count < 200, "\(bad.stderr.prefix(300))")
    }

    @Test func demoListEscapesCaptionTitles() throws {
        let dir = TempDirectory()
        try "title = \"Latihan \\u001B[2J\\u202Eevil\"\n".write(toFile: dir.file("x.captions.toml"), atomically: true, encoding: .utf8)
        try "".write(toFile: dir.file("x.jsonl"), atomically: true, encoding: .utf8)
        let r = try Borderdesk.run(["demo", "--list", "--scenarios", dir.path])
        #expect(r.status == 0, "\(r.stderr)")
        expectInert(r.stdout)
        #expect(r.stdout.contains(#"x  Latihan \x1B[2J\u{202E}evil"#), "\(r.stdout)")
    }

    /// `check` quotes at most a few dozen characters of a value, however long the value.
    @Test func checkQuotesAMillionDigitNumberShortly() throws {
        let line = #"{"id":"n","ts":"2024-11-20T13:00:00+08:00","type":"kpi.reported","post":"p","date":"2024-11-20","agency":"a","metric":"patrol","count":"#
            + String(repeating: "9", count: 1_000_000) + "}"
        let r = try Borderdesk.run(["check", "--lang", "en", "-"], stdin: line + "\n")
        #expect(r.status == 1)
        let first = try #require(r.stdout.split(separator: "\n").first)
        #expect(first.count < 160, "\(first.prefix(200))")
        #expect(first.contains("…"))
    }

    /// A theme's errors are printed after the dashboard quits: escaped like everything else.
    @Test(.realTerminal) func themeErrorsAfterTheDashboardAreEscaped() async throws {
        let dir = TempDirectory()
        let file = dir.file("post.jsonl")
        try FileManager.default.copyItem(atPath: Borderdesk.packageRoot + "/sample-data/nunukan-2024-11-20.jsonl", toPath: file)
        let errors = dir.file("stderr.txt")
        let tmux = try TmuxSession("cd \(Borderdesk.packageRoot) && \(Borderdesk.binary) run \(file) --all-rows --theme \"$(printf 'th\\033]0;PWNED\\007eme')\" 2>\(errors)")
        #expect(try await tmux.waitFor { $0.contains("326/326") } != nil, "\(tmux.shown)")
        try tmux.keys("q")
        #expect(try await tmux.waitFor { $0.contains("EXITED 0") } != nil, "\(tmux.shown)")
        let printed = try String(contentsOfFile: errors, encoding: .utf8)
        #expect(printed.contains(#"th\x1B]0;PWNED\x07eme"#), "\(printed)")
        expectInert(printed)
    }
}
