/// The headless summary of `spec/event-format.md` ("Headless summary"): exactly its keys, lists
/// sorted by id in code point order. Scripts and the conformance cases read this.
public enum HeadlessSummary {
    public static func json(_ fold: EventFold) -> JSONValue {
        let state = fold.state
        let c = fold.counts
        let voyages: [JSONValue] = state.voyages.sortedByID.map { v in
            .object([
                JSONMember("voyage", .string(v.id)),
                JSONMember("vessel", .string(v.vessel)),
                JSONMember("manifest", int(v.manifest)),
                JSONMember("checked", int(v.checked)),
                JSONMember("cleared", int(v.results.cleared)),
                JSONMember("postponed", int(v.results.postponed)),
                JSONMember("referred", int(v.results.referred)),
                JSONMember("violation", int(v.results.violation)),
                JSONMember("denied", int(v.results.denied)),
                JSONMember("closed", .bool(v.closed)),
            ])
        }
        let operations: [JSONValue] = state.operations.sortedByID.map { op in
            .object([
                JSONMember("op", .string(op.id)),
                JSONMember("phase", .string(op.phase.rawValue)),
                JSONMember("teams", .object(op.teams.sorted { $0.key < $1.key }.map { JSONMember($0.value.team, .string($0.value.status.rawValue)) })),
                JSONMember("findings", int(op.findings.count)),
                JSONMember("critical", int(op.criticalFindings)),
            ])
        }
        let checklists: [JSONValue] = state.checklists.sortedByID.map { cl in
            .object([
                JSONMember("checklist", .string(cl.id)),
                JSONMember("total", int(cl.total)),
                JSONMember("done", int(cl.done)),
                JSONMember("skipped", int(cl.skipped)),
            ])
        }
        let actionCounts = state.actionCountsByMeeting()
        let meetings: [JSONValue] = state.meetings.sortedByID.map { m in
            let actions = actionCounts[ExactKey(m.id)] ?? (0, 0)
            return .object([
                JSONMember("meeting", .string(m.id)),
                JSONMember("items", int(m.items.count)),
                JSONMember("items_done", int(m.itemsDone)),
                JSONMember("actions_open", int(actions.open)),
                JSONMember("actions_done", int(actions.done)),
                JSONMember("closed", .bool(m.closed)),
            ])
        }
        let desk = state.desk
        return .object([
            JSONMember("events", .object([
                JSONMember("lines", int(c.lines)),
                JSONMember("folded", int(c.folded)),
                JSONMember("malformed", int(c.malformed)),
                JSONMember("duplicates", int(c.duplicates)),
                JSONMember("unknown", int(c.unknown)),
            ])),
            JSONMember("voyages", .array(voyages)),
            JSONMember("operations", .array(operations)),
            JSONMember("checklists", .array(checklists)),
            JSONMember("meetings", .array(meetings)),
            JSONMember("desk", .object([
                JSONMember("patrol", int(desk.total(.patrol))),
                JSONMember("sambang", int(desk.total(.sambang))),
                JSONMember("routine_check", int(desk.total(.routine_check))),
                JSONMember("socialisation", int(desk.total(.socialisation))),
                JSONMember("seizures", int(desk.seizures.count)),
                JSONMember("seizure_value_idr", int(desk.seizureValueIDR)),
                JSONMember("suspects", int(desk.suspects)),
            ])),
        ])
    }

    private static func int<I: BinaryInteger>(_ v: I) -> JSONValue { .number(JSONNumber(text: String(v))) }
}
