/// A voyage's latest checks read back from a checkpoint, kept as the checkpoint's bytes until
/// the voyage is next checked or a check of it voided (shown, they are read for the frame: a
/// voyage's detail or gate, one at a time). A headquarters' year
/// holds tens of thousands of voyages, each with up to 16 recent checks whose strings are
/// rarely looked at again: making them was a quarter of a start's reading of the state
/// (issue 19). Taken as one part by its length, not passed over check by check: the seal
/// vouches for the bytes, and checks that would not read are none, never a crash. Written to
/// the next checkpoint as they are.
final class StoredRecentChecks: Sendable {
    /// The checks as `RecentCheckRing.write` writes them, their count first.
    let bytes: [UInt8]

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The checks of `ring` as a checkpoint holds them (a closed voyage's are kept so:
    /// `RecentCheckRing.store`).
    init(ring: [PassengerCheck]) {
        bytes = CheckpointWriter.bytes { checks in
            checks.unsigned(UInt64(ring.count))
            for check in ring {
                try checks.strings([check.passenger, check.id])
                checks.byte(Voyage.code(check.result))
                try checks.word(check.doc)
                checks.timestamp(check.at)
                try checks.optionalString(check.by)
                try checks.optionalString(check.note)
                try checks.optionalString(check.nationality)
                checks.int(check.number)
            }
        }
    }

    /// The ring, in the order it was written (`RecentCheckRing.next` says where it wraps).
    func ring() -> [PassengerCheck] {
        bytes.withUnsafeBytes { bytes in
            var r = CheckpointReader(bytes)
            // Sealed as written: nothing fails here but in a file the seal would have refused.
            return (try? Self.read(&r)) ?? []
        }
    }

    /// Reads the checks as `RecentCheckRing.write` writes them.
    static func read(_ r: inout CheckpointReader) throws -> [PassengerCheck] {
        let count = try r.count()
        guard count <= Voyage.recentCheckLimit else { throw r.failure("too many recent checks") }
        var ring: [PassengerCheck] = []
        ring.reserveCapacity(count)
        for _ in 0..<count {
            let names = try r.strings()
            guard names.count == 2, let result = try Voyage.result(code: try r.byte(), r) else { throw r.failure("not a check") }
            ring.append(PassengerCheck(passenger: names[0], result: result, doc: try r.word(), at: try r.timestamp(), by: try r.optionalString(),
                                       note: try r.optionalString(), nationality: try r.optionalString(), id: names[1], number: try r.int()))
        }
        return ring
    }
}

/// The ring in a checkpoint: the checks' length in bytes, the checks (count first), then where
/// the next one goes.
extension RecentCheckRing {
    func write(to w: inout CheckpointWriter) throws {
        if let stored {
            w.unsigned(UInt64(stored.bytes.count))
            try w.raw(stored.bytes)
        } else {
            let bytes = StoredRecentChecks(ring: ring).bytes
            w.unsigned(UInt64(bytes.count))
            try w.raw(bytes)
        }
        w.int(next)
    }

    init(from r: inout CheckpointReader) throws {
        let stored = StoredRecentChecks(bytes: Array(try r.part(length: try r.count())))
        let next = try r.int()
        guard (0..<Voyage.recentCheckLimit).contains(next) else { throw r.failure("ring position out of range") }
        self.init(stored: stored, next: next)
    }
}
