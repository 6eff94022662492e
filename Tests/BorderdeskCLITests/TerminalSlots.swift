import Testing

/// How many tests with real terminals (tmux sessions, each with a dashboard in a debug build)
/// run at once. Their waits use `Task.sleep`, so without a limit all of them start together,
/// the dashboards starve each other of the two cores and their waits time out; with it they
/// take turns while the in-process tests use the runner's threads. A slot is held for a whole
/// test, so a test with two sessions (or one after another) cannot wait on itself.
actor TerminalSlots {
    static let shared = TerminalSlots(limit: 3)

    /// Whether the running test holds a slot (`TmuxSession` requires it).
    @TaskLocal static var held = false

    private var free: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(limit: Int) { free = limit }

    func acquire() async {
        if free > 0 {
            free -= 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func release() {
        if waiting.isEmpty { free += 1 } else { waiting.removeFirst().resume() }
    }
}

/// `@Test(.realTerminal)`: the test runs holding one of the `TerminalSlots`.
struct RealTerminalTrait: TestTrait, TestScoping {
    func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void) async throws {
        await TerminalSlots.shared.acquire()
        do {
            try await TerminalSlots.$held.withValue(true) { try await function() }
        } catch {
            await TerminalSlots.shared.release()
            throw error
        }
        await TerminalSlots.shared.release()
    }
}

extension Trait where Self == RealTerminalTrait {
    static var realTerminal: Self { Self() }
}
