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
        alerts += criticalFindings(state)
        alerts += stalePosts(state, now: now, settings: settings)
        alerts += sourceProblems(sources)
        for i in alerts.indices { alerts[i].acknowledgement = state.acknowledgements[alerts[i].id] }
        return alerts.sorted(by: Alert.screenOrder)
    }

    /// The next instant after `now` at which a time rule changes its answer with no event
    /// arriving (a departure warning starting, an action falling due): the dashboard wakes then.
    public static func nextChange(_ state: BorderState, now: Timestamp, settings: AlertSettings = AlertSettings()) -> Timestamp? {
        var instants: [Timestamp] = []
        for voyage in state.voyages.values where unchecked(voyage) > 0 {
            guard let departs = voyage.departs else { continue }
            instants += [departs.adding(seconds: -settings.warnDepartureMinutes * 60), departs]
        }
        for action in state.actions.values where action.assigned && action.state == .open {
            let zone = settings.zone(of: action.meeting.flatMap { state.meetings[$0]?.post })
            if let due = action.due.map({ dueInstant($0, zone) }) { instants.append(due) }
        }
        if let stale = settings.staleMinutes {
            for post in state.posts.values { if let last = post.lastEvent { instants.append(last.adding(seconds: stale * 60)) } }
        }
        return instants.filter { now < $0 }.min()
    }

    // MARK: - Rules

    static func unchecked(_ voyage: Voyage) -> Int64 {
        guard voyage.opened, !voyage.closed else { return 0 }
        return max(0, voyage.manifest - Int64(voyage.checked))
    }

    /// Warning within the warning window before departure while passengers are unchecked;
    /// critical once the departure time has passed and the voyage is still not closed.
    static func departures(_ state: BorderState, now: Timestamp, settings: AlertSettings) -> [Alert] {
        state.voyages.values.compactMap { voyage in
            let missing = unchecked(voyage)
            guard missing > 0, let departs = voyage.departs else { return nil }
            let warnFrom = departs.adding(seconds: -settings.warnDepartureMinutes * 60)
            guard !(now < warnFrom) else { return nil }
            let zone = settings.zone(of: voyage.post)
            let at = PostTime.clock(departs, in: zone) + " " + zone.name
            let vessel = voyage.vessel.isEmpty ? voyage.id : voyage.vessel
            let mark = exerciseMark(voyage.exercise)
            if now < departs {
                return Alert(id: "departure:\(voyage.id)", severity: .warning, text: AlertText(
                    en: "\(mark.en)\(vessel) departs \(at): \(missing) of \(voyage.manifest) passengers not yet checked",
                    id: "\(mark.id)\(vessel) berangkat \(at): \(missing) dari \(voyage.manifest) penumpang belum diperiksa"),
                    post: voyage.post, began: warnFrom)
            }
            return Alert(id: "departure:\(voyage.id)", severity: .critical, text: AlertText(
                en: "\(mark.en)\(vessel) was due to depart \(at): \(missing) of \(voyage.manifest) passengers still unchecked, voyage not closed",
                id: "\(mark.id)\(vessel) dijadwalkan berangkat \(at): \(missing) dari \(voyage.manifest) penumpang belum diperiksa, pelayaran belum ditutup"),
                post: voyage.post, began: warnFrom, escalated: departs)
        }
    }

    /// A date-only due date falls due at the end of that day in the post's zone.
    static func dueInstant(_ due: DueDate, _ zone: PostZone) -> Timestamp {
        switch due {
        case .time(let t): return t
        case .day(let d):
            return Timestamp(epochSeconds: (d.daysSinceEpoch + 1) * 86_400 - Int64(zone.offsetSeconds), offsetSeconds: zone.offsetSeconds)
        }
    }

    static func overdueActions(_ state: BorderState, now: Timestamp, settings: AlertSettings) -> [Alert] {
        state.actions.values.compactMap { action in
            guard action.assigned, action.state == .open, let due = action.due else { return nil }
            let post = action.meeting.flatMap { state.meetings[$0]?.post }
            let zone = settings.zone(of: post)
            let dueAt = dueInstant(due, zone)
            guard !(now < dueAt) else { return nil }
            let exercise = action.meeting.flatMap { state.meetings[$0]?.exercise } ?? false
            let mark = exerciseMark(exercise)
            let title = action.title.isEmpty ? action.id : action.title
            let dueText: (en: String, id: String)
            switch due {
            case .day(let d):
                let day = d.daysSinceEpoch * 86_400 - Int64(zone.offsetSeconds)
                let date = Timestamp(epochSeconds: day, offsetSeconds: zone.offsetSeconds)
                dueText = (PostTime.date(date, in: zone, language: .en), PostTime.date(date, in: zone, language: .id))
            case .time:
                dueText = (PostTime.dateTime(dueAt, in: zone, language: .en), PostTime.dateTime(dueAt, in: zone, language: .id))
            }
            return Alert(id: "action:\(action.id)", severity: .warning, text: AlertText(
                en: "\(mark.en)Action overdue (due \(dueText.en)): \(title) (\(action.owner))",
                id: "\(mark.id)Tindak lanjut lewat tenggat (\(dueText.id)): \(title) (\(action.owner))"),
                post: post, began: dueAt)
        }
    }

    /// Critical until acknowledged, whatever the operation's phase.
    static func criticalFindings(_ state: BorderState) -> [Alert] {
        state.operations.values.flatMap { op in
            op.findings.values.filter { $0.severity == .critical }.sorted { $0.recorded < $1.recorded }.map { finding in
                let mark = exerciseMark(op.exercise)
                let where_ = op.title.isEmpty ? op.id : op.title
                return Alert(id: "finding:\(op.id):\(finding.finding)", severity: .critical, text: AlertText(
                    en: "\(mark.en)Critical finding (\(finding.category.rawValue)) in \(where_): \(finding.summary)",
                    id: "\(mark.id)Temuan kritis (\(finding.category.rawValue)) di \(where_): \(finding.summary)"),
                    post: op.post, began: finding.recorded)
            }
        }
    }

    static func stalePosts(_ state: BorderState, now: Timestamp, settings: AlertSettings) -> [Alert] {
        guard let stale = settings.staleMinutes else { return [] }
        return state.posts.values.compactMap { post in
            guard let last = post.lastEvent else { return nil }
            let staleFrom = last.adding(seconds: stale * 60)
            guard !(now < staleFrom) else { return nil }
            let minutes = (now.epochSeconds - last.epochSeconds) / 60
            let zone = settings.zone(of: post.post)
            let heard = PostTime.clock(last, in: zone) + " " + zone.name
            return Alert(id: "stale:\(post.post)", severity: .warning, text: AlertText(
                en: "Post \(post.post) not heard from for \(ElapsedText.words(minutes: minutes, .en)) (last event \(heard))",
                id: "Pos \(post.post) tidak terdengar selama \(ElapsedText.words(minutes: minutes, .id)) (kejadian terakhir \(heard))"),
                post: post.post, began: staleFrom)
        }
    }

    static func sourceProblems(_ sources: [SourceHealth]) -> [Alert] {
        sources.flatMap { source -> [Alert] in
            var alerts: [Alert] = []
            if let problem = source.problem, let since = source.problemSince {
                alerts.append(Alert(id: "source:\(source.path)", severity: .warning, text: AlertText(
                    en: "Cannot read \(source.path): \(problem)", id: "Tidak dapat membaca \(source.path): \(problem)"), began: since))
            }
            if source.malformed > 0, let since = source.malformedSince {
                alerts.append(Alert(id: "malformed:\(source.path)", severity: .info, text: AlertText(
                    en: "\(source.malformed) malformed line\(source.malformed == 1 ? "" : "s") in \(source.path)",
                    id: "\(source.malformed) baris rusak di \(source.path)"), began: since,
                    escalated: source.malformedGrew.flatMap { since < $0 ? $0 : nil }))
            }
            return alerts
        }
    }

    static func exerciseMark(_ exercise: Bool) -> (en: String, id: String) {
        exercise ? ("[EXERCISE] ", "[LATIHAN] ") : ("", "")
    }
}

/// "2 h 05 min" / "2 jam 05 mnt": how long, for people.
enum ElapsedText {
    static func words(minutes: Int64, _ language: Language) -> String {
        let (h, m) = (minutes / 60, minutes % 60)
        let (hours, mins) = language == .en ? ("h", "min") : ("jam", "mnt")
        if h >= 48 { return "\(h / 24) \(language == .en ? "days" : "hari")" }
        return h > 0 ? "\(h) \(hours) \(pad(Int(m))) \(mins)" : "\(m) \(mins)"
    }
}

extension Timestamp {
    /// The instant `seconds` later (earlier when negative), written in the same offset.
    public func adding(seconds: Int64) -> Timestamp {
        Timestamp(epochSeconds: epochSeconds + seconds, nanoseconds: nanoseconds, offsetSeconds: offsetSeconds)
    }
}
