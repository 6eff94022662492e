import BorderOps

/// A voyage's every check, read again from the event files when its detail view opens
/// (`Effect.readChecks`, `VoyageCheckFiles` in Ingest): the state keeps only the latest 16, so
/// that a long log costs no memory for what an officer reads only in this view.
public struct VoyageChecksRead: Sendable, Equatable {
    public var voyage: String
    /// Oldest first; nil when a file could not be read (`problem` says which and why).
    public var checks: [PassengerCheck]?
    public var problem: String?

    public init(voyage: String, checks: [PassengerCheck]?, problem: String? = nil) {
        self.voyage = voyage
        self.checks = checks
        self.problem = problem
    }

    /// What the voyage's detail lists, newest first: every check read, with the state's latest
    /// ones that came after the read, voided ones left out (their correction is listed below);
    /// `every` false: only the state's latest (not read yet, or the read failed).
    static func shown(_ v: Voyage, read: VoyageChecksRead?, voided: Set<String>) -> (checks: [PassengerCheck], every: Bool) {
        guard let read, read.voyage == v.id, let checks = read.checks else { return (v.recentChecks.reversed(), false) }
        let ids = Set(checks.map(\.id))
        let merged = checks + v.recentChecks.filter { !ids.contains($0.id) }
        return (merged.filter { !voided.contains($0.id) }.reversed(), true)
    }
}
