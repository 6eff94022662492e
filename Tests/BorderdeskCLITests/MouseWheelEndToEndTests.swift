import Foundation
import TestSupport
import Testing

/// The mouse in a real terminal (tmux, `TERM=tmux-256color`, whose mouse reports are `ESC [ M`
/// and three bytes): a wheel notch down moves the selection as ↓ does, a notch up as ↑; the
/// terminal is asked for the mouse only while a list is shown (tmux's pane flags say what the
/// program asked for), so in a detail view and after `M` a drag selects text.
@Suite(.serialized, .realTerminal) struct MouseWheelEndToEndTests {
    /// A wheel notch at column 10, row 10 (the report's bytes: button, then x and y plus 33).
    static func notch(up: Bool) -> [String] { ["-H", "1b", "5b", "4d", up ? "60" : "61", "2a", "2a"] }

    /// The voyages pane's selected row on `screen`.
    static func selected(_ screen: String) -> String {
        screen.split(separator: "\n").first { $0.contains("▶") && $0.contains("KM.") }.map(String.init) ?? ""
    }

    @Test(.realTerminal) func theWheelMovesTheSelection() async throws {
        let dir = TempDirectory()
        let file = dir.file("post.jsonl")
        var sample = try String(contentsOfFile: Borderdesk.packageRoot + "/sample-data/nunukan-2024-11-20.jsonl", encoding: .utf8)
        for (n, vessel) in ["KM. Egon", "KM. Lambelu"].enumerated() {
            sample += #"{"id":"w-v\#(n)","ts":"2024-11-20T13:0\#(n):00+08:00","type":"voyage.opened","post":"nunukan","voyage":"w\#(n)","vessel":"\#(vessel)","from":"Nunukan","to":"Tarakan","departs":"2024-11-2\#(n + 1)T20:00:00+08:00","manifest":120}"# + "\n"
        }
        try sample.write(toFile: file, atomically: true, encoding: .utf8)
        let tmux = try TmuxSession("cd \(Borderdesk.packageRoot) && \(Borderdesk.binary) run \(file) --all-rows", width: 80, height: 24)
        #expect(try await tmux.waitFor { $0.contains("KM. Egon") && $0.contains("KM. Lambe") } != nil, "\(tmux.shown)")
        func wheel(up: Bool) throws { _ = try tmux.tmux(["send-keys", "-t", tmux.name] + Self.notch(up: up)) }
        let first = Self.selected(try tmux.screen())
        #expect(!first.isEmpty, "\(tmux.shown)")
        try wheel(up: false)
        #expect(try await tmux.waitFor { let row = Self.selected($0); return row != first && !row.isEmpty } != nil, "\(tmux.shown)")
        let second = Self.selected(try tmux.screen())
        try wheel(up: false)
        #expect(try await tmux.waitFor { let row = Self.selected($0); return row != second && row != first && !row.isEmpty } != nil, "\(tmux.shown)")
        try wheel(up: true)
        try wheel(up: true)
        #expect(try await tmux.waitFor { Self.selected($0) == first } != nil, "back to the first: \(tmux.shown)")
        try tmux.keys("q")
    }

    /// What the program asked tmux for: whether it reports the mouse (any mode), then whether
    /// the status line says a drag selects text.
    static func reporting(_ tmux: TmuxSession) -> Bool {
        ["mouse_standard_flag", "mouse_button_flag", "mouse_any_flag"].contains { tmux.display("#{\($0)}") == "1" }
    }

    @Test(.realTerminal) func theMouseIsAskedForOnlyWhereItIsUsed() async throws {
        let tmux = try TmuxSession("cd \(Borderdesk.packageRoot) && \(Borderdesk.binary) run sample-data/nunukan-2024-11-20.jsonl", width: 80, height: 24)
        #expect(try await tmux.waitFor { $0.contains("KM. Thal") } != nil, "\(tmux.shown)")
        let selectText = "tetikus: pilih teks"
        func waitReporting(_ on: Bool) async throws -> Bool {
            try await tmux.waitFor { screen in Self.reporting(tmux) == on && screen.contains(selectText) == !on } != nil
        }
        #expect(try await waitReporting(true), "the panes: \(tmux.shown)")
        try tmux.keys("d")
        #expect(try await waitReporting(false), "a detail view: \(tmux.shown)")
        try tmux.keys("Escape")
        #expect(try await waitReporting(true), "back to the panes: \(tmux.shown)")
        try tmux.keys("M")
        #expect(try await waitReporting(false), "after M: \(tmux.shown)")
        try tmux.keys("M")
        #expect(try await waitReporting(true), "after M again: \(tmux.shown)")
        try tmux.keys("q")
        #expect(try await tmux.waitFor { $0.contains("EXITED 0") } != nil, "\(tmux.shown)")
    }
}
