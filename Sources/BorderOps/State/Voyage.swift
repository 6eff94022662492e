import ExactKeys

/// Counts of passengers by their latest result.
public struct ResultCounts: Sendable, Equatable {
    public var cleared = 0, postponed = 0, referred = 0, violation = 0, denied = 0

    public init() {}

    /// Passengers with a result: each counts under its latest one.
    public var total: Int { cleared + postponed + referred + violation + denied }

    public subscript(result: CheckResult) -> Int {
        get {
            switch result {
            case .cleared: return cleared
            case .postponed: return postponed
            case .referred: return referred
            case .violation: return violation
            case .denied: return denied
            }
        }
        set {
            switch result {
            case .cleared: cleared = newValue
            case .postponed: postponed = newValue
            case .referred: referred = newValue
            case .violation: violation = newValue
            case .denied: denied = newValue
            }
        }
    }
}

/// One `passenger.checked` as the voyage view shows it (pseudonymous ref only).
public struct PassengerCheck: Sendable, Equatable {
    public var passenger: String
    public var result: CheckResult
    public var doc: DocumentKind
    public var at: Timestamp
    public var by: String?
    public var note: String?
    /// The nationality written with it, if any (a check moved to another voyage keeps it).
    public var nationality: String?
    /// The `passenger.checked` event's id, so the dashboard can void it (`event.voided`
    /// targets it): kept only in the voyage's recent checks, with the check.
    public internal(set) var id = ""
    /// Its number among the voyage's checks (a void takes it out of the recent checks by it).
    var number = 0
}

extension PassengerCheck {
    /// The check `event` records when it is a `passenger.checked` of `voyage` (a voyage's
    /// checks read again from the files for its detail view).
    public init?(_ event: Event, of voyage: String) {
        guard case let .passengerChecked(checked, passenger, doc, nationality, result, note) = event.body, checked == voyage else { return nil }
        self.init(passenger: passenger, result: result, doc: doc, at: event.envelope.ts, by: event.envelope.by, note: note, nationality: nationality,
                  id: event.envelope.id)
    }
}

/// A vessel departure checked against its manifest.
public struct Voyage: Sendable {
    /// How many of the latest checks a voyage keeps for its detail view.
    public static let recentCheckLimit = 16

    public let id: String
    public var post: String
    /// The voyage's number among all the voyages the state ever made: a passenger check's
    /// `EventLocator` names its voyage by it (positions shift when a voyage is removed).
    let serial: Int
    /// Whether `voyage.opened` has arrived; until then the details below are empty.
    public internal(set) var opened = false
    public internal(set) var vessel = ""
    public internal(set) var from = ""
    public internal(set) var to = ""
    public internal(set) var departs: Timestamp?
    public internal(set) var manifest: Int64 = 0
    public internal(set) var checkpoint: String?
    public internal(set) var closed = false
    public internal(set) var departed: Timestamp?
    public internal(set) var exercise = false
    public internal(set) var results = ResultCounts()
    public internal(set) var lastCheck: Timestamp?
    /// The voyage's own events (`voyage.opened`, `voyage.closed`) as positions in
    /// `BorderState.kept`, in reading order: a void of one re-reads the others.
    var keptPositions: [Int] = []
    /// The latest checks (`recentChecks` puts them in order).
    var recent = RecentCheckRing()
    var passengers = PassengerResults()
    /// Each passenger's latest remaining result (`PassengerResults`).
    var latestResult: ExactKeyTable<CheckResult?> {
        get { passengers.table }
        _modify { yield &passengers.table }
    }
    var voidedPassengers = 0
    /// Checks recorded, voided ones included: the next check's number.
    var checkCount = 0
    /// The checks of a passenger checked before, in order: their number, the passenger's
    /// position in `latestResult` and the check's ordinal among the passenger's checks. Every
    /// other check was a passenger's first: its position is its number less the re-checks
    /// before it, so a log without re-checks costs nothing here.
    var rechecks: [(number: Int, slot: Int, ordinal: Int)] = []
    /// Every result, by ordinal, of the passengers checked more than once (nil: voided), by
    /// position in `latestResult`: what a void of the latest check falls back to.
    var history: [Int: [CheckResult?]] = [:]
    /// Remaining checks marked `exercise`.
    var exerciseChecks = 0

    init(id: String, post: String, serial: Int) {
        self.id = id
        self.post = post
        self.serial = serial
    }

    /// The latest checks, newest last.
    public var recentChecks: [PassengerCheck] { recent.inOrder }

    /// Distinct passengers checked (voided checks left out): each counts once, under its latest
    /// result. Read from the counts, not the passenger table: a frame asks it of every voyage,
    /// and the table is a cache miss per voyage.
    public var checked: Int { results.total }

