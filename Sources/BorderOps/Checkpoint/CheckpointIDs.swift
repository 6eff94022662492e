import ExactKeys

/// The ids' part of a checkpoint: every id the fold claimed, by number. It is the largest part
/// to rebuild (a million ids hashed and placed, cache-missing) and it depends on no other, so a
/// reader with a core to spare builds its table there while the state is read (docs/checkpoints.md).
///
/// Unchecked `Sendable`: it points into the checkpoint's bytes, which `EventFold(checkpoint:)`
/// keeps mapped until it has waited for the table, so a thread reading them never outlives them.
package struct CheckpointIDs: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer
    let count: Int

    /// The table read, or the reason the checkpoint cannot be used: the seed and slots copied,
    /// the ids made strings, none hashed (`EventFold.writeIDs`).
    package func read() throws -> IDSet {
        var r = CheckpointReader(bytes)
        let seed = ExactHashSeed(try r.littleEndianWord(), try r.littleEndianWord())
        let slots = try r.count()
        let control = Array(try r.part(length: slots))
        guard slots <= Int.max / 4 else { throw r.failure("too many slots") }
        let positionBytes = try r.part(length: 4 * slots)
        let positions = [UInt32](unsafeUninitializedCapacity: slots) { buffer, initialized in
            for i in 0..<slots { buffer[i] = UInt32(littleEndian: positionBytes.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self)) }
            initialized = slots
        }
        var ids: [String] = []
        // Room to grow: read back at its exact size, the first id folded after a start would
        // copy every id into a table twice as large on the dashboard's thread (0.85 s at 10M).
        // Room not yet written to costs address space, not memory.
        ids.reserveCapacity(count + count / 4 + 1024)
        for _ in 0..<count { ids.append(try r.string()) }
        guard r.isAtEnd else { throw r.failure("ids end before their part") }
        guard let table = ExactKeyTable(seed: seed, control: control, positions: positions, keys: ids, values: Array(repeating: (), count: count)) else {
            throw r.failure("the ids' slots do not fit the ids")
        }
        return IDSet(table: table)
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
