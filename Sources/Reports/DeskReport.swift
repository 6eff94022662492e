import BorderOps
import ExactKeys
import Words

/// The smuggling-prevention desk's activity report for a date range: the four KPIs per day,
/// seizures (commodity, value the Indonesian way, suspects), totals, and with `byAgency` the
/// breakdown by contributing agency. `post`: only that post's figures, seizures and
/// corrections; without it, every post in the log. Either way the "Koreksi" appendix lists
/// only the corrections of the posts the report covers.
public enum DeskReport {
    static let metrics: [KPIMetric] = [.patrol, .sambang, .routine_check, .socialisation]
    static let metricWords: [Word] = [Word.patrol, .sambang, .routineCheck, .socialisation].map(\.heading)

    public static func build(_ state: BorderState, from: CivilDate, to: CivilDate, byAgency: Bool, post: String? = nil,
                             context c: ReportContext) throws(ReportError) -> ReportDocument {
        guard !(to < from) else { throw .toBeforeFrom(from: from, to: to) }
        let l = c.language
        func ofPost(_ p: String) -> Bool { post.map { ExactKey.bytesEqual(p, $0) } ?? true }
        let reports = state.desk.reports.filter { ofPost($0.post) && !($0.date < from) && !(to < $0.date) }
        // A seizure belongs to the day it was first recorded, in its own post's zone (a
        // correction a day later does not move it).
        func day(_ s: Seizure) -> CivilDate { PostTime.local(s.firstRecorded, c.zone(of: s.post)).0 }
        let seizures = state.desk.seizures.values.filter { ofPost($0.post) && !(day($0) < from) && !(to < day($0)) }
            .sorted { a, b in a.firstRecorded.instant != b.firstRecorded.instant ? a.firstRecorded < b.firstRecorded : ExactKey(a.caseID) < ExactKey(b.caseID) }
        guard !reports.isEmpty || !seizures.isEmpty else {
            throw .nothingInRange(from: from, to: to)
        }
        // Agencies as the fold keeps them: by their exact bytes.
        let agencies = Set((reports.map(\.agency) + seizures.map(\.agency)).map { ExactKey($0) }).sorted().map(\.string)
        var blocks: [ReportBlock] = [.fields([
            ReportField(c.w(.period), "\(PostTime.longDate(from, language: l)) – \(PostTime.longDate(to, language: l))"),
            ReportField(c.w(.agencies), agencies.joined(separator: ", ")),
        ])]

        // Per day: every day of the range with a report, in order. Sums stop at 2^63-1.
        let days = Set(reports.map(\.date)).sorted()
        var perDay: [CivilDate: [KPIMetric: Int64]] = [:]
        for r in reports { perDay[r.date, default: [:]][r.metric] = (perDay[r.date]?[r.metric] ?? 0).saturatingAdd(r.count) }
        func sum(_ list: [KPIReport], _ m: KPIMetric) -> Int64 { list.filter { $0.metric == m }.reduce(Int64(0)) { $0.saturatingAdd($1.count) } }
        let totals = metrics.map { sum(reports, $0) }
        blocks.append(.heading(c.w(.byDay)))
        blocks.append(.table(ReportTable(
            header: [c.w(.date)] + metricWords.map(c.w),
            rows: days.map { d in [shortDate(d)] + metrics.map { String(perDay[d]?[$0] ?? 0) } }
                + [[c.w(.total)] + totals.map(String.init)],
            numeric: [1, 2, 3, 4])))
        if !days.isEmpty {
            blocks.append(.chart(ReportChart(title: c.w(.kpiChart), series: metricWords.map(c.w),
                                             bars: days.map { d in (shortDate(d), metrics.map { perDay[d]?[$0] ?? 0 }) })))
        }

        blocks.append(.heading(c.w(.seizures.heading)))
        if seizures.isEmpty {
            blocks.append(.paragraph(c.w(.noSeizures)))
        } else {
            let value = seizures.reduce(Int64(0)) { $0.saturatingAdd($1.valueIDR) }
            let suspects = seizures.reduce(Int64(0)) { $0.saturatingAdd($1.suspects) }
            blocks.append(.table(ReportTable(
                header: [c.w(.date), c.w(.caseID), c.w(.commodity), c.w(.agency), c.w(.value.heading), c.w(.suspects.heading)],
                rows: seizures.map { s in
                    [shortDate(day(s)), s.caseID, l.text(.code(s.commodity)), s.agency,
                     Rupiah.short(s.valueIDR), String(s.suspects)]
                } + [[c.w(.total), "\(seizures.count)", "", "", Rupiah.short(value), String(suspects)]],
                numeric: [4, 5])))
        }

        if byAgency {
            blocks.append(.heading(c.w(.byAgency)))
            blocks.append(.table(ReportTable(
                header: [c.w(.agency)] + metricWords.map(c.w) + [c.w(.seizures.heading), c.w(.value.heading)],
                rows: agencies.map { a in
                    let mine = reports.filter { ExactKey.bytesEqual($0.agency, a) }
                    let theirs = seizures.filter { ExactKey.bytesEqual($0.agency, a) }
                    return [a] + metrics.map { String(sum(mine, $0)) }
                        + [String(theirs.count), Rupiah.short(theirs.reduce(Int64(0)) { $0.saturatingAdd($1.valueIDR) })]
                },
                numeric: [1, 2, 3, 4, 5, 6])))
        }

        // Corrections to the range's reports and seizures (a seizure by the day it was recorded),
        // of the posts the report covers: an operation voided at another post is not this report's.
        let posts: Set<ExactKey> = post.map { [ExactKey($0)] } ?? Set((reports.map(\.post) + seizures.map(\.post)).map { ExactKey($0) })
        blocks += CorrectionsAppendix.blocks(state.corrections.filter { k in
            guard posts.contains(ExactKey(k.targetPost ?? k.post)) else { return false }
            switch k.subject {
            case .kpi(let date, _, _, _): return !(date < from) && !(to < date)
            case .seizure:
                guard let time = k.targetTime else { return false }
                let date = PostTime.local(time, c.zone(of: k.targetPost ?? k.post)).0
                return !(date < from) && !(to < date)
            // An operation or meeting of the range opened by mistake and voided whole: no report
            // of its own is left, so the post's report lists its opening's void.
            case .operation(let op) where k.targetType == EventType.opPlanned.rawValue && state.operations[op] == nil,
                 .meeting(let op) where k.targetType == EventType.meetingOpened.rawValue && state.meetings[op] == nil:
                guard let time = k.targetTime else { return false }
                let date = PostTime.local(time, c.zone(of: k.targetPost ?? k.post)).0
                return !(date < from) && !(to < date)
            default: return false
            }
        }, context: c)

        let place = post ?? reports.first?.post ?? seizures.first?.post ?? ""
        let exercise = reports.contains(where: \.exercise) || seizures.contains(where: \.exercise)
        return c.document(.deskReport, title: "\(PostTime.longDate(from, language: l)) – \(PostTime.longDate(to, language: l))",
                          exercise: exercise, blocks: blocks,
                          signedAt: "\(place.prefix(1).uppercased() + place.dropFirst()), \(PostTime.longDate(to, language: l))", by: .signer)
    }

    /// `28/07`: short, for table rows.
    static func shortDate(_ d: CivilDate) -> String {
        (d.day < 10 ? "0" : "") + "\(d.day)/" + (d.month < 10 ? "0" : "") + "\(d.month)/\(d.year)"
    }
}
