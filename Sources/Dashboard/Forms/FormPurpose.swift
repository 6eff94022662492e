import BorderOps
import Words

/// What a form records. Each purpose makes its form (fields, defaults) and turns valid values
/// into events in its own file; this is the one switch that finds them.
public enum FormPurpose: Sendable, Equatable {
    case voyage
    case operation
    /// A team of operation `op`.
    case team(op: String)
    /// A finding of operation `op`, which had `count` findings when the form opened.
    case finding(op: String, count: Int)
    /// The desk's four daily figures.
    case kpi
    case seizure

    /// The events a valid form asks for, the item to select and the saved line.
    public func submission(_ form: Form, values: [String: FormValue], context: FormContext, language: Language) -> FormSubmission {
        switch self {
        case .voyage: return VoyageForm.submission(form, values: values, context: context)
        case .operation: return OperationForm.submission(form, values: values, context: context)
        case .team(let op): return TeamForm.submission(form, op: op, values: values)
        case .finding(let op, let count): return FindingForm.submission(form, op: op, count: count, values: values)
        case .kpi: return KPIForm.submission(form, values: values, language: language)
        case .seizure: return SeizureForm.submission(form, values: values, language: language)
        }
    }
}
