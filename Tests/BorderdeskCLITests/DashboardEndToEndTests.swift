import Foundation
import Testing

/// The real binary in a real terminal (tmux).
@Suite(.serialized) struct DashboardEndToEndTests {
    /// A copy of the sample day in a fresh directory, and the command that follows it.
    func setUp() throws -> (dir: TempDirectory, file: String) {
        let dir = TempDirectory()
        let file = dir.file("post.jsonl")
        try FileManager.default.copyItem(atPath: Borderdesk.packageRoot + "/sample-data/nunukan-2024-11-20.jsonl", toPath: file)
        return (dir, file)
    }

    func command(_ arguments: String) -> String {
        "cd \(Borderdesk.packageRoot) && \(Borderdesk.binary) \(arguments)"
    }

    @Test func firstScreenThenAnAppendFromAnotherProcessWithinOneSecond() throws {
        let (dir, file) = try setUp()
        _ = dir
        let tmux = try TmuxSession(command("run \(file)"))
        #expect(tmux.waitFor { $0.contains("KM. Thalia") && $0.contains("326/326") } != nil, "\(tmux.screen())")
        #expect(tmux.screen().contains("Operasi gabungan Timpora Pelabuhan Tunon Taka"))
        #expect(tmux.screen().contains("mengikuti"))
        let r = try Borderdesk.run(["append", file, "--type", "voyage.opened", "--post", "nunukan", "--field", "voyage=lambelu-1",
                                    "--field", "vessel=KM. Lambelu", "--field", "from=Nunukan", "--field", "to=Makassar",
                                    "--field", "departs=2024-11-21T18:00:00+08:00", "--field", "manifest=512"])
        #expect(r.status == 0)
        let seconds = tmux.waitFor(timeout: 3) { $0.contains("KM. Lambelu") && $0.contains("0/512") }
        #expect(seconds != nil && seconds! < 1.0, "appended event shown after \(seconds.map { "\($0) s" } ?? "never")")
        // Malformed lines are counted on the status line and listed with `b`.
        try "{\"id\":\"x\",\"oops\n".write(toFile: dir.file("bad.jsonl"), atomically: true, encoding: .utf8)
        let handle = FileHandle(forWritingAtPath: file)!
        handle.seekToEndOfFile()
        handle.write(Data("not json\n".utf8))
        try handle.close()
        #expect(tmux.waitFor(timeout: 2) { $0.contains("rusak 1 (b)") } != nil, "\(tmux.screen())")
        try tmux.keys("b")
        #expect(tmux.waitFor(timeout: 2) { $0.contains("post.jsonl:437: invalid JSON") } != nil, "\(tmux.screen())")
    }

