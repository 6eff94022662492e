import BorderOps
import Words

/// What a form records. Each purpose makes its form (fields, defaults) and turns valid values
/// into events in its own file; this is the one switch that finds them.
public enum FormPurpose: Sendable, Equatable {
    case voyage
    case operation
    /// A team of operation `op`.
    case team(op: String)
    /// The next phase of operation `op` (or a note on the current one).
    case phase(op: String)
    /// A finding of operation `op`, which had `count` findings when the form opened.
    case finding(op: String, count: Int)
    /// The desk's four daily figures.
    case kpi
    case seizure
    /// A Timpora meeting, an agenda item, an action, an item's minutes (`MeetingForms`); the
    /// ids were made when the form opened.
    case meeting(String, template: ChecklistTemplate?)
    case agendaItem(meeting: String, item: String)
    case action(meeting: String, action: String)
    case minutes(meeting: String, item: AgendaItem)
    /// Corrections (`e`): one agency's day of KPI figures as recorded; a finding kept under
    /// its id; a passenger check recorded on the wrong voyage (`CorrectionForm`).
    case kpiCorrection(KPIDay)
    case findingCorrection(op: String, finding: String)
    case checkMove(PassengerCheck)
    /// Team `team` of operation `op` as recorded (its name, agency, status, place).
    case teamCorrection(op: String, team: String)
    /// Agenda item `item` of `meeting` (its title and owner; state and minutes kept).
    case agendaItemCorrection(meeting: String, item: AgendaItem)

    /// The events a valid form asks for, the item to select and the saved line.
    /// A correction's batch starts with the void of what it corrects (`Form.corrects`).
    public func submission(_ form: Form, values: [String: FormValue], context: FormContext, language: Language) -> FormSubmission {
        let made = made(form, values: values, context: context, language: language)
        return form.corrects.map { CorrectionForm.voiding($0, made, post: form.post, values: values) } ?? made
    }

    private func made(_ form: Form, values: [String: FormValue], context: FormContext, language: Language) -> FormSubmission {
        switch self {
        case .voyage: return VoyageForm.submission(form, values: values, context: context)
        case .operation: return OperationForm.submission(form, values: values, context: context)
        case .team(let op): return TeamForm.submission(form, op: op, values: values)
        case .phase(let op): return PhaseForm.submission(form, op: op, values: values)
        case .finding(let op, let count): return FindingForm.submission(form, op: op, count: count, values: values)
        case .kpi: return KPIForm.submission(form, values: values, language: language)
        case .seizure: return SeizureForm.submission(form, values: values, language: language)
        case .meeting(let id, let template): return MeetingForms.opened(id, template: template, form, values: values)
        case .agendaItem(let meeting, let item): return MeetingForms.added(item, meeting: meeting, form, values: values)
        case .action(let meeting, let action): return MeetingForms.assigned(action, meeting: meeting, form, values: values)
        case .minutes(let meeting, let item): return MeetingForms.minutes(item, meeting: meeting, form, values: values)
        case .kpiCorrection(let day): return KPICorrection.submission(day, form, values: values, language: language)
        case .findingCorrection(let op, let finding): return FindingForm.submission(form, op: op, id: finding, values: values)
        case .checkMove(let check): return CorrectionForm.moved(check, form, values: values, state: context.state)
        case .teamCorrection(let op, let team): return TeamForm.corrected(form, op: op, team: team, values: values, state: context.state)
        case .agendaItemCorrection(let meeting, let item): return MeetingForms.corrected(item, meeting: meeting, form, values: values)
        }
    }
}
