import ExactKeys

/// A voyage in a checkpoint: what its passenger checks made of it, as it stands (the checks
/// themselves are not kept anywhere); what its own events say is read again from the state's
/// kept events, as a void would.
extension Voyage {
    /// Results by their place in `CheckResult.allCases`, nil as 0: one byte per passenger.
    private static let resultCodes = Array(CheckResult.allCases)

    static func code(_ result: CheckResult?) -> UInt8 {
        guard let result else { return 0 }
        return UInt8(resultCodes.firstIndex(of: result)! + 1)
    }

    static func result(code: UInt8, _ reader: CheckpointReader) throws -> CheckResult? {
        guard Int(code) <= resultCodes.count else { throw reader.failure("not a check result") }
        return result(code: code)
    }

    /// A code already checked (`StoredPassengers`).
    static func result(code: UInt8) -> CheckResult? {
        code > 0 ? resultCodes[Int(code) - 1] : nil
    }

    func write(to w: inout CheckpointWriter) throws {
        try w.string(id)
        try w.string(post)
        w.int(serial)
        w.ints(keptPositions)
        for result in CheckResult.allCases { w.int(results[result]) }
        w.optionalTimestamp(lastCheck)
        try recent.write(to: &w)
        try (passengers.stored ?? StoredPassengers(table: latestResult)).write(to: &w)
        w.int(voidedPassengers)
        w.int(checkCount)
        w.unsigned(UInt64(rechecks.count))
        for recheck in rechecks {
            w.int(recheck.number)
            w.int(recheck.slot)
            w.int(recheck.ordinal)
        }
        w.unsigned(UInt64(history.count))
        for (slot, past) in history.sorted(by: { $0.key < $1.key }) {
            w.int(slot)
            w.unsigned(UInt64(past.count))
            for result in past { w.byte(Self.code(result)) }
        }
        w.int(exerciseChecks)
        try w.mark(1)
    }

    /// `kept`: the state's kept events, already read.
    init(from r: inout CheckpointReader, kept: ChunkedArray<Event>) throws {
        self.init(id: try r.string(), post: try r.string(), serial: try r.int())
        keptPositions = try r.ints()
        guard keptPositions.allSatisfy({ (0..<kept.count).contains($0) }) else { throw r.failure("kept event out of range") }
        for result in CheckResult.allCases { results[result] = try r.int() }
        lastCheck = try r.optionalTimestamp()
        recent = try RecentCheckRing(from: &r)
        let stored = try StoredPassengers(from: &r)
        passengers = PassengerResults(stored: stored)
        voidedPassengers = try r.int()
        checkCount = try r.int()
        for _ in 0..<(try r.count()) {
            rechecks.append((try r.int(), try r.int(), try r.int()))
        }
        guard rechecks.allSatisfy({ (0..<stored.count).contains($0.slot) }) else { throw r.failure("re-check out of range") }
        for _ in 0..<(try r.count()) {
            let slot = try r.int()
            var past: [CheckResult?] = []
            for _ in 0..<(try r.count()) { past.append(try Self.result(code: try r.byte(), r)) }
            history[slot] = past
        }
        exerciseChecks = try r.int()
        try r.mark(1)
        refold(from: kept)
    }
}
