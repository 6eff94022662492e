import BorderOps
import Dispatch
import EventLog
import Synchronization

/// The work beside a checkpoint's state, on one thread of its own: first the seal
/// (`CheckpointSeal` of the whole file, while its pages are still mapped), then the ids' table
/// once `EventFold(checkpoint:)` has found its part. One thread, not two: three threads on two cores
/// (the state, the seal, the ids) shared them, and the state (the longest, on the dashboard's
/// thread) had two thirds of a core; in sequence the two fill the other core while the state
/// has one to itself (docs/performance.md, "first frame"). On one core, or when no thread can
/// be had, each is done there and then, when asked.
final class CheckpointSideReading: Sendable {
    private typealias Outcome = (sealHolds: Bool, ids: Result<IDSet, any Error>?)
    private let file: UncheckedCheckpoint
    private let beside: ThreadResult<Outcome>?
    private let handoff = Handoff()

    /// The ids' part, handed to the thread once found (nil: the state's reading failed first).
    private final class Handoff: Sendable {
        let part = Mutex<CheckpointIDs?>(nil)
        let given = DispatchSemaphore(value: 0)
    }

    init(_ file: LoadedCheckpoint) {
        let mapped = UncheckedCheckpoint(file: file)
        let handoff = handoff
        self.file = mapped
        beside = ThreadResult.startElsewhere {
            let sealHolds = mapped.file.sealHolds()
            handoff.given.wait()
            return (sealHolds, handoff.part.withLock { $0 }.map { ids in
                // Each stretch as it is copied, then what lay between them.
                defer { mapped.file.giveBack(ids.bytes) }
                return Result { try ids.read(givingBack: mapped.file.giveBack) }
            })
        }
    }

    /// `EventFold(checkpoint:readingIDs:)`'s: the ids' part handed to the thread, waited for
    /// at the fold's end.
    func readingIDs(_ ids: CheckpointIDs) -> CheckpointIDs.Pending {
        guard let beside else { return CheckpointIDs.readHere(ids) }
        handoff.part.withLock { $0 = ids }
        handoff.given.signal()
        return .later { beside.value().ids ?? .failure(NoIDsPart()) }
    }

    /// Whether the seal holds: waits for the thread, telling it first that no ids' part is
    /// coming when the state's reading failed before it found one.
    func sealHolds() -> Bool {
        guard let beside else { return file.file.sealHolds() }
        if handoff.part.withLock({ $0 == nil }) { handoff.given.signal() }
        return beside.value().sealHolds
    }

    private struct NoIDsPart: Error {}
}

/// The mapped checkpoint handed to the thread beside the reading: it only reads the mapping,
/// which lives as long as this reference (the loader waits for the thread before it returns).
struct UncheckedCheckpoint: @unchecked Sendable {
    let file: LoadedCheckpoint
}
