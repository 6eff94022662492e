import EventLog
import Foundation
import Synchronization
import Testing

/// Background work (a history's chain hashed beside a live dashboard) runs on a thread that
/// yields to every other, and only that thread: the dashboard's own keep their niceness.
@Suite struct WorkerThreadTests {
    /// The niceness and the scheduling policy of the calling thread.
    static func scheduling() -> (niceness: Int32, policy: Int32) {
        var policy: Int32 = -1
        var parameters = sched_param()
        _ = pthread_getschedparam(pthread_self(), &policy, &parameters)
        return (getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0), policy)
    }

    /// Those of the thread `start` runs its body on.
    static func scheduling(background: Bool) throws -> (niceness: Int32, policy: Int32) {
        let seen = Mutex<(niceness: Int32, policy: Int32)?>(nil)
        let done = DispatchSemaphore(value: 0)
        try #require(WorkerThread.start(background: background) {
            let own = scheduling()
            seen.withLock { $0 = own }
            done.signal()
        })
        done.wait()
        return try #require(seen.withLock { $0 })
    }

    @Test func aBackgroundThreadYieldsAndTheOthersDoNot() throws {
        let own = Self.scheduling()
        let background = try Self.scheduling(background: true)
        #expect(background.niceness == 19)
        #expect(background.policy == 5, "SCHED_IDLE")
        let plain = try Self.scheduling(background: false)
        #expect(plain.niceness == own.niceness && plain.policy == own.policy, "a plain thread keeps its starter's")
        let after = Self.scheduling()
        #expect(after.niceness == own.niceness && after.policy == own.policy, "the starting thread is as it was")
    }
}
