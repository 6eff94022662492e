import BorderOps
import TOMLKit

/// Reading a checklist template from its TOML file (`sample-data/checklists/*.toml`).
extension ChecklistTemplate {
    public static func parse(_ text: String, path: String, name: String) throws(Problem) -> ChecklistTemplate {
        let table = try TOMLFile.table(text, path: path)
        func fail(_ key: String, _ reason: FileProblemReason, step: Int? = nil) -> Problem {
            Problem(path: path, line: line(of: key, step: step, in: text), key: key, reason: reason)
        }
        guard let title = table["title"]?.string, !title.isEmpty else { throw fail("title", .missingTitle) }
        let kindText = table["kind"]?.string ?? "operation"
        guard let kind = Kind(rawValue: kindText) else { throw fail("kind", .notOneOf(value: kindText, accepted: ["operation", "meeting"])) }
        var phaseTitles: [String: String] = [:]
        if let phases = table["phases"] {
            guard let phaseTable = phases.table else { throw fail("phases", .expectedPhaseTable) }
            for (id, value) in phaseTable {
                guard let phaseTitle = value.string else { throw fail(id, .expectedPhaseTitle) }
                phaseTitles[id] = phaseTitle
            }
        }
        guard let stepArray = table["steps"]?.array, !stepArray.isEmpty else {
            throw fail("steps", .missingSteps)
        }
        var steps: [ChecklistStepDefinition] = []
        var seen = Set<String>()
        for (i, value) in stepArray.enumerated() {
            guard let entry = value.table else { throw fail("steps", .stepNotATable(i + 1), step: i) }
            guard let id = entry["step"]?.string, !id.isEmpty else { throw fail("step", .missingStepID(i + 1), step: i) }
            guard seen.insert(id).inserted else { throw fail("step", .listedTwice(id), step: i) }
            guard let stepTitle = entry["title"]?.string, !stepTitle.isEmpty else { throw fail("title", .missingStepTitle(id), step: i) }
            let phase = entry["phase"]?.string
            if let phase, !phaseTitles.isEmpty, phaseTitles[phase] == nil {
                throw fail("phase", .notAPhase(phase, phases: phaseTitles.keys.sorted()), step: i)
            }
            steps.append(ChecklistStepDefinition(step: id, title: stepTitle, phase: phase))
        }
        return ChecklistTemplate(name: name, title: title, kind: kind, phaseTitles: phaseTitles, steps: steps)
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
