/// A voyage's latest checks read back from a checkpoint, kept as the checkpoint's bytes until
/// the voyage is next checked, a check of it voided, or its checks shown. A headquarters' year
/// holds tens of thousands of voyages, each with up to 16 recent checks whose strings are
/// rarely looked at again: making them was a quarter of a start's reading of the state
/// (issue 19). Checked when read (every length within the bytes, every word and result
/// known), so decoding them later cannot fail; written to the next checkpoint as they are.
final class StoredRecentChecks: Sendable {
    /// The checks as `RecentCheckRing.write` writes them, their count first.
    let bytes: [UInt8]

    /// Passes over the checks as `RecentCheckRing.write` wrote them, checking each check's shape.
    init(from r: inout CheckpointReader) throws {
        let start = r.offset
        let count = try r.count()
        guard count <= Voyage.recentCheckLimit else { throw r.failure("too many recent checks") }
        for _ in 0..<count {
            guard try r.count() == 2 else { throw r.failure("not a check") }
            try r.skipString()
            try r.skipString()
            guard try Voyage.result(code: try r.byte(), r) != nil else { throw r.failure("not a check") }
            _ = try r.word(DocumentKind.self)
            _ = try r.timestamp()
            for _ in 0..<3 {
                if try r.bool() { try r.skipString() } // by, note, nationality
            }
            _ = try r.int()
        }
        bytes = Array(r.bytes(from: start))
    }

    /// The ring, in the order it was written (`RecentCheckRing.next` says where it wraps).
    func ring() -> [PassengerCheck] {
        bytes.withUnsafeBytes { bytes in
            var r = CheckpointReader(bytes)
            // The shape was checked when read: nothing here can fail.
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

/// The ring in a checkpoint: its checks (count first), then where the next one goes.
extension RecentCheckRing {
    func write(to w: inout CheckpointWriter) throws {
        if let stored {
            try w.raw(stored.bytes)
        } else {
            w.unsigned(UInt64(ring.count))
            for check in ring {
                try w.strings([check.passenger, check.id])
                w.byte(Voyage.code(check.result))
                try w.word(check.doc)
                w.timestamp(check.at)
                try w.optionalString(check.by)
                try w.optionalString(check.note)
                try w.optionalString(check.nationality)
                w.int(check.number)
            }
        }
        w.int(next)
    }

    init(from r: inout CheckpointReader) throws {
        let stored = try StoredRecentChecks(from: &r)
        let next = try r.int()
        guard (0..<Voyage.recentCheckLimit).contains(next) else { throw r.failure("ring position out of range") }
        self.init(stored: stored, next: next)
    }
}
