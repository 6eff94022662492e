import BorderOps
import Foundation
import JSON
import TestSupport
import Testing

/// The real binary in a real terminal (tmux), one suite, so that its sessions run
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
        let tmux = try TmuxSession(command("run \(file) --all-rows"))
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

    /// A post's file of a past day (a copy of the sample): what is open and today's is listed,
    /// the closed voyage of 2024 is not and the pane says where it is; `h` lists it. The bundled
    /// sample itself opens with every row (the theme tests run on it).
    @Test(.realTerminal) func aPastDayOpensWithWhatIsOpenAndHListsTheRest() async throws {
        let (dir, file) = try setUp()
        _ = dir
        let tmux = try TmuxSession(command("run \(file) --read-only"), width: 120, height: 35)
        #expect(try await tmux.waitFor {
            $0.contains("Tidak ada yang terbuka atau hari ini · h: semua baris") && $0.contains("0 dari 1 terbuka & hari ini") && !$0.contains("326/326")
        } != nil, "\(tmux.shown)")
        // The meeting is closed, but three of its actions are still open: it stays.
        #expect(try tmux.screen().contains("3 Timpora · 1 ─"), "\(tmux.shown)")
        try tmux.keys("h")
        #expect(try await tmux.waitFor { $0.contains("KM. Thalia") && $0.contains("326/326") } != nil, "\(tmux.shown)")
        try tmux.keys("q")
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
        let tmux = try TmuxSession(command("run \(file) --all-rows"))
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
        let tmux = try TmuxSession(command("run \(file) --all-rows"))
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
        let tmux = try TmuxSession(command("run \(file) --all-rows"))
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
        let tmux = try TmuxSession("cd \(Borderdesk.packageRoot) && sh -c 'echo $$ > \(pidFile); exec \(Borderdesk.binary) run \(file) --all-rows'; echo STATUS $?; \(modes); echo")
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
        let tmux = try TmuxSession(command("run \(file) --all-rows"))
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
        let tmux = try TmuxSession("cat \(file) | \(Borderdesk.binary) run - --all-rows --lang en")
        #expect(try await tmux.waitFor { $0.contains("326/326") && $0.contains("stdin") } != nil, "\(tmux.shown)")
        try tmux.keys("q")
        #expect(try await tmux.waitFor { $0.contains("EXITED 0") } != nil, "\(tmux.shown)")
    }
}