    @Test func resizingRelaysOutAtOnce() throws {
        let (dir, file) = try setUp()
        _ = dir
        let tmux = try TmuxSession(command("run \(file)"))
        #expect(tmux.waitFor { $0.contains("326/326") } != nil)
        try tmux.resize(80, 24)
        #expect(tmux.waitFor(timeout: 2) { screen in
            screen.split(separator: "\n").contains { $0.contains("1 Pemeriksaan pelabuhan") && $0.contains("2 Operasi gabungan") }
                && screen.split(separator: "\n").count <= 24
        } != nil, "\(tmux.screen())")
        try tmux.resize(60, 20)
        #expect(tmux.waitFor(timeout: 2) { $0.contains("[1 Pemeriksaan pelabuhan]") } != nil, "\(tmux.screen())")
        try tmux.resize(30, 10)
        #expect(tmux.waitFor(timeout: 2) { $0.contains("Terminal terlalu kecil") && $0.contains("ada 30×10") && $0.contains("perlu 40×12") } != nil, "\(tmux.screen())")
        try tmux.resize(120, 35)
        #expect(tmux.waitFor(timeout: 2) { $0.contains("326/326") } != nil)
    }

    @Test func keysFocusHelpLanguageFilterAndQuitRestoresTheTerminal() throws {
        let (dir, file) = try setUp()
        _ = dir
        let tmux = try TmuxSession(command("run \(file)"))
        #expect(tmux.waitFor { $0.contains("▶ 1 Pemeriksaan") } != nil)
        #expect(tmux.display("#{alternate_on}") == "1")
        try tmux.keys("Tab")
        #expect(tmux.waitFor(timeout: 2) { $0.contains("▶ 2 Operasi gabungan") } != nil)
        try tmux.keys("4")
        #expect(tmux.waitFor(timeout: 2) { $0.contains("▶ 4 Desk penyelundupan") } != nil)
        try tmux.keys("BTab")
        #expect(tmux.waitFor(timeout: 2) { $0.contains("▶ 3 Timpora") } != nil)
        try tmux.keys("?")
        #expect(tmux.waitFor(timeout: 2) { $0.contains("Tombol") && $0.contains("bantuan ini") } != nil)
        let escaped = Date()
        try tmux.keys("Escape")
        #expect(tmux.waitFor(timeout: 2) { !$0.contains("bantuan ini") } != nil)
        #expect(Date().timeIntervalSince(escaped) < 0.5, "Esc acts at once (ESCDELAY 25 ms)")
        try tmux.keys("L")
        #expect(tmux.waitFor(timeout: 2) { $0.contains("Port checks") && $0.contains("Joint operations") } != nil)
        try tmux.keys("1", "/", "z", "z", "Enter")
        #expect(tmux.waitFor(timeout: 2) { $0.contains("No voyages yet") && $0.contains("/zz") } != nil, "\(tmux.screen())")
        try tmux.keys("Escape")
        #expect(tmux.waitFor(timeout: 2) { $0.contains("326/326") } != nil)
        try tmux.keys("Enter")
        #expect(tmux.waitFor(timeout: 2) { $0.contains("Latest checks") && $0.contains("p-0326") } != nil)
        try tmux.keys("q")
        #expect(tmux.waitFor(timeout: 3) { $0.contains("EXITED 0") } != nil, "\(tmux.screen())")
        #expect(tmux.display("#{alternate_on}") == "0", "the terminal is back on its normal screen")
        #expect(!tmux.screen().contains("Port checks"))
    }

    @Test func ctrlCQuitsCleanly() throws {
        let (dir, file) = try setUp()
        _ = dir
        let tmux = try TmuxSession(command("run \(file)"))
        #expect(tmux.waitFor { $0.contains("326/326") } != nil)
        try tmux.keys("C-c")
        #expect(tmux.waitFor(timeout: 3) { $0.contains("EXITED 0") } != nil, "\(tmux.screen())")
        #expect(tmux.display("#{alternate_on}") == "0")
    }

    /// `kill` (SIGTERM) also leaves the terminal as it was.
    @Test func terminateSignalRestoresTheTerminal() throws {
        let (dir, file) = try setUp()
        _ = dir
        let tmux = try TmuxSession(command("run \(file)"))
        #expect(tmux.waitFor { $0.contains("326/326") } != nil)
        #expect(tmux.display("#{alternate_on}") == "1")
        // Only the dashboard itself (the tmux server and the shell carry the same words).
        _ = try Spawn.run(["pkill", "-TERM", "-f", "^\(Borderdesk.binary) run \(file)"])
        #expect(tmux.waitFor(timeout: 3) { $0.contains("EXITED 0") } != nil, "\(tmux.screen())")
        #expect(tmux.display("#{alternate_on}") == "0")
    }

    /// Clear-screen, window title, OSC 52 clipboard, CR and backspace in event text change
    /// nothing but their own (escaped) text.
    @Test func hostileTextLeavesTitleClipboardAndScreenAlone() throws {
        let (dir, file) = try setUp()
        _ = dir
        let tmux = try TmuxSession(command("run \(file)"))
        #expect(tmux.waitFor { $0.contains("326/326") } != nil)
        let titleBefore = tmux.display("#{pane_title}")
        let hostile = #"{"id":"h-1","ts":"2024-11-21T08:00:00+08:00","type":"voyage.opened","post":"nunukan","voyage":"evil","vessel":"AB\u001b[2J\u001b]0;PWNED\u0007\u001b]52;c;cm0gLXJmIH4=\u0007\rXY\b\bZ","from":"Nunukan","to":"Tawau","departs":"2024-11-21T09:00:00+08:00","manifest":5}"#
        let r = try Borderdesk.run(["append", file, "--json"], stdin: hostile)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(tmux.waitFor(timeout: 2) { $0.contains("AB\\x1B[2J") } != nil, "\(tmux.screen())")
        let screen = tmux.screen()
        #expect(screen.contains("KM. Thalia"), "the rest of the screen is untouched")
        #expect(screen.contains("Borderdesk"))
        #expect(tmux.display("#{pane_title}") == titleBefore)
        #expect(!tmux.display("#{pane_title}").contains("PWNED"))
        let buffers = (try? tmux.tmux(["list-buffers"])) ?? ""
        #expect(buffers.isEmpty, "no OSC 52 clipboard write reached tmux: \(buffers)")
    }

    /// Standard input as the source (`kcat ... | borderdesk run -`); the keyboard still works.
    @Test func standardInputSourceAndKeyboard() throws {
        let (dir, file) = try setUp()
        _ = dir
        let tmux = try TmuxSession("cat \(file) | \(Borderdesk.binary) run - --lang en")
        #expect(tmux.waitFor { $0.contains("326/326") && $0.contains("stdin") } != nil, "\(tmux.screen())")
        try tmux.keys("q")
        #expect(tmux.waitFor(timeout: 3) { $0.contains("EXITED 0") } != nil, "\(tmux.screen())")
    }
}

