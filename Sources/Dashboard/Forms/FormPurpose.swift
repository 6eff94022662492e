import BorderOps
import Words

/// What a form records. Each purpose makes its form (fields, defaults) and turns valid values
/// into events in its own file; this is the one switch that finds them.
public enum FormPurpose: Sendable, Equatable {
    case voyage

    /// The events a valid form asks for, the item to select and the saved line.
    public func submission(_ form: Form, values: [String: FormValue], context: FormContext, language: Language) -> FormSubmission {
        switch self {
        case .voyage: return VoyageForm.submission(form, values: values, context: context)
        }
    }
}
