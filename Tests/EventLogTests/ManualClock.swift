import EventLog
import Synchronization

/// A monotonic clock the test moves by hand, for a deletion's grace (`DeletionGrace`): the grace
/// ends when the test moves the clock past it, never because a loaded test thread was late.
final class ManualClock: Sendable {
    private let milliseconds = Mutex<Int64>(0)

    func advance(_ by: Int64) { milliseconds.withLock { $0 += by } }

    /// The product's grace, measured on this clock.
    var grace: DeletionGrace {
        DeletionGrace(milliseconds: DeletionGrace.standard.milliseconds, now: { [self] in milliseconds.withLock { $0 } })
    }
}
