/// What a voided event was about, for reports and detail views that list corrections.
public enum CorrectionSubject: Sendable, Equatable {
    case passenger(voyage: String, passenger: String)
    case voyage(String)
    case operation(String)
    /// `op`: the operation the checklist belonged to when the void took effect, if known.
    case checklist(String, op: String?)
    case meeting(String)
    /// `meeting`: the meeting the action belonged to when the void took effect, if known.
    case action(String, meeting: String?)
    case kpi(date: CivilDate, metric: KPIMetric, agency: String, count: Int64)
    case seizure(case: String)
    case alert(String)

    /// The operation it concerns, if any.
    public var operation: String? {
        switch self {
        case .operation(let op): return op
        case .checklist(_, let op): return op
        default: return nil
        }
    }

    /// The meeting it concerns, if any.
    public var meeting: String? {
        switch self {
        case .meeting(let meeting): return meeting
        case .action(_, let meeting): return meeting
        default: return nil
        }
    }

    /// The thing's id as a report names it (`voyage / passenger`, `date metric agency`, ...).
    public var label: String {
        switch self {
        case let .passenger(voyage, passenger): return "\(voyage) / \(passenger)"
        case let .voyage(id), let .operation(id), let .meeting(id), let .seizure(id), let .alert(id): return id
        case let .checklist(id, _), let .action(id, _): return id
        case let .kpi(date, metric, agency, count): return "\(date) \(metric.rawValue) \(agency) \(count)"
        }
    }
}

/// One voided event: who voided it, when and why (the `event.voided`'s `by`, `ts` and
/// `reason`), and what it was (its id, type and subject).
public struct Correction: Sendable, Equatable {
    /// The voided event's id and type as written.
    public var target: String
    public var targetType: String
    public var subject: CorrectionSubject
    /// When the voided event said it happened (unknown for a passenger check voided after it
    /// left the voyage's recent checks: the fold does not keep every check's time).
    public var targetTime: Timestamp?
    /// The voided event's post (unknown for a passenger check voided after it was folded).
    public var targetPost: String?
    /// The `event.voided` that removed it.
    public var voidID: String
    public var at: Timestamp
    public var by: String?
    public var post: String
    public var reason: String
    /// Either event was exercise data.
    public var exercise: Bool
}

/// An `event.voided` as the fold holds it until its target is known.
struct VoidNotice: Sendable {
    var envelope: EventEnvelope
    var reason: String

    /// The record of this void removing `target`.
    func correction(target: String, type: String, subject: CorrectionSubject, time: Timestamp?, post: String?, exercise: Bool) -> Correction {
        Correction(target: target, targetType: type, subject: subject, targetTime: time, targetPost: post, voidID: envelope.id, at: envelope.ts,
                   by: envelope.by, post: envelope.post, reason: reason, exercise: exercise || envelope.exercise)
    }
}
