import BorderOps
import Foundation
import JSON
import TestSupport
import Testing

/// The real binary in a real terminal (tmux). Over 300 lines: one suite, so that its sessions run
/// one at a time (`.serialized`) and share `setUp`.
@Suite(.serialized, .realTerminal) struct DashboardEndToEndTests {
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

    @Test(.realTerminal) func firstScreenThenAnAppendFromAnotherProcessIsShown() async throws {
        let (dir, file) = try setUp()
        _ = dir
        let tmux = try TmuxSession(command("run \(file)"))
        // All of the first screen waited for together: a frame goes to the terminal in several
        // writes, and a capture between two of them saw the voyage but not yet the status line.
        #expect(try await tmux.waitFor {
            $0.contains("KM. Thalia") && $0.contains("326/326") && $0.contains("Operasi gabungan Timpora Pelabuhan Tunon Taka") && $0.contains("mengikuti")
        } != nil, "\(tmux.shown)")
        let r = try Borderdesk.run(["append", file, "--type", "voyage.opened", "--post", "nunukan", "--field", "voyage=lambelu-1",
                                    "--field", "vessel=KM. Lambelu", "--field", "from=Nunukan", "--field", "to=Makassar",
                                    "--field", "departs=2024-11-21T18:00:00+08:00", "--field", "manifest=512"])
        #expect(r.status == 0)
        // Shown, not timed: how fast is the benchmarks' to say (Benchmarks/dashboard-latency.sh);
        // a bound here failed only when the suite's other tests loaded both cores.
        #expect(try await tmux.waitFor(timeout: 10) { $0.contains("KM. Lambelu") && $0.contains("0/512") } != nil, "\(tmux.shown)")
        // Malformed lines are counted on the status line and listed with `b`, the reason in Indonesian.
        try "{\"id\":\"x\",\"oops\n".write(toFile: dir.file("bad.jsonl"), atomically: true, encoding: .utf8)
        let handle = FileHandle(forWritingAtPath: file)!
        handle.seekToEndOfFile()
        handle.write(Data("not json\n".utf8))
        try handle.close()
        #expect(try await tmux.waitFor { $0.contains("rusak 1 (b)") } != nil, "\(tmux.shown)")
        try tmux.keys("b")
        #expect(try await tmux.waitFor { $0.contains("post.jsonl:437: JSON tidak sah") } != nil, "\(tmux.shown)")
    }

    /// The desk's daily figures typed into the form in a real terminal at 80×24: four events in
    /// the file, chained, the saved line on screen.
    @Test(.realTerminal) func todaysFiguresFormInARealTerminal() async throws {
        let (dir, file) = try setUp()
        _ = dir
        let tmux = try TmuxSession(command("run \(file) --operator imigrasi-07"), width: 80, height: 24)
        #expect(try await tmux.waitFor { $0.contains("Pemeriksaan pelabuhan") } != nil, "\(tmux.shown)")
        try tmux.keys("4")
        try tmux.keys("N")
        #expect(try await tmux.waitFor { $0.contains("Angka hari ini") } != nil, "\(tmux.shown)")
        try tmux.keys("Tab")
        try tmux.keys("Tab")
        for (n, figure) in ["4", "2", "1.326", "1"].enumerated() {
            try tmux.keys("-l", figure)
            if n < 3 { try tmux.keys("Tab") }
        }
        try tmux.keys("Enter")
        #expect(try await tmux.waitFor { $0.contains("Tersimpan: ") && $0.contains("imigrasi: patroli 4 · sambang 2") } != nil, "\(tmux.shown)")
        let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 439 && lines.suffix(4).allSatisfy { $0.contains("\"type\":\"kpi.reported\"") && $0.contains("\"agency\":\"imigrasi\"") })
        let verify = try Borderdesk.run(["verify", "--lang", "en", file])
        #expect(verify.status == 0 && verify.stdout.contains("4 carry prev"), "\(verify.stdout)")
    }

    @Test(.realTerminal) func resizingRelaysOutAtOnce() async throws {
        let (dir, file) = try setUp()
        _ = dir
        let tmux = try TmuxSession(command("run \(file)"))
        #expect(try await tmux.waitFor { $0.contains("326/326") } != nil)
        try tmux.resize(80, 24)
        #expect(try await tmux.waitFor { screen in
            screen.split(separator: "\n").contains { $0.contains("1 Pemeriksaan pelabuhan") && $0.contains("2 Operasi gabungan") }
                && screen.split(separator: "\n").count <= 24
        } != nil, "\(tmux.shown)")
        try tmux.resize(60, 20)
        #expect(try await tmux.waitFor { $0.contains("[1 Pemeriksaan pelabuhan]") } != nil, "\(tmux.shown)")
        try tmux.resize(30, 10)
        #expect(try await tmux.waitFor { $0.contains("Terminal terlalu kecil") && $0.contains("ada 30×10") && $0.contains("perlu 40×12") } != nil, "\(tmux.shown)")
        try tmux.resize(120, 35)
        #expect(try await tmux.waitFor { $0.contains("326/326") } != nil)
    }

    /// Esc acts at once; Ctrl-C quits and the terminal is back on its normal screen.
    @Test(.realTerminal) func ctrlCQuitsCleanly() async throws {
        let (dir, file) = try setUp()
        _ = dir
        let tmux = try TmuxSession(command("run \(file)"))
        #expect(try await tmux.waitFor { $0.contains("326/326") } != nil)
        #expect(tmux.display("#{alternate_on}") == "1")
        try tmux.keys("?")
        let opened = try await tmux.waitFor { $0.contains("Tombol") && $0.contains("bantuan ini") }
        #expect(opened != nil)
        try tmux.keys("Escape")
        let closed = try await tmux.waitFor { !$0.contains("bantuan ini") }
        #expect(closed != nil)
        // Esc acts at once (ESCDELAY 25 ms; ncurses' own is a second): no slower than `?` was
        // a moment before, so a loaded machine, slowing both, does not fail it.
        #expect((closed ?? .infinity) < (opened ?? 0) + 0.5, "Esc \(closed ?? -1) s, ? \(opened ?? -1) s")
        try tmux.keys("C-c")
        #expect(try await tmux.waitFor { $0.contains("EXITED 0") } != nil, "\(tmux.shown)")
        #expect(tmux.display("#{alternate_on}") == "0")
    }

    /// `kill` (SIGTERM) also leaves the terminal as it was.
    @Test(.realTerminal) func terminateSignalRestoresTheTerminal() async throws {
        let (dir, file) = try setUp()
        _ = dir
        let tmux = try TmuxSession(command("run \(file)"))
        #expect(try await tmux.waitFor { $0.contains("326/326") } != nil)
        #expect(tmux.display("#{alternate_on}") == "1")
        // Only the dashboard itself (the tmux server and the shell carry the same words).
        _ = try Spawn.run(["pkill", "-TERM", "-f", "^\(Borderdesk.binary) run \(file)"])
        #expect(try await tmux.waitFor { $0.contains("EXITED 0") } != nil, "\(tmux.shown)")
        #expect(tmux.display("#{alternate_on}") == "0")
    }

    /// A fatal signal (a Swift trap is SIGILL on this machine) leaves the terminal as it was:
    /// normal screen, cursor shown, keypad and mouse reporting off, line editing and echo back
    /// on. Sent with `kill`, as a trap inside the dashboard can no longer be caused from outside:
    /// the inputs that trapped (`--warn-departure` past Int64.max/60) are refused up front now.
    @Test(.realTerminal) func fatalSignalRestoresTheTerminalFirst() async throws {
        let (dir, file) = try setUp()
        let pidFile = dir.path + "/dashboard.pid"
        // The shell writes its pid, then becomes the dashboard; afterwards the terminal's modes are printed.
        let modes = "stty -a | tr ' ;' '\\n\\n' | grep -x -e -icanon -e icanon -e -echo -e echo | tr '\\n' ' '"
        let tmux = try TmuxSession("cd \(Borderdesk.packageRoot) && sh -c 'echo $$ > \(pidFile); exec \(Borderdesk.binary) run \(file)'; echo STATUS $?; \(modes); echo")
        #expect(try await tmux.waitFor { $0.contains("326/326") } != nil, "\(tmux.shown)")
        #expect(tmux.display("#{alternate_on} #{cursor_flag} #{keypad_flag} #{mouse_any_flag}") == "1 0 1 1")
        let pid = try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try Spawn.run(["kill", "-ILL", pid])
        // The Swift runtime's crash report follows on the restored screen, and may wait for a key.
        try await tmux.waitFor(timeout: 10) { $0.contains("EXITED") || $0.contains("Press space to interact") }
        if try !tmux.screen().contains("EXITED") { try tmux.keys("q") }
        #expect(try await tmux.waitFor(timeout: 10) { $0.contains("EXITED") } != nil, "\(tmux.shown)")
        #expect(try tmux.screen().contains("STATUS 132"), "died of SIGILL (128 + 4): \(tmux.shown)")
        #expect(try tmux.screen().contains("icanon echo"), "line editing and echo are back: \(tmux.shown)")
        #expect(tmux.display("#{alternate_on} #{cursor_flag} #{keypad_flag} #{mouse_any_flag}") == "0 1 0 0")
    }

    /// Clear-screen, window title, OSC 52 clipboard, CR and backspace in event text change
    /// nothing but their own (escaped) text.
    @Test(.realTerminal) func hostileTextLeavesTitleClipboardAndScreenAlone() async throws {
        let (dir, file) = try setUp()
        _ = dir
        let tmux = try TmuxSession(command("run \(file)"))
        #expect(try await tmux.waitFor { $0.contains("326/326") } != nil)
        let titleBefore = tmux.display("#{pane_title}")
        let hostile = #"{"id":"h-1","ts":"2024-11-21T08:00:00+08:00","type":"voyage.opened","post":"nunukan","voyage":"evil","vessel":"AB\u001b[2J\u001b]0;PWNED\u0007\u001b]52;c;cm0gLXJmIH4=\u0007\rXY\b\bZ","from":"Nunukan","to":"Tawau","departs":"2024-11-21T09:00:00+08:00","manifest":5}"#
        let r = try Borderdesk.run(["append", file, "--json"], stdin: hostile)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try await tmux.waitFor { $0.contains("AB\\x1B[2J") } != nil, "\(tmux.shown)")
        let screen = try tmux.screen()
        #expect(screen.contains("KM. Thalia"), "the rest of the screen is untouched")
        #expect(screen.contains("Borderdesk"))
        #expect(tmux.display("#{pane_title}") == titleBefore)
        #expect(!tmux.display("#{pane_title}").contains("PWNED"))
        let buffers = (try? tmux.tmux(["list-buffers"])) ?? ""
        #expect(buffers.isEmpty, "no OSC 52 clipboard write reached tmux: \(buffers)")
    }

    /// Standard input as the source (`kcat ... | borderdesk run -`); the keyboard still works.
    @Test(.realTerminal) func standardInputSourceAndKeyboard() async throws {
        let (dir, file) = try setUp()
        _ = dir
        let tmux = try TmuxSession("cat \(file) | \(Borderdesk.binary) run - --lang en")
        #expect(try await tmux.waitFor { $0.contains("326/326") && $0.contains("stdin") } != nil, "\(tmux.shown)")
        try tmux.keys("q")
        #expect(try await tmux.waitFor { $0.contains("EXITED 0") } != nil, "\(tmux.shown)")
    }
}

