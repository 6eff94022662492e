/// The minutes of one agenda item: what was discussed, what was decided, what is recommended
/// (Borderdesk's optional `agenda.item` fields, docs/event-format.md). Titles alone do not make
/// minutes a chain of command can act on.
public struct AgendaMinutes: Sendable, Equatable {
    public var discussion: String?
    public var decision: String?
    public var recommendation: String?

    public init(discussion: String? = nil, decision: String? = nil, recommendation: String? = nil) {
        self.discussion = discussion
        self.decision = decision
        self.recommendation = recommendation
    }

    /// A later `agenda.item` updates the minutes field by field: an absent field keeps what an
    /// earlier event wrote (a state change need not repeat the text), an empty one clears it.
    public func updated(by later: AgendaMinutes) -> AgendaMinutes {
        func merge(_ earlier: String?, _ newer: String?) -> String? {
            guard let newer else { return earlier }
            return newer.isEmpty ? nil : newer
        }
        return AgendaMinutes(discussion: merge(discussion, later.discussion), decision: merge(decision, later.decision),
                             recommendation: merge(recommendation, later.recommendation))
    }

    public var isEmpty: Bool { discussion == nil && decision == nil && recommendation == nil }
}
