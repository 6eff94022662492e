import BorderOps
import EventLog

extension FoldedSources {
    /// The alerts in force at `now` over what was folded, the sources' health included: a
    /// source that could not be read is an alert, not an error (`alerts` for cron and scripts).
    public func alerts(at now: Timestamp, settings: AlertSettings) -> [Alert] {
        var health = SourceHealthTracker()
        health.observe(problems: Dictionary(notices.map { ($0.path, $0.kind.stateAfter.readProblem) }, uniquingKeysWith: { _, last in last }),
                       malformed: fold.malformedBySource, now: now)
        return AlertRules.evaluate(fold.state, sources: health.all, now: now, settings: settings)
    }
}
