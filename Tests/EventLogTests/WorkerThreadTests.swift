import EventLog
import Foundation
import Synchronization
import Testing

/// Background work (a history's chain hashed beside a live dashboard) runs on a thread that
/// yields to every other, and only that thread: the dashboard's own keep their niceness.
@Suite struct WorkerThreadTests {
    /// The niceness of the thread `start` runs its body on.
    static func niceness(background: Bool) throws -> Int32 {
        let seen = Mutex<Int32?>(nil)
        let done = DispatchSemaphore(value: 0)
        try #require(WorkerThread.start(background: background) {
            seen.withLock { $0 = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0) }
            done.signal()
        })
        done.wait()
        return try #require(seen.withLock { $0 })
    }

    @Test func aBackgroundThreadYieldsAndTheOthersDoNot() throws {
        let own = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
        #expect(try Self.niceness(background: true) == 19)
        #expect(try Self.niceness(background: false) == own, "a plain thread keeps its starter's niceness")
        #expect(getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0) == own, "the starting thread is as it was")
    }
}
