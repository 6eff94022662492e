import Dispatch
import EventLog
import Synchronization

/// What a thread of its own works out, handed over once: `start` runs `work` on a new thread
/// (or there and then, on one core or when no thread can be had), `value` waits for it.
final class ThreadResult<Value: Sendable>: Sendable {
    private let result = Mutex<Value?>(nil)
    private let ready = DispatchSemaphore(value: 0)

    private init() {}

    static func start(_ work: @escaping @Sendable () -> Value) -> ThreadResult {
        if let started = startElsewhere(work) { return started }
        let box = ThreadResult()
        box.finish(work())
        return box
    }

    /// `work` on a thread of its own, or nil on one core or when no thread can be had (for work
    /// that waits on its caller, which must not run there and then).
    static func startElsewhere(_ work: @escaping @Sendable () -> Value) -> ThreadResult? {
        let box = ThreadResult()
        guard WorkerThread.onlineCores > 1, WorkerThread.start({ box.finish(work()) }) else { return nil }
        return box
    }

    private func finish(_ value: Value) {
        result.withLock { $0 = value }
        ready.signal()
    }

    /// Waits for the value; asked again, returns it again.
    func value() -> Value {
        if let done = result.withLock({ $0 }) { return done }
        ready.wait()
        ready.signal()
        return result.withLock { $0! }
    }
}
