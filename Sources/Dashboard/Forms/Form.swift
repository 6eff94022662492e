import BorderOps
import Words

/// A recording form: its fields, the one in focus, and whether Esc is asking to discard. What
/// it writes is its purpose's (`FormPurpose`); the engine (`FormKeys`, `FormView`) is the same
/// for every form. Nothing is written until every field is valid.
public struct Form: Sendable, Equatable {
    public var purpose: FormPurpose
    public var title: Word
    /// The pane the form was opened in (it is drawn there, zoomed).
    public var pane: PaneID
    /// The post the events are written for; its zone reads times and dates.
    public var post: String
    public var fields: [FormField]
    public var focus = 0
    /// Esc after something was typed: asking whether to discard it.
    public var confirmingDiscard = false
    /// Something was typed or chosen since the form opened (Esc then asks first).
    public var edited = false
    /// A correction (`e` on a recorded item): the event it voids, written before the corrected
    /// one in the same batch (`CorrectionForm`); nil for a form that records something new.
    public var corrects: String?
    /// What a correction corrects, in words, under the title ("kpi.reported b7 · imigrasi-03, 20/11 08.00").
    public var correcting: String?

    public init(_ purpose: FormPurpose, title: Word, pane: PaneID, post: String, fields: [FormField]) {
        self.purpose = purpose
        self.title = title
        self.pane = pane
        self.post = post
        self.fields = fields
    }

    /// The field writing member `key`.
    public subscript(_ key: String) -> FormField? { fields.first { $0.key == key } }

    public var current: FormField { fields[focus] }

    /// Every field's value by its key, or the first field that is not valid and why.
    public func values(_ context: FormContext) -> Result<[String: FormValue], FormProblem> {
        var values: [String: FormValue] = [:]
        for (index, field) in fields.enumerated() {
            switch field.value(context) {
            case .success(let value): values[field.key] = value
            case .failure(let problem): return .failure(FormProblem(field: index, problem: problem))
            }
        }
        return .success(values)
    }
}

/// Why a form cannot be written yet: the field and the reason.
public struct FormProblem: Error, Sendable, Equatable {
    public var field: Int
    public var problem: OfficerInputProblem
}

/// What a valid form asks to be written: one or more events, appended as one batch; the item
/// to select once it is read back; the line that says what was recorded.
public struct FormSubmission: Sendable, Equatable {
    public var intents: [OperatorIntent]
    public var select: (pane: PaneID, id: String)?
    /// "KM. Thalia · Nunukan → Parepare": what `Tersimpan:` names.
    public var summary: String
    /// The form as it was sent: shown again, content kept, when the write fails.
    public var form: Form
    /// The item selected is opened (its detail) once it is read back: a new meeting.
    public var opens = false

    public init(intents: [OperatorIntent], select: (pane: PaneID, id: String)?, summary: String, form: Form) {
        self.intents = intents
        self.select = select
        self.summary = summary
        self.form = form
    }

    public static func == (a: FormSubmission, b: FormSubmission) -> Bool {
        a.intents == b.intents && a.select?.pane == b.select?.pane && a.select?.id == b.select?.id && a.summary == b.summary && a.form == b.form && a.opens == b.opens
    }
}
