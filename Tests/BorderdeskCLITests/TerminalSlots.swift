import Foundation
import Testing

/// How many tests with real terminals (tmux sessions, each with a dashboard in a debug build)
/// run at once: without a limit all of them start together and the dashboards starve each
/// other of the two cores until their waits time out. A slot is held for a whole test, so a
/// test with two sessions (or one after another) cannot wait on itself.
enum TerminalSlots {
    static let free = DispatchSemaphore(value: 3)

    /// Whether the running test holds a slot (`TmuxSession` requires it).
    @TaskLocal static var held = false
}

/// `@Test(.realTerminal)`: the test runs on a thread of its own (`DedicatedThreadExecutor`)
/// holding one of the `TerminalSlots`. The slot is taken and given back on that thread: the
/// runner's threads, busy with in-process tests, are needed neither to start the test once a
/// slot is free nor to free the slot when it ends.
/// `@Suite(.serialized, .realTerminal)`: the whole suite runs on a thread of its own, so its
/// tests follow each other at once instead of each waiting for a runner's thread to start.
struct RealTerminalTrait: TestTrait, SuiteTrait, TestScoping {
    func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void) async throws {
        let executor = DedicatedThreadExecutor(name: test.name)
        defer { executor.shutdown() }
        if test.isSuite {
            try await withTaskExecutorPreference(executor) { try await function() }
            return
        }
        try await withTaskExecutorPreference(executor) {
            TerminalSlots.free.wait()
            defer { TerminalSlots.free.signal() }
            try await TerminalSlots.$held.withValue(true) { try await function() }
        }
    }
}

extension Trait where Self == RealTerminalTrait {
    static var realTerminal: Self { Self() }
}
