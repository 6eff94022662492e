import Foundation

/// A thread of its own for one real-terminal test. The test runner's threads are as many as
/// cores (two here) and the in-process tests keep them busy for seconds at a time, so a
/// real-terminal test that resumed on them waited behind those after every screen poll and
/// key (35–40 s per test in the full suite instead of 1–3 s alone), holding its terminal slot
/// meanwhile. On this executor it resumes at once; it mostly waits on tmux and its dashboard,
/// so the extra thread costs the in-process tests almost nothing.
final class DedicatedThreadExecutor: TaskExecutor, @unchecked Sendable {
    // `jobs` and `finished` are guarded by `condition`.
    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []
    private var finished = false

    init(name: String) {
        let thread = Thread { [self] in drain() }
        thread.name = name
        thread.start()
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    /// The thread ends once every job enqueued so far has run.
    func shutdown() {
        condition.lock()
        finished = true
        condition.signal()
        condition.unlock()
    }

    private func drain() {
        while true {
            condition.lock()
            while jobs.isEmpty && !finished { condition.wait() }
            if jobs.isEmpty {
                condition.unlock()
                return
            }
            let job = jobs.removeFirst()
            condition.unlock()
            job.runSynchronously(on: asUnownedTaskExecutor())
        }
    }
}
