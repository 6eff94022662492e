import ExactKeys
import Synchronization

/// A voyage's passengers read back from a checkpoint, kept as the checkpoint's bytes (each ref as
/// written, then one result code each) until the voyage is next checked or asked about. A
/// headquarters' year holds tens of thousands of voyages whose passengers are rarely looked at
/// again; hashing every one of them again into a table was the largest part of a start from a
/// checkpoint (issue 19). Written to the next checkpoint as they are, without a string made.
///
/// A reference type so that a voyage asked about without being changed (`latestResult(of:)`)
/// builds the table once; the lock makes that safe from any thread.
final class StoredPassengers: Sendable {
    /// How many passengers.
    let count: Int
    /// The refs as `CheckpointWriter.string` writes them, one after another.
    let refBytes: [UInt8]
    /// Each passenger's latest result as `Voyage.code` writes it, checked when read.
    let resultCodes: [UInt8]
    private let built = Mutex<ExactKeyTable<CheckResult?>?>(nil)

    /// Reads them as `Voyage.write` wrote them (the count, the refs' length, the refs, the
    /// codes), checking each result code. The refs are taken as one part, not passed over one by
    /// one (a tenth of a start's reading at 1M): the seal vouches for them, and a ref that would
    /// not read is an empty one (`table`), never a crash.
    init(from r: inout CheckpointReader) throws {
        count = try r.count()
        refBytes = Array(try r.part(length: try r.count()))
        let codes = try r.part(length: count)
        guard codes.allSatisfy({ Int($0) <= CheckResult.allCases.count }) else { throw r.failure("not a check result") }
        resultCodes = Array(codes)
    }

    /// The passengers of `table` as a checkpoint holds them: a closed voyage's are kept so
    /// (`PassengerResults.store`), a third of the table's memory.
    init(table: ExactKeyTable<CheckResult?>) {
        count = table.count
        refBytes = CheckpointWriter.bytes { w in
            for key in table.keys { try w.string(key) }
        }
        resultCodes = table.values.map(Voyage.code)
    }

    /// The latest result of `passenger`, found by a pass over the refs' bytes (compared as
    /// bytes, as the table compares them), or by the table once it is made; nil if never checked
    /// or every check voided.
    func result(of passenger: String) -> CheckResult? {
        if let table = built.withLock({ $0 }) { return table[passenger] ?? nil }
        var key = passenger
        return key.withUTF8 { key in
            refBytes.withUnsafeBytes { bytes in
                var r = CheckpointReader(bytes)
                for i in 0..<count {
                    // Sealed as written: a ref that would not read ends the look, as in `table`.
                    guard let ref = try? r.stringBytes() else { return nil }
                    if ref.count == key.count, ref.elementsEqual(UnsafeRawBufferPointer(key)) {
                        return Voyage.result(code: resultCodes[i])
                    }
                }
                return nil
            }
        }
    }

    /// The table a voyage's checks go on with (built on first use, then kept).
    func table() -> ExactKeyTable<CheckResult?> {
        built.withLock { built in
            if let built { return built }
            // Sealed as written: no string fails here but in a file the seal would have refused.
            let refs: [String] = refBytes.withUnsafeBytes { bytes in
                var r = CheckpointReader(bytes)
                return (0..<count).map { _ in (try? r.string()) ?? "" }
            }
            let table = ExactKeyTable(distinctKeys: refs, values: resultCodes.map(Voyage.result(code:)))
            built = table
            return table
        }
    }

    func write(to w: inout CheckpointWriter) throws {
        w.unsigned(UInt64(count))
        w.unsigned(UInt64(refBytes.count))
        try w.raw(refBytes)
        try w.raw(resultCodes)
    }
}
