import ExactKeys

/// The ids' part of a checkpoint: every id the fold claimed, by number. It is the largest part
/// to rebuild (a million ids hashed and placed, cache-missing) and it depends on no other, so a
/// reader with a core to spare builds its table there while the state is read (docs/checkpoints.md).
///
/// Unchecked `Sendable`: it points into the checkpoint's bytes, which `EventFold(checkpoint:)`
/// keeps mapped until it has waited for the table, so a thread reading them never outlives them.
package struct CheckpointIDs: @unchecked Sendable {
    package let bytes: UnsafeRawBufferPointer
    let count: Int

    /// The set read, or the reason the checkpoint cannot be used: the seed, slots, ends and
    /// bytes copied, no id hashed and no string made (`EventFold.writeIDs`). `giveBack` is
    /// handed each stretch of the part once copied (a mapped file's pages can go: copied whole
    /// before any went, the ids stood twice in memory, 350 MB more at 10M Borderdesk ids).
    package func read(givingBack giveBack: (UnsafeRawBufferPointer) -> Void = { _ in }) throws -> IDSet {
        var r = CheckpointReader(bytes)
        let seed = ExactHashSeed(try r.littleEndianWord(), try r.littleEndianWord())
        let slots = try r.count()
        let controlPart = try r.part(length: slots)
        let control = Array(controlPart)
        giveBack(controlPart)
        let positions = try Self.littleEndianWords(slots, room: 0, &r, giveBack)
        // One for each 4 GiB of ids at most (a damaged count must not take memory by the byte).
        let segments = try r.count()
        guard segments <= bytes.count >> 32 else { throw r.failure("more segments than the ids' bytes fill") }
        var segmentStarts: [Int] = []
        for _ in 0..<segments { segmentStarts.append(try r.count()) }
        // Room to grow: read back at its exact size, the first id folded after a start would
        // copy every id into a set twice as large on the dashboard's thread (0.85 s at 10M).
        // Room not yet written to costs address space, not memory.
        let room = count / 4 + 1024
        let ends = try Self.littleEndianWords(count, room: room, &r, giveBack)
        let idBytes = try r.stringBytes()
        guard r.isAtEnd else { throw r.failure("ids end before their part") }
        // The room at the ids' average length, but never more than a quarter of their bytes
        // again (a damaged count or length must not ask for more memory than the file holds).
        let averageLength = count == 0 ? 40 : idBytes.count / count + 1
        var ids: [UInt8] = []
        let (wanted, overflow) = room.multipliedReportingOverflow(by: averageLength)
        ids.reserveCapacity(idBytes.count + min(overflow ? .max : wanted, idBytes.count / 4 + (1 << 16)))
        var copied = 0
        while copied < idBytes.count {
            let stretch = UnsafeRawBufferPointer(rebasing: idBytes[copied..<min(idBytes.count, copied + Self.stretch)])
            ids.append(contentsOf: stretch)
            giveBack(stretch)
            copied += stretch.count
        }
        guard let set = PackedKeySet(seed: seed, control: control, positions: positions, ends: ends, segmentStarts: segmentStarts, bytes: ids) else {
            throw r.failure("the ids' slots and ends do not fit the ids")
        }
        return IDSet(table: set)
    }

    /// How much of the ids' bytes is copied before its pages are given back.
    private static let stretch = 8 << 20

    /// `count` words, with room for `room` more; their bytes given back once copied.
    private static func littleEndianWords(_ count: Int, room: Int, _ r: inout CheckpointReader,
                                          _ giveBack: (UnsafeRawBufferPointer) -> Void) throws -> [UInt32] {
        guard count <= Int.max / 8 else { throw r.failure("too many words") }
        let part = try r.part(length: 4 * count)
        defer { giveBack(part) }
        return [UInt32](unsafeUninitializedCapacity: count + room) { buffer, initialized in
            for i in 0..<count { buffer[i] = UInt32(littleEndian: part.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self)) }
            initialized = count
        }
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
