import BorderOps
import JSON
import Words

/// The seizure form (`S` in the desk pane): case, commodity (picked in the interface
/// language), value as officers write it (`Rp750.000.000`, `750 jt`, `1,2 M`), suspects, agency,
/// and what officers report besides (quantity and unit, place, modus, loss prevented), each
/// optional; `seizure.recorded`.
public enum SeizureForm {
    /// `recorded`: a seizure to correct, its form filled with what the desk holds of it, the
    /// optional fields too (a correction of the value alone keeps the place and the modus).
    public static func make(_ input: DashboardInput, model: DashboardModel, recorded: Seizure? = nil) -> Form {
        let post = recorded?.post ?? FormDefaults.post(.desk, model, input)
        let agencies = KnownAgencies.choices(input, post: post, recorded: recorded?.agency)
        let own = recorded.flatMap { r in agencies.firstIndex { $0.code == r.agency } }.map { [$0] } ?? FormDefaults.operatorAgency(input, agencies)
        let details = recorded?.details
        let commodities = Commodity.allCases.map { FormField.Choice(code: $0.rawValue, word: Word.code($0)) }
        return Form(.seizure, title: .seizureFormTitle, pane: .desk, post: post, fields: [
            FormField("case", .fieldCase, text: recorded?.caseID ?? ""),
            FormField("commodity", .fieldCommodity, kind: .pick, choices: commodities, chosen: [recorded.flatMap { Commodity.allCases.firstIndex(of: $0.commodity) } ?? 0]),
            FormField("value_idr", .fieldValue, kind: .rupiah, text: recorded.map { model.language.rupiah($0.valueIDR) } ?? ""),
            FormField("suspects", .fieldSuspects, kind: .count, text: recorded.map { String($0.suspects) } ?? ""),
            FormField("agency", .fieldAgency, kind: .pick, choices: agencies, chosen: own.isEmpty ? [0] : own, takesNewCode: true),
            FormField("quantity", .fieldQuantity, kind: .count, optional: true, text: details?.quantity.map { String($0) } ?? ""),
            FormField("unit", .fieldUnit, optional: true, text: details?.unit ?? "",
                      suggestions: ["gram", "kg", "bungkus", "slop", "batang", "ekor", "botol", "unit"]),
            FormField("place", .fieldPlace, optional: true, text: details?.place ?? ""),
            FormField("modus", .fieldModus, optional: true, text: details?.modus ?? ""),
            FormField("loss_prevented_idr", .fieldLossPrevented, kind: .rupiah, optional: true,
                      text: details?.lossPreventedIDR.map { model.language.rupiah($0) } ?? ""),
        ])
    }

    static func submission(_ form: Form, values: [String: FormValue], language: Language) -> FormSubmission {
        let intent = OperatorIntent(type: .seizureRecorded, post: form.post, fields: values.members([
            "case", "commodity", "value_idr", "suspects", "agency", "quantity", "unit", "place", "modus", "loss_prevented_idr",
        ]))
        var value = ""
        if case .rupiah(let n)? = values["value_idr"] { value = language.shortRupiah(n) }
        let commodity = form["commodity"]?.chosenText(language) ?? ""
        return FormSubmission(intents: [intent], select: nil, summary: "\(values["case"]?.string ?? "") · \(commodity) · \(value)", form: form)
    }
}
