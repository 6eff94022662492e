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
}

/// The smuggling-prevention desk: the four daily KPIs and seizures by case.
public struct Desk: Sendable {
    public private(set) var totals: [KPIMetric: Int64] = [:]
    public private(set) var reports: [KPIReport] = []
    /// The latest record of each case.
    public var seizures: [ExactKey: Seizure] = [:]

    mutating func add(_ report: KPIReport) {
        totals[report.metric, default: 0] = totals[report.metric, default: 0].saturatingAdd(report.count)
        reports.append(report)
    }

    public func total(_ metric: KPIMetric) -> Int64 { totals[metric] ?? 0 }

    public var seizureValueIDR: Int64 { seizures.values.reduce(0) { $0.saturatingAdd($1.valueIDR) } }
    public var suspects: Int64 { seizures.values.reduce(0) { $0.saturatingAdd($1.suspects) } }
}
