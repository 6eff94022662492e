import BorderOps
import ExactKeys
import JSON

/// The new-voyage form (`N` in the port pane): vessel, from, to, departure and manifest typed
/// as officers write them, each checked as it is typed; `voyage.opened` only once all are valid.
public struct VoyageForm: Sendable, Equatable {
    public enum Field: Int, Sendable, CaseIterable { case vessel, from, to, departs, manifest }

    public var editors = Field.allCases.map { _ in LineEditor() }
    public var field = Field.vessel
    /// Esc after something was typed: asking whether to discard it.
    public var confirmingDiscard = false

    public init() {}

    public subscript(_ field: Field) -> String { OfficerText.trimmed(editors[field.rawValue].text) }
    public var isBlank: Bool { editors.allSatisfy { $0.characters.isEmpty } }

    /// The field's value as it will be written, or why it cannot be.
    public enum Value: Sendable, Equatable {
        case text(String), time(Timestamp), count(Int64)
    }

    public func value(_ field: Field, today: Timestamp, zone: PostZone) -> Result<Value, OfficerInputProblem> {
        let typed = self[field]
        switch field {
        case .vessel, .from, .to: return typed.isEmpty ? .failure(.empty) : .success(.text(typed))
        case .departs: return OfficerTime.time(typed, today: today, zone: zone).map(Value.time)
        case .manifest: return OfficerNumber.count(typed).map(Value.count)
        }
    }

    /// The first field that is not valid, and why.
    public func firstProblem(today: Timestamp, zone: PostZone) -> (Field, OfficerInputProblem)? {
        for field in Field.allCases {
            if case .failure(let problem) = value(field, today: today, zone: zone) { return (field, problem) }
        }
        return nil
    }

    /// Vessels seen before that start with what is typed (any case), for the vessel field.
    public func suggestions(_ state: BorderState, limit: Int = 3) -> [String] {
        let typed = self[.vessel].lowercased()
        guard !typed.isEmpty else { return [] }
        var seen: [String] = []
        for voyage in state.voyages.values.reversed() where voyage.vessel.lowercased().hasPrefix(typed) && voyage.vessel != self[.vessel] {
            if !seen.contains(voyage.vessel) { seen.append(voyage.vessel) }
            if seen.count == limit { break }
        }
        return seen
    }

    /// `voyage.opened` for a valid form: the id from the vessel and the departure's day
    /// (`km-thalia-20261203`), with `-2`, `-3`… when the state knows it already.
    public func intent(post: String, state: BorderState, today: Timestamp, zone: PostZone) -> OperatorIntent? {
        guard firstProblem(today: today, zone: zone) == nil,
              case .success(.time(let departs)) = value(.departs, today: today, zone: zone),
              case .success(.count(let manifest)) = value(.manifest, today: today, zone: zone)
        else { return nil }
        let (day, _) = PostTime.local(departs, zone)
        let slug = self[.vessel].lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
            .split(separator: "-").map { String($0) }.joined(separator: "-")
        let base = "\(slug.isEmpty ? "voyage" : slug)-\(String(day.description.filter(\.isNumber)))"
        var id = base
        var n = 1
        while state.voyages[id] != nil {
            n += 1
            id = "\(base)-\(n)"
        }
        return OperatorIntent(type: .voyageOpened, post: post, fields: [
            JSONMember("voyage", .string(id)), JSONMember("vessel", .string(self[.vessel])), JSONMember("from", .string(self[.from])),
            JSONMember("to", .string(self[.to])), JSONMember("departs", .string(departs.rfc3339())), JSONMember("manifest", .number(JSONNumber(manifest))),
        ])
    }
}
