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
public struct JointOperation: Sendable {
    public let id: String
    public var post: String
    public var planned = false
    public var title = ""
    public var location = ""
    public var lead = ""
    public var agencies: [String] = []
    public var starts: Timestamp?
    /// `planned` until an `op.phase` arrives; the latest `op.phase` wins.
    public var phase: OperationPhase = .planned
    public var phaseChanges: [PhaseChange] = []
    public var teams: [ExactKey: OperationTeam] = [:]
    public var findings: [ExactKey: Finding] = [:]
    public var exercise = false

    init(id: String, post: String) {
        self.id = id
        self.post = post
    }

    public var criticalFindings: Int { findings.values.reduce(0) { $0 + ($1.severity == .critical ? 1 : 0) } }
}
