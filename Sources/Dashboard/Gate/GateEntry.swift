import BorderOps
import ExactKeys

/// Gate mode's line (`g` in an open voyage): the reference being typed or scanned, an optional
/// note, the result, document kind and nationality that stay until changed, and the warning
/// shown before a doubtful reference is recorded.
public struct GateEntry: Sendable, Equatable {
    public var voyage: String
    public var result: CheckResult = .cleared
    public var document: DocumentKind = .ktp
    public var reference = LineEditor()
    public var note = LineEditor()
    /// The passenger's nationality as its three-letter code (`IDN`, `MYS`: the MRZ's), optional;
    /// it stays until changed, as most of a sailing's passengers share one.
    public var nationality = LineEditor()
    /// The field with the cursor (↓ and ↑ move over them).
    public var field = GateField.reference
    /// The note field has the cursor, not the reference.
    public var onNote: Bool { field == .note }
    /// The warning for `warned`: Enter again with the same reference records it anyway.
    public var warning: GateWarning?
    public var warned: String?
    /// References this line recorded, newest last: a reference scanned twice before the first
    /// check is read back is caught as well.
    public var sent: [String] = []
    static let sentKept = 256

    public init(voyage: String) { self.voyage = voyage }

    /// The reference as it is recorded: without the spaces a scanner or a paste may add.
    public var passenger: String { OfficerText.trimmed(reference.text) }

    /// Nothing typed in either field, and no warning up.
    public var isBlank: Bool { reference.characters.isEmpty && note.characters.isEmpty && warning == nil }

    mutating func clearLine() {
        reference = LineEditor()
        note = LineEditor()
        field = .reference
        warning = nil
        warned = nil
    }

    mutating func remember(_ passenger: String) {
        sent.append(passenger)
        if sent.count > Self.sentKept { sent.removeFirst(sent.count - Self.sentKept) }
    }

    /// Why `passenger` should not be recorded without a second look, from the fold (every
    /// terminal's checks) and what this line sent and may not have read back yet.
    public func warning(for passenger: String, in state: BorderState) -> GateWarning? {
        if let here = state.voyages[voyage]?.latestResult(of: passenger) { return .checkedHere(here) }
        if sent.contains(passenger) { return .checkedHere(nil) }
        // Only a voyage with someone held can hold this passenger: the others are passed over
        // without a look at their passengers (a closed voyage's are bytes: `StoredPassengers`).
        for other in state.voyages.values where other.id != voyage && GateWarning.held.contains(where: { other.results[$0] > 0 }) {
            if let earlier = other.latestResult(of: passenger), GateWarning.held.contains(earlier) {
                return .heldEarlier(voyage: other.vessel.isEmpty ? other.id : other.vessel, result: earlier)
            }
        }
        return nil
    }
}

/// The fields of gate mode's line, in the order ↓ moves over them.
public enum GateField: Sendable, Equatable, CaseIterable {
    case reference, note, nationality
}

extension GateEntry {
    /// The nationality as written (`IDN`), nil when none is typed; `.failure` when what is typed
    /// is not three letters.
    public var nationalityCode: Result<String?, OfficerInputProblem> {
        let typed = OfficerText.trimmed(nationality.text).uppercased()
        if typed.isEmpty { return .success(nil) }
        guard typed.unicodeScalars.count == 3, typed.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else { return .failure(.notANationality) }
        return .success(typed)
    }
}

/// What gate mode warns about before it writes.
public enum GateWarning: Sendable, Equatable {
    /// Checked on this voyage already (nil: sent from this line, not yet read back).
    case checkedHere(CheckResult?)
    /// Postponed, referred or denied on another voyage: a person held yesterday trying again.
    case heldEarlier(voyage: String, result: CheckResult)

    static let held: Set<CheckResult> = [.postponed, .referred, .denied]
}
