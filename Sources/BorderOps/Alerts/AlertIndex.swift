import ExactKeys

/// The alerts in force kept up to date as events fold, so that a frame costs what changed, not
/// what the history holds (issue 19): `AlertRules.evaluate` makes every alert of every voyage,
/// action and operation again, which at a year of headquarters' history was most of a frame.
///
/// Each voyage, action and operation has its alerts and the next instant its time rule changes
/// its answer. `update` makes again only the alerts of the things the folded lines touched
/// (`AlertTouches`) and of those whose instant has passed (a queue ordered by instant), and
/// moves them within a list kept in screen order. Posts and sources are few and are judged
/// afresh on every call. The answers are `AlertRules`' own, for the same state and instant.
public struct AlertIndex: Sendable {
    typealias Subject = AlertTouches.Subject

    private struct Entry: Sendable {
        var alerts: [Alert]
        var changesAt: Timestamp?
    }

    private let settings: AlertSettings
    private var entries: [Subject: Entry] = [:]
    /// The alerts of `entries`, in screen order.
    private var inForce: [Alert] = []
    private var queue = ChangeQueue<Subject>()
    /// The instant of the last update (nil: nothing made yet).
    public private(set) var evaluatedAt: Timestamp?

    public init(settings: AlertSettings) { self.settings = settings }

    /// Brings the alerts up to `now` after the lines `touched` noted were folded into `state`.
    /// Everything is made again the first time, when `touched` says so, and when the clock went
    /// back (a demo restarting its scenario).
    public mutating func update(_ state: BorderState, touched: AlertTouches, now: Timestamp) {
        guard let evaluatedAt, !touched.everything, !(now < evaluatedAt) else { return rebuild(state, now: now) }
        var due = touched.subjects
        while let earliest = queue.earliest, !(now < earliest.at) {
            queue.popEarliest()
            // An entry whose thing has since been given another instant is left behind.
            if entries[earliest.subject]?.changesAt == earliest.at { due.insert(earliest.subject) }
        }
        for subject in due { refresh(subject, state, now: now) }
        dropLeftBehind()
        self.evaluatedAt = now
    }

    /// Takes out the earliest entries that no longer are their thing's instant, so the queue's
    /// first is the next change.
    private mutating func dropLeftBehind() {
        while let earliest = queue.earliest, entries[earliest.subject]?.changesAt != earliest.at { queue.popEarliest() }
    }

    /// The alerts in force, in screen order, with the posts' and the sources' (as
    /// `AlertRules.evaluate` gives them at the instant of the last `update`).
    public func alerts(_ state: BorderState, sources: [SourceHealth]) -> [Alert] {
        guard let now = evaluatedAt else { return [] }
        var extra = AlertRules.stalePosts(state, now: now, settings: settings) + AlertRules.sourceProblems(sources)
        guard !extra.isEmpty else { return inForce }
        for i in extra.indices { extra[i].acknowledgement = state.acknowledgements[extra[i].id] }
        var merged = inForce
        for alert in extra { merged.insert(alert, at: Self.position(of: alert, in: merged)) }
        return merged
    }

    /// When a time rule next changes its answer after the last `update` (`AlertRules.nextChange`).
    public func nextChange(_ state: BorderState) -> Timestamp? {
        guard let now = evaluatedAt else { return nil }
        return [queue.earliest?.at, AlertRules.staleChange(state, after: now, settings: settings)].compactMap { $0 }.min()
    }

