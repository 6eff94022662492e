import BorderOps
import Words

/// The corrections (`event.voided`) of what a detail view describes: a voided item is gone from
/// the panes, and here is who voided what, when and why (issue 21).
enum DetailCorrections {
    static func add(_ corrections: [Correction], to document: inout DetailDocument, context: ViewContext) {
        guard !corrections.isEmpty else { return }
        document.heading("\(context.t(.detailCorrections)) (\(corrections.count))", role: .warn)
        for k in corrections {
            let when = DetailTime.full(k.at, post: k.post, context: context)
            document.item("✗", "\(context.t(.correctionKind(k.subject))) \(k.subject.label) · \(context.t(.detailID)) \(k.target)", role: .warn)
            document.item("", "\(context.t(.detailVoided)) \(when) \(context.t(.detailVoidedBy)) \(k.by ?? "?")", indent: 3)
            document.item("", "\(context.t(.reason)): \(k.reason)", indent: 3)
        }
    }

    /// The corrections of `target`, in the order they took effect.
    static func of(_ target: DetailTarget, in state: BorderState) -> [Correction] {
        state.corrections.filter { k in
            switch (target, k.subject) {
            case (.voyage(let id), .voyage(let v)): return v == id
            case (.voyage(let id), .passenger(let v, _)): return v == id
            case (.operation(let id), _): return k.subject.operation == id
            case (.meeting(let id), _): return k.subject.meeting == id
            case (.desk, .kpi), (.desk, .seizure): return true
            case (.alert(let id), .alert(let a)): return a == id
            case (.seizure(let id), .seizure(let c)): return c == id
            default: return false
            }
        }
    }
}