@Suite(.serialized) struct ThemeEndToEndTests {
    /// A broken theme is named with file, line and key; the dashboard still runs (default theme).
    @Test func brokenThemeFileIsReported() throws {
        let dir = TempDirectory()
        let theme = dir.file("broken.toml")
        try "name = \"broken\"\ntext = \"default\"\nmuted = \"purple\"\n".write(toFile: theme, atomically: true, encoding: .utf8)
        let tmux = try TmuxSession("cd \(Borderdesk.packageRoot) && \(Borderdesk.binary) run sample-data --theme \(theme)")
        #expect(tmux.waitFor { $0.contains("326/326") && $0.contains("broken.toml:3: muted: \"purple\" is not a colour") } != nil, "\(tmux.screen())")
        try tmux.keys("t")
        #expect(tmux.waitFor(timeout: 2) { !$0.contains("broken.toml:3") } != nil)
        try tmux.keys("q")
        #expect(tmux.waitFor(timeout: 3) { $0.contains("EXITED 0") && $0.contains("borderdesk: theme: ") } != nil, "\(tmux.screen())")
    }

    @Test func noColorAndASCII() throws {
        let tmux = try TmuxSession("cd \(Borderdesk.packageRoot) && NO_COLOR=1 \(Borderdesk.binary) run sample-data --ascii")
        #expect(tmux.waitFor { $0.contains("326/326") && $0.contains("+-") && !$0.contains("┌") } != nil, "\(tmux.screen())")
        let styled = (try? tmux.tmux(["capture-pane", "-p", "-e", "-t", tmux.name])) ?? ""
        // Attributes (bold, dim, reverse, underline) and "default colour" only: no SGR colour.
        let parameters = styled.split(separator: "\u{1B}").compactMap { part -> [Int]? in
            guard part.hasPrefix("["), let end = part.firstIndex(of: "m") else { return nil }
            return part[part.index(after: part.startIndex)..<end].split(separator: ";").compactMap { Int($0) }
        }.flatMap { $0 }
        let colours = parameters.filter { (30...38).contains($0) || (40...48).contains($0) || (90...107).contains($0) }
        #expect(colours.isEmpty, "colour parameters under NO_COLOR: \(colours)")
        #expect(parameters.contains(7), "reverse still marks the selection")
        try tmux.keys("q")
    }
}
