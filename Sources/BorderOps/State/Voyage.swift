/// Counts of passengers by their latest result.
public struct ResultCounts: Sendable, Equatable {
    public var cleared = 0, postponed = 0, referred = 0, violation = 0, denied = 0

    public init() {}

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
}

/// A vessel departure checked against its manifest.
public struct Voyage: Sendable {
    /// How many of the latest checks a voyage keeps for its detail view.
    public static let recentCheckLimit = 16

    public let id: String
    public var post: String
    /// Whether `voyage.opened` has arrived; until then the details below are empty.
    public var opened = false
    public var vessel = ""
    public var from = ""
    public var to = ""
    public var departs: Timestamp?
    public var manifest: Int64 = 0
    public var checkpoint: String?
    public var closed = false
    public var departed: Timestamp?
    public var exercise = false
    public private(set) var results = ResultCounts()
    public private(set) var lastCheck: Timestamp?
    /// A ring of the latest checks; `recentChecks` puts them in order.
    private var recentRing: [PassengerCheck] = []
    private var ringNext = 0
    private var latestResult = ExactKeyTable<CheckResult>()

    init(id: String, post: String) {
        self.id = id
        self.post = post
    }

    /// The latest checks, newest last.
    public var recentChecks: [PassengerCheck] {
        recentRing.count < Self.recentCheckLimit ? recentRing : Array(recentRing[ringNext...] + recentRing[..<ringNext])
    }

    /// Distinct passengers checked.
    public var checked: Int { latestResult.count }

    public func latestResult(of passenger: String) -> CheckResult? { latestResult[passenger] }

    /// Room for the manifest's passengers, so the table does not rehash while they are checked.
    mutating func expectPassengers(_ count: Int64) {
        latestResult.reserveCapacity(Int(min(count, 100_000)))
    }

    /// A re-check replaces the passenger's earlier result; each passenger counts once.
    mutating func record(_ check: consuming PassengerCheck) {
        let hash = ExactKeyTable<CheckResult>.hash(check.passenger)
        if let previous = latestResult.updateValue(check.result, forKey: check.passenger, hash: hash) {
            results[previous] -= 1
        }
        results[check.result] += 1
        if lastCheck.map({ $0 < check.at }) ?? true { lastCheck = check.at }
        // Moved into the ring, not copied: the check is this voyage's from here on.
        if recentRing.count < Self.recentCheckLimit {
            recentRing.append(consume check)
        } else {
            recentRing[ringNext] = consume check
        }
        ringNext = (ringNext + 1) % Self.recentCheckLimit
    }
}
