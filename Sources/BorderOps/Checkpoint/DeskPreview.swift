/// The desk's part of a preview (`BorderState.preview`). The pane's first frame shows each
/// metric's total, the latest day's figures beside it, and the seizures newest first with their
/// count, value and suspects: ten months of fifty posts' daily reports are ~65,000 events, read at
/// every start for four sums. The preview keeps the latest day's reports and the newest seizures, and
/// carries the rest as the sums the pane adds (`LeftOut.desk`).
public struct DeskLeftOut: Sendable, Equatable {
    /// Each metric's total over the reports left out, in `KPIMetric.allCases`' order.
    public internal(set) var totals = [Int64](repeating: 0, count: KPIMetric.allCases.count)
    public internal(set) var seizures = 0
    /// Saturating at 2^63-1, as the pane's sum does.
    public internal(set) var valueIDR: Int64 = 0
    public internal(set) var suspects: Int64 = 0

    public init() {}
}

extension Desk {
    /// How many of the newest seizures a preview keeps: more than a pane has lines.
    public static let previewSeizures = 500

    /// The reports of the latest day and the `seizures` newest seizures (by the pane's order:
    /// latest record, then case id; at least one, so a desk of seizures alone is not "no desk"),
    /// with what is left out added into `leftOut`.
    func preview(seizures kept: Int, leftOut: inout DeskLeftOut) -> Desk {
        let limit = max(1, kept)
        var preview = Desk()
        let latestDay = reports.lazy.map(\.date).max()
        let metrics = KPIMetric.allCases
        for (i, report) in reports.enumerated() {
            if report.date == latestDay {
                preview.add(report, kept: reportKept[i])
            } else {
                leftOut.totals[metrics.firstIndex(of: report.metric) ?? 0] &+= report.count
            }
        }
        for metric in totals.keys { preview.keepTotal(metric) }
        let newest = seizures.sorted { Seizure.newerFirst($0.value, $1.value) }
        for (n, (key, seizure)) in newest.enumerated() {
            if n < limit {
                preview.seizures[key] = seizure
                preview.seizureKept[key] = seizureKept[key]
            } else {
                leftOut.seizures += 1
                leftOut.valueIDR = leftOut.valueIDR.saturatingAdd(seizure.valueIDR)
                leftOut.suspects &+= seizure.suspects
            }
        }
        return preview
    }
}