    private mutating func rebuild(_ state: BorderState, now: Timestamp) {
        entries = [:]
        queue.removeAll()
        var all: [Alert] = []
        func keep(_ subject: Subject, _ alerts: [Alert], _ changesAt: Timestamp?) {
            guard !alerts.isEmpty || changesAt != nil else { return }
            let acknowledged = Self.acknowledged(alerts, state)
            entries[subject] = Entry(alerts: acknowledged, changesAt: changesAt)
            if let changesAt { queue.push(changesAt, subject) }
            all += acknowledged
        }
        for voyage in state.voyages.values {
            keep(.voyage(voyage.id), AlertRules.departure(voyage, now: now, settings: settings).map { [$0] } ?? [],
                 AlertRules.departureChange(voyage, after: now, settings: settings))
        }
        for action in state.actions.values {
            keep(.action(action.id), AlertRules.overdue(action, state, now: now, settings: settings).map { [$0] } ?? [],
                 AlertRules.dueChange(action, state, after: now, settings: settings))
        }
        for op in state.operations.values { keep(.operation(op.id), AlertRules.criticalFindings(of: op, settings: settings), nil) }
        inForce = all.sorted(byKey: Alert.ScreenKey.init, by: <)
        evaluatedAt = now
    }

    /// Makes one thing's alerts again and moves them to their places.
    private mutating func refresh(_ subject: Subject, _ state: BorderState, now: Timestamp) {
        let (alerts, changesAt) = Self.judge(subject, state, now: now, settings: settings)
        let acknowledged = Self.acknowledged(alerts, state)
        let olds = entries[subject]?.alerts ?? []
        if olds.count == acknowledged.count, zip(olds, acknowledged).allSatisfy({ $0.id == $1.id && Self.samePlace($0, $1) }) {
            // Each keeps its place (a voyage's count of passengers still to check changed, not
            // its order): replaced where it stands. Taken out and put back, every alert after it
            // moved twice (thousands in force at a year's history: most of an append's frame).
            for alert in acknowledged {
                let at = Self.position(of: alert, in: inForce)
                if at < inForce.count, inForce[at].id == alert.id { inForce[at] = alert } else { inForce.insert(alert, at: at) }
            }
        } else {
            for old in olds {
                let at = Self.position(of: old, in: inForce)
                if at < inForce.count, inForce[at].id == old.id { inForce.remove(at: at) }
            }
            for alert in acknowledged { inForce.insert(alert, at: Self.position(of: alert, in: inForce)) }
        }
        entries[subject] = acknowledged.isEmpty && changesAt == nil ? nil : Entry(alerts: acknowledged, changesAt: changesAt)
        if let changesAt { queue.push(changesAt, subject) }
    }

    private static func judge(_ subject: Subject, _ state: BorderState, now: Timestamp, settings: AlertSettings) -> ([Alert], Timestamp?) {
        switch subject {
        case .voyage(let id):
            guard let voyage = state.voyages[id] else { return ([], nil) }
            return (AlertRules.departure(voyage, now: now, settings: settings).map { [$0] } ?? [],
                    AlertRules.departureChange(voyage, after: now, settings: settings))
        case .action(let id):
            guard let action = state.actions[id] else { return ([], nil) }
            return (AlertRules.overdue(action, state, now: now, settings: settings).map { [$0] } ?? [],
                    AlertRules.dueChange(action, state, after: now, settings: settings))
        case .operation(let id):
            guard let op = state.operations[id] else { return ([], nil) }
            return (AlertRules.criticalFindings(of: op, settings: settings), nil)
        }
    }

    private static func acknowledged(_ alerts: [Alert], _ state: BorderState) -> [Alert] {
        guard !state.acknowledgements.isEmpty else { return alerts }
        return alerts.map { alert in
            var alert = alert
            alert.acknowledgement = state.acknowledgements[alert.id]
            return alert
        }
    }

    /// Whether `a` and `b` sort to the same place (the order's own equality: ids compared as
    /// bytes, as the order compares them).
    private static func samePlace(_ a: Alert, _ b: Alert) -> Bool {
        let (x, y) = (Alert.ScreenKey(a), Alert.ScreenKey(b))
        return !(x < y) && !(y < x)
    }

    /// Where `alert` goes in `list` (screen order; ids are unique, so the order is total).
    private static func position(of alert: Alert, in list: [Alert]) -> Int {
        let key = Alert.ScreenKey(alert)
        return list.partitioningIndex { !(Alert.ScreenKey($0) < key) }
    }
}
