import JSON

/// A checklist template from `sample-data/checklists/*.toml`: a title, a kind (an operation's
/// checklist or a meeting's run-of-show), phase titles, and the steps in order, each with a
/// stable id, its phase and a title. Starting one appends `checklist.started` with these steps.
public struct ChecklistTemplate: Sendable, Equatable {
    public enum Kind: String, Sendable { case operation, meeting }

    public typealias Problem = FileProblem

    public var name: String
    public var title: String
    public var kind: Kind
    /// Phase id → title, e.g. `persiapan` → `A. Persiapan`.
    public var phaseTitles: [String: String]
    public var steps: [ChecklistStepDefinition]

    public init(name: String, title: String, kind: Kind, phaseTitles: [String: String], steps: [ChecklistStepDefinition]) {
        self.name = name
        self.title = title
        self.kind = kind
        self.phaseTitles = phaseTitles
        self.steps = steps
    }

    /// Phases in the order their first step appears.
    public var phases: [String] {
        var seen: [String] = []
        for step in steps where !seen.contains(step.phase ?? "") { seen.append(step.phase ?? "") }
        return seen
    }

    /// The fields of the `checklist.started` event that starts this template.
    public func startedFields(checklist: String, op: String?) -> [JSONMember] {
        var fields = [JSONMember("checklist", .string(checklist))]
        if let op { fields.append(JSONMember("op", .string(op))) }
        fields.append(JSONMember("title", .string(title)))
        fields.append(JSONMember("steps", .array(steps.map { step in
            var members = [JSONMember("step", .string(step.step)), JSONMember("title", .string(step.title))]
            if let phase = step.phase { members.append(JSONMember("phase", .string(phase))) }
            return .object(members)
        })))
        return fields
    }
}
