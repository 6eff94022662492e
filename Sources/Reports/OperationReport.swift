import BorderOps
import ExactKeys
import SafeText
import Words

/// The laporan hasil kegiatan of a joint operation, from the folded log: basis and purpose,
/// time and place, lead and agencies, the phase timeline, teams, the day's voyages and their
/// results, findings by severity, the checklist with who did each step, skipped steps with
/// their reasons, and the closing a Kepala Kantor signs.
public enum OperationReport {
    public static func build(_ state: BorderState, op id: String, context c: ReportContext) throws(ReportError) -> ReportDocument {
        guard let op = state.operations[id], op.planned else {
            throw .unknownOperation(id, known: state.operations.values.filter(\.planned).map(\.id))
        }
        let l = c.language
        var blocks: [ReportBlock] = []
        let start = op.phaseChanges.first.map { min($0.at, op.starts ?? $0.at) } ?? op.starts
        let end = op.phaseChanges.last { $0.phase == .closed }?.at
        let day = start.map { PostTime.local($0, c.zone).0 }

        // Basis: the meetings of the same post held that day before the operation began.
        let basis = state.meetings.values.filter { m in
            guard ExactKey.bytesEqual(m.post, op.post), let first = m.firstMention, let start, let day else { return false }
            return first < start && PostTime.local(first, c.zone).0 == day
        }
        var fields = [
            ReportField(c.w(.basis), basis.isEmpty ? c.w(.notRecorded)
                        : basis.map { "\(c.w(.meetingBasis)) \($0.title)" + ($0.chair.isEmpty ? "" : " (\($0.chair))") }.joined(separator: "; ")),
            ReportField(c.w(.purpose), op.title),
            ReportField(c.w(.time), (start.map(c.dateTime) ?? c.w(.notRecorded)) + (end.map { " – \(c.clock($0)) \(c.zone.name)" } ?? "")),
            ReportField(c.w(.place), op.location),
            ReportField(c.w(.leadAgency), op.lead),
            ReportField(c.w(.agencies), op.agencies.joined(separator: ", ")),
        ]
        if op.exercise { fields.append(ReportField(c.w(.exerciseBanner), c.w(.exerciseData))) }
        blocks.append(.fields(fields))

        // Phases, as a picture and as a table.
        if let first = op.phaseChanges.first?.at {
            blocks.append(.heading(c.w(.phases)))
            let entries = op.phaseChanges.map { change in
                TimelineEntry(label: l.text(.code(change.phase)), time: c.clock(change.at),
                              minute: (change.at.epochSeconds - first.epochSeconds) / 60)
            }
            blocks.append(.timeline(entries))
            blocks.append(.table(ReportTable(header: [c.w(.phase.heading), c.w(.at), c.w(.by), c.w(.note)], rows: op.phaseChanges.map { change in
                [l.text(.code(change.phase)), c.clock(change.at), change.by ?? "", change.note ?? ""]
            })))
        }

        blocks.append(.heading(c.w(.teams)))
        let teams = op.teams.values.sorted { ExactKey($0.team) < ExactKey($1.team) }
        blocks.append(.table(ReportTable(header: [c.w(.team), c.w(.agency), c.w(.teamLocation), c.w(.status)], rows: teams.map { t in
            [t.team, t.agency, t.location ?? "", l.text(.code(t.status))]
        })))

        // The day's voyages at the post: what the operation checked.
        blocks.append(.heading(c.w(.voyages)))
        let voyages = state.voyages.values.filter { v in
            guard ExactKey.bytesEqual(v.post, op.post), v.opened, let departs = v.departs, let day else { return false }
            return PostTime.local(departs, c.zone).0 == day
        }
        if voyages.isEmpty {
            blocks.append(.paragraph(c.w(.noVoyagesThatDay)))
        } else {
            let results: [CheckResult] = [.cleared, .postponed, .referred, .violation, .denied]
            let words = results.map { Word.code($0).heading }
            blocks.append(.table(ReportTable(
                header: [c.w(.vessel.heading), c.w(.route.heading), c.w(.departs.heading), c.w(.manifest.heading), c.w(.checked.heading)] + words.map(c.w),
                rows: voyages.map { v in
                    [v.vessel, "\(v.from) – \(v.to)", v.departs.map(c.clock) ?? "", String(v.manifest), String(v.checked)]
                        + results.map { String(v.results[$0]) }
                },
                numeric: Set(3...9))))
            blocks.append(.chart(ReportChart(title: c.w(.resultsChart), series: words.map(c.w),
                                             bars: voyages.map { v in (v.vessel, results.map { Int64(v.results[$0]) }) })))
        }

        blocks.append(.heading(c.w(.findings)))
        let severities: [Severity] = [.critical, .warning, .info]
        // Severity, time, then id: never the dictionary's (per-process) order.
        let findings = op.findings.values.sorted { a, b in
            let (sa, sb) = (severities.firstIndex(of: a.severity)!, severities.firstIndex(of: b.severity)!)
            if sa != sb { return sa < sb }
            if a.recorded.instant != b.recorded.instant { return a.recorded < b.recorded }
            return ExactKey(a.finding) < ExactKey(b.finding)
        }
        if findings.isEmpty {
            blocks.append(.paragraph(c.w(.noFindings)))
        } else {
            // Free text last: a plain-text table never cuts its last column.
            blocks.append(.table(ReportTable(header: [c.w(.severity), c.w(.category), c.w(.recordedBy), c.w(.summary)], rows: findings.map { f in
                [l.text(.code(f.severity)), l.text(.code(f.category)),
                 c.clock(f.recorded) + (f.by.map { ", \($0)" } ?? ""), f.summary]
            })))
        }

        blocks.append(.heading(c.w(.checklist)))
        if let checklist = state.checklists.values.first(where: { $0.op.map { ExactKey.bytesEqual($0, op.id) } ?? false }) {
            blocks.append(.table(ReportTable(header: ["#", c.w(.step), c.w(.state), c.w(.by), c.w(.at), c.w(.note)],
                                             rows: checklist.steps.enumerated().map { n, step in
                let mark = checklist.marks[ExactKey(step.step)]
                return [String(n + 1), step.title, l.text(.code(mark?.state ?? .open)), mark?.by ?? "",
                        mark.map { c.clock($0.at) } ?? "", mark?.note ?? ""]
            }, numeric: [0])))
            let skipped = checklist.steps.filter { checklist.state(of: $0.step) == .skipped }
            if !skipped.isEmpty {
                blocks.append(.heading(c.w(.skippedSteps)))
                blocks.append(.table(ReportTable(header: [c.w(.step), c.w(.by), c.w(.reason)], rows: skipped.map { step in
                    let mark = checklist.marks[ExactKey(step.step)]
                    return [step.title, mark?.by ?? "", mark?.note ?? c.w(.notRecorded)]
                })))
            }
        } else {
            blocks.append(.paragraph(c.w(.noChecklistRecorded)))
        }

        // Corrections to what the report draws on: the operation, its checklist, the day's voyages.
        let listed = Set(voyages.map { ExactKey($0.id) })
        // A voyage or meeting of the day voided whole (opened by mistake) is gone from the
        // report: its opening's void is listed (not each of its records' voids).
        func voidedThatDay(_ k: Correction, gone: Bool, opening: EventType) -> Bool {
            guard gone, k.targetType == opening.rawValue, let time = k.targetTime, let day,
                  ExactKey.bytesEqual(k.targetPost ?? k.post, op.post) else { return false }
            return PostTime.local(time, c.zone).0 == day
        }
        blocks += CorrectionsAppendix.blocks(state.corrections.filter { k in
            switch k.subject {
            case .voyage(let v): return listed.contains(ExactKey(v)) || voidedThatDay(k, gone: state.voyages[v] == nil, opening: .voyageOpened)
            case .meeting(let m): return voidedThatDay(k, gone: state.meetings[m] == nil, opening: .meetingOpened)
            case .passenger(let v, _): return listed.contains(ExactKey(v))
            default: return k.subject.operation.map { ExactKey.bytesEqual($0, op.id) } ?? false
            }
        }, context: c)

        let place = op.location.isEmpty ? op.post : op.location
        return c.document(.operationReport, title: op.title, exercise: op.exercise, blocks: blocks,
                          signedAt: "\(place), \(c.longDate(end ?? start ?? c.generated))", by: .signer)
    }
}
