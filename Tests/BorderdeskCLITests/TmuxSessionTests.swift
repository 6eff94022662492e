import Testing

/// The terminal tests' own helper: a screen tmux cannot capture is an error, so a wait for
/// text to go away fails instead of passing on an empty capture.
@Suite struct TmuxSessionTests {
    @Test(.realTerminal) func aSessionThatIsGoneHasNoScreen() async throws {
        let tmux = try TmuxSession("echo here")
        #expect(try await tmux.waitFor { $0.contains("EXITED 0") } != nil, "\(tmux.shown)")
        try tmux.tmux(["kill-server"])
        #expect(throws: TmuxSession.CaptureFailed.self) { try tmux.screen() }
        await #expect(throws: TmuxSession.CaptureFailed.self) { try await tmux.waitFor(timeout: 1) { !$0.contains("here") } }
    }
}
