import BorderOps
import Words

/// A seizure in full: case, commodity, quantity, value in rupiah (in full and short), suspects,
/// agency, place, modus, loss prevented, who recorded it and when (in the post's zone, the first
/// record and the latest, a correction), its corrections.
enum SeizureDetail {
    static func document(_ s: Seizure, context: ViewContext) -> DetailDocument {
        let t = context.t
        var d = DetailDocument(title: "\(t(.seizureFormTitle)) · \(s.caseID)", id: s.caseID)
        func time(_ ts: Timestamp) -> String { DetailTime.full(ts, post: s.post, context: context) }
        let by = s.by.map { " \(t(.detailVoidedBy)) \($0)" } ?? ""
        d.field(t(.fieldCase), s.caseID)
        d.field(t(.detailPost.heading), s.post)
        d.field(t(.fieldCommodity), t(.code(s.commodity)))
        if let quantity = s.details.quantity {
            d.field(t(.fieldQuantity), context.count(quantity) + (s.details.unit.map { " \($0)" } ?? ""))
        } else if let unit = s.details.unit {
            d.field(t(.fieldUnit), unit)
        }
        d.field(t(.fieldValue), money(s.valueIDR, context.language))
        d.field(t(.fieldSuspects), context.count(s.suspects))
        d.field(t(.fieldAgency), s.agency)
        if let place = s.details.place { d.field(t(.place), place) }
        if let modus = s.details.modus { d.field(t(.fieldModus), modus) }
        if let loss = s.details.lossPreventedIDR { d.field(t(.fieldLossPrevented), money(loss, context.language)) }
        if s.recorded == s.firstRecorded {
            d.field(t(.detailRecorded.heading), time(s.recorded) + by)
        } else {
            // A later record of the same case corrected it: the first says when it was seized.
            d.field(t(.detailRecorded.heading), time(s.firstRecorded))
            d.field(t(.detailRecordedAgain.heading), time(s.recorded) + by)
        }
        DetailCorrections.add(DetailCorrections.of(.seizure(s.caseID), in: context.input.state), to: &d, context: context)
        return d
    }

    /// In full, grouped the screen language's way, and short beside it (the desks' units, `jt`,
    /// `M`, `T`) from a million up (`Rp750.000.000 (Rp750 jt)`, `Rp750,000,000 (Rp750 jt)`).
    static func money(_ value: Int64, _ language: Language) -> String {
        let full = language.rupiah(value)
        return value < 1_000_000 ? full : "\(full) (\(language.shortRupiah(value)))"
    }
}
