import BorderOps
import ExactKeys
import Words

/// The "Koreksi" appendix: the events voided among those a report draws on, with who voided
/// each, when and why, so that a reader of the paper copy sees that its figures leave them out.
enum CorrectionsAppendix {
    /// Nothing when no correction concerns the report.
    static func blocks(_ corrections: [Correction], context c: ReportContext) -> [ReportBlock] {
        guard !corrections.isEmpty else { return [] }
        let ordered = corrections.sorted { a, b in a.at.instant != b.at.instant ? a.at < b.at : ExactKey(a.target) < ExactKey(b.target) }
        return [
            .heading(c.w(.corrections)),
            .paragraph(c.w(.correctionsNote)),
            // Free text last: a plain-text table never cuts its last column.
            .table(ReportTable(header: [c.w(.time), c.w(.by), c.w(.voidedEvent), c.w(.about), c.w(.reason)], rows: ordered.map { k in
                [c.dateTime(k.at), k.by ?? "", "\(k.targetType) \(k.target)", k.subject.label, k.reason]
            })),
        ]
    }
}
