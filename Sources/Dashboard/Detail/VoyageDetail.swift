import BorderOps
import Words

/// A voyage in full: vessel, route, departure, manifest, results, every check (read again from
/// the files, `VoyageChecksRead`; the state's latest 16 until then), newest first, with
/// passenger, document, result, who, note and id; corrections.
enum VoyageDetail {
    static func document(_ v: Voyage, context: ViewContext) -> DetailDocument {
        var d = DetailDocument(title: v.vessel.isEmpty ? v.id : v.vessel, id: v.id)
        let t = context.t
        func time(_ ts: Timestamp) -> String { DetailTime.full(ts, post: v.post, context: context) }
        d.field(t(.detailID), v.id)
        d.field(t(.detailPost.heading), v.post)
        if v.opened {
            d.field(t(.route.heading), "\(v.from) → \(v.to)")
            if let departs = v.departs { d.field(t(.departs.heading), time(departs)) }
            d.field(t(.manifest.heading), context.count(v.manifest))
            if let checkpoint = v.checkpoint { d.field(t(.detailCheckpoint.heading), checkpoint) }
        } else {
            d.text(t(.detailNotOpened), role: .muted)
        }
        d.field(t(.state), v.closed ? t(.closed) + (v.departed.map { " · \(t(.detailDeparted)) \(time($0))" } ?? "") : t(.open))

        d.heading("\(t(.detailResults)): \(t(.checked)) \(context.count(v.checked))/\(context.count(v.manifest))")
        for result in CheckResult.allCases {
            let n = v.results[result]
            d.item(resultMark(result), "\(t(.code(result))) \(context.count(n))", role: n > 0 ? VoyagesPane.resultRole(result) : .muted)
        }

        let corrections = DetailCorrections.of(.voyage(v.id), in: context.input.state)
        let read = context.input.detailChecks.flatMap { $0.voyage == v.id ? $0 : nil }
        let shown = VoyageCheckEntries.of(v, read: read, voided: Set(corrections.map(\.target)), zone: context.zone(of: v.post), language: context.language,
                                             currentYear: context.currentYear(in: context.zone(of: v.post)))
        d.heading("\(t(shown.every ? .detailAllChecks : .latestChecks)) (\(context.count(shown.count)))")
        if !shown.every { d.text(read?.problem ?? t(.detailReadingChecks), role: .muted, indent: 1) }
        if shown.count == 0 { d.item("", t(.detailNoChecks), role: .muted) }
        d.append(shown.entries)
        if !shown.every && v.checked > shown.count { d.text(t(.detailChecksHeld), role: .muted, indent: 1) }
        DetailCorrections.add(corrections, to: &d, context: context)
        return d
    }
}
