/// The ids' part of a checkpoint: every id the fold claimed, by number. It is the largest part
/// to rebuild (a million ids hashed and placed, cache-missing) and it depends on no other, so a
/// reader with a core to spare builds its table there while the state is read (docs/checkpoints.md).
///
/// Unchecked `Sendable`: it points into the checkpoint's bytes, which `EventFold(checkpoint:)`
/// keeps mapped until it has waited for the table, so a thread reading them never outlives them.
package struct CheckpointIDs: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer
    let count: Int

    /// The table read, or the reason the checkpoint cannot be used.
    package func read() throws -> IDSet {
        var r = CheckpointReader(bytes)
        var ids: [String] = []
        ids.reserveCapacity(count)
        for _ in 0..<count { ids.append(try r.string()) }
        guard r.isAtEnd else { throw r.failure("ids end before their part") }
        return IDSet(distinct: ids)
    }

    /// Reads the table on the caller's thread (no core to spare, or none asked for).
    package static func readHere(_ ids: CheckpointIDs) -> Pending { .done(Result { try ids.read() }) }

    /// The table, now or when the thread reading it is done.
    package enum Pending {
        case done(Result<IDSet, any Error>)
        /// Waits for the thread (and may be asked again).
        case later(() -> Result<IDSet, any Error>)

        func result() -> Result<IDSet, any Error> {
            switch self {
            case .done(let result): return result
            case .later(let waitForIt): return waitForIt()
            }
        }
    }
}
