import JSON
import TOMLKit

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

    public static func parse(_ text: String, path: String, name: String) throws(Problem) -> ChecklistTemplate {
        let table = try TOMLFile.table(text, path: path)
        func fail(_ key: String, _ reason: String, step: Int? = nil) -> Problem {
            Problem(path: path, line: line(of: key, step: step, in: text), key: key, reason: reason)
        }
        guard let title = table["title"]?.string, !title.isEmpty else { throw fail("title", "missing: a title string is required") }
        let kindText = table["kind"]?.string ?? "operation"
        guard let kind = Kind(rawValue: kindText) else { throw fail("kind", "\"\(kindText)\" is not one of operation, meeting") }
        var phaseTitles: [String: String] = [:]
        if let phases = table["phases"] {
            guard let phaseTable = phases.table else { throw fail("phases", "expected a table of phase = \"title\"") }
            for (id, value) in phaseTable {
                guard let phaseTitle = value.string else { throw fail(id, "expected a phase title string") }
                phaseTitles[id] = phaseTitle
            }
        }
        guard let stepArray = table["steps"]?.array, !stepArray.isEmpty else {
            throw fail("steps", "missing: at least one [[steps]] entry is required")
        }
        var steps: [ChecklistStepDefinition] = []
        var seen = Set<String>()
        for (i, value) in stepArray.enumerated() {
            guard let entry = value.table else { throw fail("steps", "entry \(i + 1) is not a table", step: i) }
            guard let id = entry["step"]?.string, !id.isEmpty else { throw fail("step", "missing in step \(i + 1): a step id string", step: i) }
            guard seen.insert(id).inserted else { throw fail("step", "\"\(id)\" appears twice", step: i) }
            guard let stepTitle = entry["title"]?.string, !stepTitle.isEmpty else { throw fail("title", "missing in step \(id)", step: i) }
            let phase = entry["phase"]?.string
            if let phase, !phaseTitles.isEmpty, phaseTitles[phase] == nil {
                throw fail("phase", "\"\(phase)\" is not one of the [phases]: \(phaseTitles.keys.sorted().joined(separator: ", "))", step: i)
            }
            steps.append(ChecklistStepDefinition(step: id, title: stepTitle, phase: phase))
        }
        return ChecklistTemplate(name: name, title: title, kind: kind, phaseTitles: phaseTitles, steps: steps)
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

    /// The line of `key =`: the first after the `step`-th `[[steps]]` header when given, else the
    /// first anywhere (TOMLKit reports positions only for syntax errors).
    static func line(of key: String, step: Int?, in text: String) -> Int {
        let lines = TOMLFile.lines(text)
        var start = 0
        if let step {
            var count = -1
            for (n, line) in lines.enumerated() where line.trimmingLeadingSpace.hasPrefix("[[steps]]") {
                count += 1
                if count == step { start = n; break }
            }
        }
        return TOMLFile.line(of: key, in: text, from: start)
    }
}

private extension Substring {
    var trimmingLeadingSpace: Substring { drop(while: { $0 == " " || $0 == "\t" }) }
}