@Suite(.serialized, .realTerminal) struct ThemeEndToEndTests {
    /// A broken theme is named with file, line and key; the dashboard still runs (default theme).
    @Test(.realTerminal) func brokenThemeFileIsReported() async throws {
        let dir = TempDirectory()
        let theme = dir.file("broken.toml")
        try "name = \"broken\"\ntext = \"default\"\nmuted = \"purple\"\n".write(toFile: theme, atomically: true, encoding: .utf8)
        let tmux = try TmuxSession("cd \(Borderdesk.packageRoot) && \(Borderdesk.binary) run sample-data --theme \(theme)")
        #expect(try await tmux.waitFor { $0.contains("326/326") && $0.contains("tema: \(theme):3: muted: \"purple\" bukan warna") } != nil, "\(tmux.shown)")
        try tmux.keys("t")
        #expect(try await tmux.waitFor { !$0.contains("broken.toml:3") } != nil)
        try tmux.keys("q")
        #expect(try await tmux.waitFor { $0.contains("EXITED 0") && $0.contains("borderdesk: tema: ") } != nil, "\(tmux.shown)")
    }

    @Test(.realTerminal) func noColorAndASCII() async throws {
        let tmux = try TmuxSession("cd \(Borderdesk.packageRoot) && NO_COLOR=1 \(Borderdesk.binary) run sample-data --ascii")
        #expect(try await tmux.waitFor { $0.contains("326/326") && $0.contains("+-") && !$0.contains("┌") } != nil, "\(tmux.shown)")
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

    /// A locale without UTF-8: only ASCII on the terminal (no vanished marks, no stray border
    /// bytes), severity and state still in words, at 80×24; the operation and help too.
    @Test(.realTerminal) func langCShowsOnlyASCII() async throws {
        let tmux = try TmuxSession("cd \(Borderdesk.packageRoot) && LANG=C LC_ALL=C \(Borderdesk.binary) run sample-data", width: 80, height: 24)
        let overview = try await tmux.waitFor { $0.contains("326/326") && $0.contains("+-") }
        #expect(overview != nil, "\(tmux.shown)")
        #expect(try tmux.screen().allSatisfy { $0.isASCII }, "\(tmux.shown)")
        #expect(try tmux.screen().contains("Daftar periksa 21/21 (+20 -1)"), "\(tmux.shown)")
        try tmux.keys("2", "Enter")
        #expect(try await tmux.waitFor { $0.contains("Surat perintah") } != nil, "\(tmux.shown)")
        #expect(try tmux.screen().allSatisfy { $0.isASCII }, "\(tmux.shown)")
        try tmux.keys("?")
        #expect(try await tmux.waitFor { $0.contains("Esc") && $0.contains("langkah terakhir") } != nil, "\(tmux.shown)")
        #expect(try tmux.screen().allSatisfy { $0.isASCII }, "\(tmux.shown)")
        try tmux.keys("Escape", "q")
    }
}

/// Operators at a joint operation: two terminals on one file, failures, and two operators at once.
@Suite(.serialized) struct OperatorEndToEndTests {
    func setUp() throws -> (dir: TempDirectory, file: String) {
        let dir = TempDirectory()
        let file = dir.file("post.jsonl")
        try FileManager.default.copyItem(atPath: Borderdesk.packageRoot + "/sample-data/nunukan-2024-11-20.jsonl", toPath: file)
        return (dir, file)
    }

