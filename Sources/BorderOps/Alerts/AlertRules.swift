import ExactKeys

/// Settings of the rules (command-line options).
public struct AlertSettings: Sendable, Equatable {
    /// A voyage with unchecked passengers warns this many minutes before it departs.
    public var warnDepartureMinutes: Int64 = 30
    /// A post silent for longer than this many minutes is stale (nil: the rule is off).
    public var staleMinutes: Int64?
    /// Each post's zone (the posts file): a date-only due date falls due at the end of that day
    /// there, and alert texts give times in it. Not the viewer's zone: every terminal must agree.
    public var postZones: [String: PostZone] = [:]
    /// The zone of a post the posts file does not list.
    public var zone: PostZone = .wita

    public init(warnDepartureMinutes: Int64 = 30, staleMinutes: Int64? = nil, zone: PostZone = .wita, postZones: [String: PostZone] = [:]) {
        self.warnDepartureMinutes = warnDepartureMinutes
        self.staleMinutes = staleMinutes
        self.zone = zone
        self.postZones = postZones
    }

    public func zone(of post: String?) -> PostZone { post.flatMap { postZones[$0] } ?? zone }
}

/// The alert rules: each a pure function of the folded state, the sources' health and the
/// clock. The same state and instant always give the same alerts, on every terminal.
public enum AlertRules {
    /// The alerts in force at `now`, in screen order, with their acknowledgements.
    public static func evaluate(_ state: BorderState, sources: [SourceHealth] = [], now: Timestamp, settings: AlertSettings = AlertSettings()) -> [Alert] {
        var alerts: [Alert] = []
        alerts += departures(state, now: now, settings: settings)
        alerts += overdueActions(state, now: now, settings: settings)
        alerts += criticalFindings(state, settings: settings)
        alerts += stalePosts(state, now: now, settings: settings)
        alerts += sourceProblems(sources)
        for i in alerts.indices { alerts[i].acknowledgement = state.acknowledgements[alerts[i].id] }
        return alerts.sorted(byKey: Alert.ScreenKey.init, by: <)
    }

    /// The next instant after `now` at which a time rule changes its answer with no event
    /// arriving (a departure warning starting, an action falling due): the dashboard wakes then.
    public static func nextChange(_ state: BorderState, now: Timestamp, settings: AlertSettings = AlertSettings()) -> Timestamp? {
        let voyages = state.voyages.values.lazy.compactMap { departureChange($0, after: now, settings: settings) }
        let actions = state.actions.values.lazy.compactMap { dueChange($0, state, after: now, settings: settings) }
        return [voyages.min(), actions.min(), staleChange(state, after: now, settings: settings)].compactMap { $0 }.min()
    }

    /// When a voyage's departure rule next changes its answer after `now`: its warning starts,
    /// or its departure passes (nil: never without an event).
    static func departureChange(_ voyage: Voyage, after now: Timestamp, settings: AlertSettings) -> Timestamp? {
        guard unchecked(voyage) > 0, let departs = voyage.departs else { return nil }
        return [departs.subtracting(minutes: settings.warnDepartureMinutes), departs].filter { now < $0 }.min()
    }

    /// When an open action next falls due after `now`.
    static func dueChange(_ action: ActionItem, _ state: BorderState, after now: Timestamp, settings: AlertSettings) -> Timestamp? {
        guard action.assigned, action.state == .open, let due = action.due else { return nil }
        let dueAt = dueInstant(due, settings.zone(of: action.meeting.flatMap { state.meetings[$0]?.post }))
        return now < dueAt ? dueAt : nil
    }

    /// When a post next falls silent for too long after `now`.
    static func staleChange(_ state: BorderState, after now: Timestamp, settings: AlertSettings) -> Timestamp? {
        guard let stale = settings.staleMinutes else { return nil }
        return state.posts.values.compactMap { $0.lastEvent?.adding(minutes: stale) }.filter { now < $0 }.min()
    }

    // MARK: - Rules

    static func unchecked(_ voyage: Voyage) -> Int64 {
        guard voyage.opened, !voyage.closed else { return 0 }
        return max(0, voyage.manifest - Int64(voyage.checked))
    }

    /// Warning within the warning window before departure while passengers are unchecked;
    /// critical once the departure time has passed and the voyage is still not closed.
    static func departures(_ state: BorderState, now: Timestamp, settings: AlertSettings) -> [Alert] {
        state.voyages.values.compactMap { departure($0, now: now, settings: settings) }
    }

