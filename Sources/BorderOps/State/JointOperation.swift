import ExactKeys

public struct OperationTeam: Sendable, Equatable {
    public var team: String
    public var agency: String
    public var status: TeamStatus
    public var location: String?
    public var updated: Timestamp
}

public struct Finding: Sendable, Equatable {
    public var finding: String
    public var category: FindingCategory
    public var severity: Severity
    public var summary: String
    public var recorded: Timestamp
    public var by: String?
}

public struct PhaseChange: Sendable, Equatable {
    public var phase: OperationPhase
    public var at: Timestamp
    public var note: String?
    public var by: String?
}

/// An operasi gabungan: plan, phase, teams and findings.
public struct JointOperation: Sendable, KeptEventFolding {
    public let id: String
    public private(set) var post: String
    public private(set) var planned = false
    public private(set) var title = ""
    public private(set) var location = ""
    public private(set) var lead = ""
    public private(set) var agencies: [String] = []
    public private(set) var starts: Timestamp?
    /// `planned` until an `op.phase` arrives; the latest `op.phase` wins.
    public private(set) var phase: OperationPhase = .planned
    public private(set) var phaseChanges: [PhaseChange] = []
    public private(set) var teams: [ExactKey: OperationTeam] = [:]
    public private(set) var findings: [ExactKey: Finding] = [:]
    public private(set) var exercise = false
    /// Its events, as positions in `BorderState.kept` (`KeptEventFolding`).
    var keptPositions: [Int] = []

    init(id: String, post: String) {
        self.id = id
        self.post = post
    }

    public var criticalFindings: Int { findings.values.reduce(0) { $0 + ($1.severity == .critical ? 1 : 0) } }

    mutating func fold(_ event: Event) {
        let env = event.envelope
        switch event.body {
        case let .opPlanned(_, title, location, lead, agencies, starts):
            planned = true
            self.title = title
            self.location = location
            self.lead = lead
            self.agencies = agencies
            self.starts = starts
        case let .opPhase(_, phase, note):
            self.phase = phase
            phaseChanges.append(PhaseChange(phase: phase, at: env.ts, note: note, by: env.by))
        case let .opTeam(_, team, agency, status, location):
            teams[ExactKey(team)] = OperationTeam(team: team, agency: agency, status: status, location: location, updated: env.ts)
        case let .opFinding(_, finding, category, severity, summary):
            findings[ExactKey(finding)] = Finding(
                finding: finding, category: category, severity: severity, summary: summary, recorded: env.ts, by: env.by)
        default:
            return
        }
        if env.exercise { exercise = true }
    }
}