    /// The row of step `title` on a screen.
    func row(_ screen: String, _ title: String) -> String {
        screen.split(separator: "\n").first { $0.contains(title) }.map(String.init) ?? ""
    }

    @Test(.realTerminal) func twoDashboardsOnOneFileSeeEachOthersMarks() async throws {
        let (dir, file) = try setUp()
        _ = dir
        let a = try TmuxSession("cd \(Borderdesk.packageRoot) && \(Borderdesk.binary) run \(file) --operator imigrasi-07")
        let b = try TmuxSession("cd \(Borderdesk.packageRoot) && \(Borderdesk.binary) run \(file) --operator imigrasi-08 --read-only")
        for t in [a, b] {
            #expect(try await t.waitFor { $0.contains("326/326") } != nil)
            try t.keys("2", "Enter")
            #expect(try await t.waitFor { $0.contains("Kapal dan manifes dikonfirmasi") } != nil, "\(t.shown)")
        }
        #expect(try b.screen().contains("HANYA BACA"))
        let step = "Kapal dan manifes dikonfirmasi"
        // Undo on A: the step is open again on both, and B marks it as the next one.
        try a.keys("j", "u")
        #expect(try await b.waitFor { row($0, step).contains("○") && row($0, step).contains("BERIKUTNYA") } != nil, "\(b.shown)")
        // Skip with a reason.
        try a.keys("s")
        try a.tmux(["send-keys", "-t", a.name, "-l", "kapal terlambat"])
        try a.keys("Enter")
        #expect(try await b.waitFor { row($0, step).contains("–") && row($0, step).contains("kapal terlambat") && row($0, step).contains("imigrasi-07") } != nil, "\(b.shown)")
        // Done.
        try a.keys("Space")
        #expect(try await b.waitFor { row($0, step).contains("✓") && !row($0, step).contains("kapal terlambat") } != nil, "\(b.shown)")
        // The read-only terminal writes nothing and says so.
        try b.keys("u")
        #expect(try await b.waitFor { $0.contains("Terminal hanya baca: input dimatikan") } != nil, "\(b.shown)")
        let check = try Borderdesk.run(["check", "--lang", "en", file])
        #expect(check.stdout.hasPrefix("438 lines: 438 valid"), "\(check.stdout)")
        // The operator's three events carry prev and chain from the file as it stood.
        let verify = try Borderdesk.run(["verify", "--lang", "en", file])
        #expect(verify.status == 0 && verify.stdout.contains("438 lines, 3 carry prev"), "\(verify.stdout)")
    }

