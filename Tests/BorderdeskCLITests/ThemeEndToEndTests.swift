import BorderOps
import Foundation
import JSON
import TestSupport
import Testing

/// A theme that fails, NO_COLOR with --ascii, and LANG=C, in a real terminal (tmux).
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

