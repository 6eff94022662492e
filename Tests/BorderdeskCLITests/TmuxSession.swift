import Foundation
import TestSupport

/// A real terminal for end-to-end tests: a tmux server of our own (its own socket), one
/// window of a given size, keys sent with `send-keys`, the screen read with `capture-pane`.
/// `@unchecked Sendable`: every stored property is a constant (the cache folder is only
/// deleted on deinit), so `waitFor`'s polling thread may hold it.
final class TmuxSession: @unchecked Sendable {
    let socket = "borderdesk-test-" + UUID().uuidString.prefix(8)
    let name = "bd"

    /// The dashboard's checkpoints go here, never into the user's own cache.
    let cache: TempDirectory

    /// `cache`: another session's, to start from the checkpoint it left. Only in a test that
    /// holds a terminal slot (`@Test(.realTerminal)`).
    init(_ command: String, width: Int = 120, height: Int = 35, cache: TempDirectory = TempDirectory()) throws {
        precondition(TerminalSlots.held, "a TmuxSession outside a @Test(.realTerminal)")
        self.cache = cache
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)",
                  "export LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=tmux-256color XDG_CACHE_HOME='\(cache.path)'; \(command); echo EXITED $?; sleep 30"])
    }

    /// Ends the terminal and waits for the programs that ran in it: a dashboard hung up on
    /// writes its checkpoint on the way out (a clean exit), and without the wait it wrote it
    /// after the test had removed `cache`, making the folder again (hundreds left in /tmp).
    deinit {
        let programs = Self.descendants(of: Int32(display("#{pane_pid}")) ?? 0)
        _ = try? tmux(["kill-server"])
        let deadline = Date().addingTimeInterval(10)
        while programs.contains(where: Self.isRunning), Date() < deadline { usleep(10_000) }
    }

    /// Whether `pid` still runs (a zombie waiting for its parent to reap it has ended).
    private static func isRunning(_ pid: Int32) -> Bool {
        statFields(pid).map { $0.first != "Z" } ?? false
    }

    /// The fields of /proc/PID/stat after the name in parentheses (which may hold spaces): the
    /// state, then the parent, …; nil when there is no such process.
    private static func statFields(_ pid: Int32) -> [Substring]? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), let close = stat.lastIndex(of: ")") else { return nil }
        return stat[stat.index(after: close)...].split(separator: " ")
    }

    /// `root` and every process below it, from each process's parent in /proc.
    private static func descendants(of root: Int32) -> [Int32] {
        guard root > 0 else { return [] }
        var parents: [Int32: Int32] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
            if let pid = Int32(name), let fields = statFields(pid), fields.count > 1, let parent = Int32(fields[1]) { parents[pid] = parent }
        }
        var found = [root]
        var index = 0
        while index < found.count {
            let parent = found[index]
            found += parents.filter { $0.value == parent }.map(\.key)
            index += 1
        }
        return found
    }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        try Spawn.run(["tmux", "-u", "-L", socket] + arguments).stdout
    }

    /// tmux could not show the screen (the session is gone): an error, so that a wait for
    /// text to go away cannot pass on an empty capture.
    struct CaptureFailed: Error, CustomStringConvertible {
        var status: Int32
        var stderr: String
        var description: String { "tmux capture-pane failed (status \(status)): \(stderr)" }
    }

    /// The screen as tmux shows it; throws `CaptureFailed` when there is none to show.
    func screen() throws -> String {
        let result = try Spawn.run(["tmux", "-u", "-L", socket, "capture-pane", "-p", "-t", name])
        guard result.status == 0 else { throw CaptureFailed(status: result.status, stderr: result.stderr) }
        return result.stdout
    }

    /// The screen for a failure message: the capture, or why there is none.
    var shown: String {
        do { return try screen() } catch { return "(\(error))" }
    }

    func keys(_ keys: String...) throws { try tmux(["send-keys", "-t", name] + keys) }

    func resize(_ width: Int, _ height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    func display(_ format: String) -> String {
        ((try? tmux(["display-message", "-p", "-t", name, format])) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls the screen every 20 ms until `condition` holds; returns the seconds it took, or nil.
    /// The timeout only bounds a failure: a wait ends as soon as the screen shows what it waits
    /// for, so a short one saves nothing when the test passes and fails it when a loaded machine
    /// (a fresh 2-core CI runner, the in-process tests on both cores) keeps the dashboard waiting.
    /// A capture that fails ends the wait with its error. The polling runs on a thread of its
    /// own: the test's task is suspended meanwhile, so it holds none of the test runner's
    /// threads (as many as cores, two here) while its dashboard works, and the seconds it
    /// returns are measured where the screen is read, not when the runner gets back to the test.
    @discardableResult
    func waitFor(timeout: Double = 10, _ condition: @escaping @Sendable (String) -> Bool) async throws -> Double? {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try self.poll(timeout: timeout, condition) }) }.start()
        }
    }

    private func poll(timeout: Double, _ condition: (String) -> Bool) throws -> Double? {
        let start = Date()
        while Date().timeIntervalSince(start) < timeout {
            if condition(try screen()) { return Date().timeIntervalSince(start) }
            usleep(20_000)
        }
        return nil
    }
}
