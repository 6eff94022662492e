import ExactKeys
import JSON

/// The headless summary of `docs/event-format.md` ("Headless summary"): exactly its keys, lists
/// sorted by id in code point order. Scripts and the conformance cases read this.
public enum HeadlessSummary {
    /// The summary as JSON text, `pretty` for people (what `summary --json` prints).
    public static func text(_ fold: EventFold, pretty: Bool = true) -> String {
        var stream = JSONStream(pretty: pretty)
        write(fold, into: &stream)
        return stream.text
    }

    /// The summary as a tree (read back from `text`, so the two cannot differ).
    public static func json(_ fold: EventFold) -> JSONValue {
        do {
            return try StrictJSONParser.parse(text(fold, pretty: false))
        } catch {
            preconditionFailure("the summary writer wrote invalid JSON: \(error)")
        }
    }

    /// Written value by value: for a large log, building a tree first cost as much as printing.
    public static func write(_ fold: EventFold, into out: inout JSONStream) {
        let state = fold.state
        let c = fold.counts
        out.beginObject()
        out.key("events")
        out.beginObject()
        member("lines", c.lines, &out)
        member("folded", c.folded, &out)
        member("voided", c.voided, &out)
        member("malformed", c.malformed, &out)
        member("duplicates", c.duplicates, &out)
        member("unknown", c.unknown, &out)
        out.endObject()

        out.key("voyages")
        out.beginArray()
        for v in state.voyages.sortedByID {
            out.beginObject()
            member("voyage", v.id, &out)
            member("vessel", v.vessel, &out)
            member("manifest", v.manifest, &out)
            member("checked", v.checked, &out)
            member("cleared", v.results.cleared, &out)
            member("postponed", v.results.postponed, &out)
            member("referred", v.results.referred, &out)
            member("violation", v.results.violation, &out)
            member("denied", v.results.denied, &out)
            out.key("closed")
            out.bool(v.closed)
            out.endObject()
        }
        out.endArray()

        out.key("operations")
        out.beginArray()
        for op in state.operations.sortedByID {
            out.beginObject()
            member("op", op.id, &out)
            member("phase", op.phase.rawValue, &out)
            out.key("teams")
            out.beginObject()
            for (_, team) in op.teams.sorted(by: { $0.key < $1.key }) {
                member(team.team, team.status.rawValue, &out)
            }
            out.endObject()
            member("findings", op.findings.count, &out)
            member("critical", op.criticalFindings, &out)
            out.endObject()
        }
        out.endArray()

        out.key("checklists")
        out.beginArray()
        for cl in state.checklists.sortedByID {
            out.beginObject()
            member("checklist", cl.id, &out)
            member("total", cl.total, &out)
            member("done", cl.done, &out)
            member("skipped", cl.skipped, &out)
            out.endObject()
        }
        out.endArray()

        out.key("meetings")
        out.beginArray()
        let actionCounts = state.actionCountsByMeeting()
        for m in state.meetings.sortedByID {
            let actions = actionCounts[ExactKey(m.id)] ?? (0, 0)
            out.beginObject()
            member("meeting", m.id, &out)
            member("items", m.items.count, &out)
            member("items_done", m.itemsDone, &out)
            member("actions_open", actions.open, &out)
            member("actions_done", actions.done, &out)
            out.key("closed")
            out.bool(m.closed)
            out.endObject()
        }
        out.endArray()

        let desk = state.desk
        out.key("desk")
        out.beginObject()
        member("patrol", desk.total(.patrol), &out)
        member("sambang", desk.total(.sambang), &out)
        member("routine_check", desk.total(.routine_check), &out)
        member("socialisation", desk.total(.socialisation), &out)
        member("seizures", desk.seizures.count, &out)
        member("seizure_value_idr", desk.seizureValueIDR, &out)
        member("suspects", desk.suspects, &out)
        out.endObject()
        out.endObject()
    }

    private static func member(_ key: String, _ value: some BinaryInteger, _ out: inout JSONStream) {
        out.key(key)
        out.int(value)
    }

    private static func member(_ key: String, _ value: String, _ out: inout JSONStream) {
        out.key(key)
        out.string(value)
    }
}
