import ExactKeys

/// Sums that stop at 2^63-1 instead of overflowing.
extension Int64 {
    public func saturatingAdd(_ other: Int64) -> Int64 {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? .max : sum
    }
}

public struct KPIReport: Sendable, Equatable {
    public var date: CivilDate
    public var agency: String
    public var metric: KPIMetric
    public var count: Int64
    public var post: String
    public var exercise = false
    /// The latest record's optional fields (quantity, unit, place, modus, loss prevented).
    public var details = SeizureDetails()
    /// Who wrote the latest record (the envelope's `by`), if it says.
    public var by: String?
}

public struct Seizure: Sendable, Equatable {
    public var caseID: String
    public var commodity: Commodity
    public var valueIDR: Int64
    public var suspects: Int64
    public var agency: String
    /// The latest record's time (a correction moves it)...
    public var recorded: Timestamp
    /// ...and the first's: the day the seizure belongs to.
    public var firstRecorded: Timestamp
    public var post: String
    public var exercise = false
    /// The latest record's optional fields (quantity, unit, place, modus, loss prevented).
    public var details = SeizureDetails()
    /// Who wrote the latest record (the envelope's `by`), if it says.
    public var by: String?
}

extension Seizure {
    /// The desk's order, newest first: the latest record's instant, then the case id. The pane,
    /// its detail and a preview's cut (`Desk.preview`) must agree on it.
    public static func newerFirst(_ a: Seizure, _ b: Seizure) -> Bool {
        (a.recorded.instant, a.caseID) > (b.recorded.instant, b.caseID)
    }
}

/// The smuggling-prevention desk: the four daily KPIs and seizures by case.
public struct Desk: Sendable {
    /// Each metric's sum, saturated at 2^63-1 (from `exactTotals`).
    public internal(set) var totals: [KPIMetric: Int64] = [:]
    /// Each metric's sum without saturating, so that a voided report can be taken out of it.
    var exactTotals: [KPIMetric: Int128] = [:]
    /// In reading order.
    public internal(set) var reports: [KPIReport] = []
    /// Each report's position in `BorderState.kept` (ascending, like `reports`).
    var reportKept: [Int] = []
    /// The latest record of each case.
    public internal(set) var seizures: [ExactKey: Seizure] = [:]
    /// Each case's records as positions in `BorderState.kept`, in reading order.
    var seizureKept: [ExactKey: [Int]] = [:]

    mutating func add(_ report: KPIReport, kept: Int) {
        addToTotal(report.metric, Int128(report.count))
        reports.append(report)
        reportKept.append(kept)
    }

    /// Takes out the report kept at `kept`; the report, if it was there.
    mutating func removeReport(kept: Int) -> KPIReport? {
        let i = reportKept.partitioningIndex { $0 >= kept }
        guard i < reportKept.count, reportKept[i] == kept else { return nil }
        reportKept.remove(at: i)
        let report = reports.remove(at: i)
        addToTotal(report.metric, -Int128(report.count))
        return report
    }

    private mutating func addToTotal(_ metric: KPIMetric, _ amount: Int128) {
        let exact = exactTotals[metric, default: 0] + amount
        exactTotals[metric] = exact
        totals[metric] = Int64(clamping: exact)
    }

    public func total(_ metric: KPIMetric) -> Int64 { totals[metric] ?? 0 }

    /// A metric's total kept at 0 when all its reports are gone (a checkpoint read back).
    mutating func keepTotal(_ metric: KPIMetric) {
        addToTotal(metric, 0)
    }

    public var seizureValueIDR: Int64 { seizures.values.reduce(0) { $0.saturatingAdd($1.valueIDR) } }
    public var suspects: Int64 { seizures.values.reduce(0) { $0.saturatingAdd($1.suspects) } }

    /// A `seizure.recorded` (kept at `kept`): the case's latest record; the case belongs to the
    /// day of its first.
    mutating func record(_ event: Event, kept: Int) {
        guard case let .seizureRecorded(caseID, _, _, _, _, _) = event.body else { return }
        let key = ExactKey(caseID)
        seizureKept[key, default: []].append(kept)
        fold(event, into: key)
    }

    private mutating func fold(_ event: Event, into key: ExactKey) {
        guard case let .seizureRecorded(caseID, commodity, valueIDR, suspects, agency, details) = event.body else { return }
        let env = event.envelope
        let first = seizures[key].map { min($0.firstRecorded, env.ts) } ?? env.ts
        seizures[key] = Seizure(
            caseID: caseID, commodity: commodity, valueIDR: valueIDR, suspects: suspects, agency: agency,
            recorded: env.ts, firstRecorded: first, post: env.post, exercise: env.exercise, details: details, by: env.by)
    }

    /// Takes out the record kept at `kept` of this case and reads its others again (the case is
    /// gone when it had no other).
    mutating func removeSeizure(case caseID: String, kept: Int, from store: ChunkedArray<Event>) {
        let key = ExactKey(caseID)
        guard var remaining = seizureKept[key] else { return }
        remaining.removeAll { $0 == kept }
        seizures[key] = nil
        seizureKept[key] = remaining.isEmpty ? nil : remaining
        for position in remaining { fold(store[position], into: key) }
    }
}