    /// Two operators mark the same step at the same moment: both events land, the later one in
    /// the file wins.
    @Test func concurrentOperatorsOnOneStep() throws {
        let (dir, file) = try setUp()
        let states = ["done", "skipped"]
        var inputs: [String] = []
        for (w, state) in states.enumerated() {
            let lines = (0..<200).map { _ in
                #"{"type":"checklist.step","post":"nunukan","by":"operator-\#(w)","checklist":"cl-opgab-tunontaka-20241120","step":"c13","state":"\#(state)","note":"x"}"#
            }.joined(separator: "\n") + "\n"
            let input = dir.file("ops-\(w).jsonl.in")
            try lines.write(toFile: input, atomically: true, encoding: .utf8)
            inputs.append(input)
        }
        let script = inputs.map { "\(Borderdesk.binary) append \(file) --jsonl < \($0) &" }.joined(separator: "\n") + "\nwait\n"
        #expect(try Spawn.run(["sh", "-c", script]).status == 0)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let marks = text.split(separator: "\n").filter { $0.contains("\"step\":\"c13\"") && $0.contains("operator-") }
        #expect(marks.count == 400, "every mark landed")
        let last = marks.last!.contains("\"state\":\"done\"") ? "done" : "skipped"
        let summary = try StrictJSONParser.parse(try Borderdesk.run(["summary", file, "--json"]).stdout)
        guard case .array(let checklists)? = summary["checklists"], let cl = checklists.first else { Issue.record("no checklist"); return }
        #expect(cl["done"] == .number(JSONNumber(last == "done" ? 21 : 20)))
        #expect(cl["skipped"] == .number(JSONNumber(last == "skipped" ? 1 : 0)))
        // Two appenders at once, each batch in one locked write: the chain holds across them.
        let verify = try Borderdesk.run(["verify", "--lang", "en", file])
        #expect(verify.status == 0 && verify.stdout.contains("835 lines, 400 carry prev"), "\(verify.stdout)")
    }
}

@Suite(.serialized) struct DemoEndToEndTests {
    /// A demo at --speed max ends with the same summary as folding its scenario directly.
    @Test(.realTerminal) func demoAtMaxSpeedEndsWithTheScenariosSummary() async throws {
        let dir = TempDirectory()
        let out = dir.file("replay")
        let tmux = try TmuxSession("cd \(Borderdesk.packageRoot) && \(Borderdesk.binary) demo nunukan --speed max --out \(out)")
        #expect(try await tmux.waitFor(timeout: 10) { $0.contains("435/435") && $0.contains("Selesai") } != nil, "\(tmux.shown)")
        // The caption counts what the replayer appended; the panes show what the follower has
        // read back, a moment later: wait for that too.
        #expect(try await tmux.waitFor { $0.contains("LATIHAN / EXERCISE") && $0.contains("326/326") } != nil, "\(tmux.shown)")
        try tmux.keys("q")
        #expect(try await tmux.waitFor { $0.contains("EXITED 0") } != nil)
        let files = try demoFiles(in: out)
        try #require(files.count == 1, "\(files)")
        let replayed = try Borderdesk.run(["summary", files[0], "--json"])
        let direct = try Borderdesk.run(["summary", Borderdesk.packageRoot + "/sample-data/nunukan-2024-11-20.jsonl", "--json"])
        #expect(replayed.stdout == direct.stdout)
        let lines = try String(contentsOfFile: files[0], encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 435 && lines.allSatisfy { $0.contains("\"exercise\":true") }, "demo data is exercise data")
        let verify = try Borderdesk.run(["verify", "--lang", "en", files[0]])
        #expect(verify.status == 0 && verify.stdout.contains("435 lines, 435 carry prev"), "the replay keeps the chain: \(verify.stdout)")
    }

    /// The demo's event files in `folder`, oldest first.
    private func demoFiles(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { $0.hasPrefix("demo-") && $0.hasSuffix(".jsonl") }.sorted().map { folder + "/" + $0 }
    }

    @Test func listNamesTheScenarios() throws {
        let r = try Borderdesk.run(["demo", "--list"], in: Borderdesk.packageRoot)
        #expect(r.status == 0)
        for name in ["nunukan-2024-11-20", "tawau-ferry-morning", "tarakan-2025-06", "desk-2025-q3"] {
            #expect(r.stdout.contains(name))
        }
    }
}