    static func departure(_ voyage: Voyage, now: Timestamp, settings: AlertSettings) -> Alert? {
        let missing = unchecked(voyage)
        guard missing > 0, let departs = voyage.departs else { return nil }
        let warnFrom = departs.subtracting(minutes: settings.warnDepartureMinutes)
        guard !(now < warnFrom) else { return nil }
        let passed = !(now < departs)
        return Alert(id: "departure:\(voyage.id)", severity: passed ? .critical : .warning,
                     subject: .departure(vessel: voyage.vessel.isEmpty ? voyage.id : voyage.vessel, departs: departs,
                                         missing: missing, manifest: voyage.manifest, passed: passed),
                     exercise: voyage.exercise, zone: settings.zone(of: voyage.post),
                     post: voyage.post, began: warnFrom, escalated: passed ? departs : nil)
    }

    /// A date-only due date falls due at the end of that day in the post's zone.
    public static func dueInstant(_ due: DueDate, _ zone: PostZone) -> Timestamp {
        switch due {
        case .time(let t): return t
        case .day(let d):
            return Timestamp(epochSeconds: (d.daysSinceEpoch + 1) * 86_400 - Int64(zone.offsetSeconds), offsetSeconds: zone.offsetSeconds)
        }
    }

    static func overdueActions(_ state: BorderState, now: Timestamp, settings: AlertSettings) -> [Alert] {
        state.actions.values.compactMap { overdue($0, state, now: now, settings: settings) }
    }

    static func overdue(_ action: ActionItem, _ state: BorderState, now: Timestamp, settings: AlertSettings) -> Alert? {
        guard action.assigned, action.state == .open, let due = action.due else { return nil }
        let meeting = action.meeting.flatMap { state.meetings[$0] }
        let zone = settings.zone(of: meeting?.post)
        let dueAt = dueInstant(due, zone)
        guard !(now < dueAt) else { return nil }
        return Alert(id: "action:\(action.id)", severity: .warning,
                     subject: .overdueAction(title: action.title.isEmpty ? action.id : action.title, owner: action.owner, due: due, dueAt: dueAt),
                     exercise: meeting?.exercise ?? false, zone: zone, post: meeting?.post, began: dueAt)
    }

    static func criticalFindings(_ state: BorderState, settings: AlertSettings) -> [Alert] {
        state.operations.values.flatMap { criticalFindings(of: $0, settings: settings) }
    }

    /// Critical until acknowledged, whatever the operation's phase.
    static func criticalFindings(of op: JointOperation, settings: AlertSettings) -> [Alert] {
        op.findings.values.filter { $0.severity == .critical }
            .sorted { $0.recorded.instant != $1.recorded.instant ? $0.recorded < $1.recorded : ExactKey($0.finding) < ExactKey($1.finding) }
            .map { finding in
                Alert(id: "finding:\(op.id):\(finding.finding)", severity: .critical,
                      subject: .criticalFinding(category: finding.category, place: op.title.isEmpty ? op.id : op.title, summary: finding.summary),
                      exercise: op.exercise, zone: settings.zone(of: op.post), post: op.post, began: finding.recorded)
            }
    }

    static func stalePosts(_ state: BorderState, now: Timestamp, settings: AlertSettings) -> [Alert] {
        guard let stale = settings.staleMinutes else { return [] }
        return state.posts.values.compactMap { post in
            guard let last = post.lastEvent else { return nil }
            let staleFrom = last.adding(minutes: stale)
            guard !(now < staleFrom) else { return nil }
            return Alert(id: "stale:\(post.post)", severity: .warning,
                         subject: .stalePost(post: post.post, last: last, silentMinutes: (now.epochSeconds - last.epochSeconds) / 60),
                         zone: settings.zone(of: post.post), post: post.post, began: staleFrom)
        }
    }

    static func sourceProblems(_ sources: [SourceHealth]) -> [Alert] {
        sources.flatMap { source -> [Alert] in
            var alerts: [Alert] = []
            if let problem = source.problem, let since = source.problemSince {
                alerts.append(Alert(id: "source:\(source.path)", severity: .warning,
                                    subject: .unreadableSource(path: source.path, problem: problem), began: since))
            }
            if source.malformed > 0, let since = source.malformedSince {
                alerts.append(Alert(id: "malformed:\(source.path)", severity: .info,
                                    subject: .malformedLines(path: source.path, count: source.malformed), began: since,
                                    escalated: source.malformedGrew.flatMap { since < $0 ? $0 : nil }))
            }
            // A broken link: a line was changed, added or removed after it was written. A warning:
            // the events read still stand, but the file is weaker evidence until someone looks.
            if let line = source.chainBrokenAt, let since = source.chainBrokenSince {
                alerts.append(Alert(id: "chain:\(source.path)", severity: .warning,
                                    subject: .brokenChain(path: source.path, line: line), began: since))
            }
            return alerts
        }
    }
}