    /// A closed voyage's passengers are looked for in their bytes, not made into a table again
    /// (a gate's look at earlier voyages would make every one's).
    public func latestResult(of passenger: String) -> CheckResult? {
        if let stored = passengers.stored { return stored.result(of: passenger) }
        return latestResult[passenger] ?? nil
    }

    /// Nothing remains that mentions the voyage (every event about it was voided).
    var isUnmentioned: Bool { keptPositions.isEmpty && checked == 0 }

    /// Room for the manifest's passengers, so the table does not rehash while they are checked.
    mutating func expectPassengers(_ count: Int64) {
        passengers.expect(Int(min(count, 100_000)))
    }

    /// A re-check replaces the passenger's earlier result; each passenger counts once. Returns
    /// the check's number (see `PassengerCheck.number`).
    @inline(__always)
    mutating func record(_ check: consuming PassengerCheck, exercise: Bool) -> Int {
        let hash = ExactKeyTable<CheckResult?>.hash(check.passenger)
        let (inserted, slot) = latestResult.insert(check.passenger, check.result, hash: hash)
        let number = checkCount
        checkCount += 1
        if inserted {
            results[check.result] += 1
        } else {
            recheck(slot, check.result, number: number)
        }
        check.number = number
        if exercise {
            exerciseChecks += 1
            self.exercise = true
        }
        if lastCheck.map({ $0 < check.at }) ?? true { lastCheck = check.at }
        recent.append(check)
        return number
    }

    /// A passenger checked again: the new result is the latest; every result is kept by
    /// ordinal.
    @inline(never)
    private mutating func recheck(_ slot: Int, _ result: CheckResult, number: Int) {
        let previous = latestResult[at: slot]
        if let previous { results[previous] -= 1 } else { voidedPassengers -= 1 }
        results[result] += 1
        latestResult[at: slot] = result
        var past = history.removeValue(forKey: slot) ?? [previous]
        past.append(result)
        history[slot] = past
        rechecks.append((number, slot, past.count - 1))
    }

    /// The passenger's position and the check's ordinal among the passenger's checks.
    private func find(check number: Int) -> (slot: Int, ordinal: Int) {
        let before = rechecks.partitioningIndex { $0.number >= number }
        if before < rechecks.count && rechecks[before].number == number { return (rechecks[before].slot, rechecks[before].ordinal) }
        return (number - before, 0)
    }

    /// Takes a check out (a void): the passenger's latest remaining check counts instead, or
    /// none. Returns the passenger's ref, and the check's time if it was among the recent ones.
    mutating func removeCheck(number: Int, exercise: Bool) -> (passenger: String, at: Timestamp?) {
        let (slot, ordinal) = find(check: number)
        let current = latestResult[at: slot]
        var remaining: CheckResult?
        if var past = history[slot], ordinal < past.count {
            past[ordinal] = nil
            remaining = past.last { $0 != nil } ?? nil
            history[slot] = past
        }
        if let current { results[current] -= 1 }
        if let remaining { results[remaining] += 1 } else if current != nil { voidedPassengers += 1 }
        latestResult[at: slot] = remaining
        if exercise {
            exerciseChecks -= 1
        }
        let at = removeFromRecent(number: number)
        return (latestResult.keys[slot], at)
    }

    /// The ring without one check. Its time was the last check's only if it is still in the
    /// ring (the latest 16 read); then the latest of the others takes its place.
    private mutating func removeFromRecent(number: Int) -> Timestamp? {
        guard let removed = recent.remove(number: number) else { return nil }
        if lastCheck == removed.at {
            lastCheck = recent.inOrder.map(\.at).max() ?? (checked > 0 ? lastCheck : nil)
        }
        return removed.at
    }

    /// What the voyage's own event says (`voyage.opened`, `voyage.closed`).
    mutating func fold(_ event: Event) {
        switch event.body {
        case let .voyageOpened(_, vessel, from, to, departs, manifest, checkpoint):
            opened = true
            self.vessel = vessel
            self.from = from
            self.to = to
            self.departs = departs
            self.manifest = manifest
            self.checkpoint = checkpoint
            expectPassengers(manifest)
        case let .voyageClosed(_, departed):
            closed = true
            if let departed { self.departed = departed }
            // Checks after the close are rare (a late one, a void): kept as a checkpoint holds
            // them, made into a table and a ring again when one comes.
            passengers.store()
            recent.store()
        default:
            return
        }
        if event.envelope.exercise { exercise = true }
    }

    /// Reads the voyage's own events again (`keptPositions` in the state's `kept`: one of them
    /// voided, or a checkpoint read back), keeping the checks. In place: each event copied out
    /// first was a fifth of reading a checkpoint's voyages.
    mutating func refold(from kept: ChunkedArray<Event>) {
        opened = false
        vessel = ""
        from = ""
        to = ""
        departs = nil
        manifest = 0
        checkpoint = nil
        closed = false
        departed = nil
        exercise = exerciseChecks > 0
        for position in keptPositions { fold(kept[position]) }
    }
}
