import BorderOps
import ExactKeys
import Words

/// A Timpora meeting in full: chair, place, attendees, every agenda item (owner, state), every
/// action (owner, due, state), its run-of-show checklist when it has one, corrections.
enum MeetingDetail {
    static func document(_ m: Meeting, context: ViewContext) -> DetailDocument {
        var d = DetailDocument(title: m.title.isEmpty ? m.id : m.title, id: m.id)
        let t = context.t
        let zone = context.zone(of: m.post)
        d.field(t(.detailID), m.id)
        d.field(t(.detailPost.heading), m.post)
        if let first = m.firstMention { d.field(t(.time), DetailTime.full(first, post: m.post, context: context)) }
        if !m.location.isEmpty { d.field(t(.place), m.location) }
        d.field(t(.meetingChair), m.chair)
        d.field(t(.attendees.heading), m.attendees.joined(separator: ", "))
        d.field(t(.state), m.closed ? t(.closed) : t(.open))

        d.heading("\(t(.agenda)) \(m.itemsDone)/\(m.items.count)")
        if m.items.isEmpty { d.item("", t(.detailNoAgenda), role: .muted) }
        for item in m.items {
            let mark: String
            switch item.state {
            case .done: mark = "✓"
            case .discussing: mark = "▸"
            case .deferred: mark = "»"
            case .pending: mark = "·"
            }
            d.item(mark, "\(item.title) · \(item.owner) · \(t(.code(item.state))) · \(context.time(item.updated, in: zone)) · \(t(.detailID)) \(item.item)",
                   role: item.state == .discussing ? .accent : (item.state == .done ? .muted : .text))
            // The minutes in full: discussion, decision, recommendation.
            for (word, text) in [(Word.discussion, item.minutes.discussion), (.decision, item.minutes.decision), (.recommendation, item.minutes.recommendation)] {
                if let text, !text.isEmpty { d.item("", "\(t(word)): \(text)", indent: 3) }
            }
        }

        let actions = context.input.state.actions(of: m.id)
        d.heading("\(t(.actions)) \(actions.filter { $0.state == .done }.count)/\(actions.count)")
        if actions.isEmpty { d.item("", t(.noActions), role: .muted) }
        for action in actions {
            let late = TimporaPane.isOverdue(action, context: context)
            let mark = action.state == .done ? "✓" : (action.state == .dropped ? "×" : (late ? "‼" : "○"))
            var facts = [action.title, action.owner, "\(t(.due)) \(dueText(action.due, zone: zone, context: context))", t(.code(action.state))]
            if late { facts.append(t(.overdue)) }
            facts.append("\(t(.detailID)) \(action.id)")
            d.item(mark, facts.joined(separator: " · "), role: late ? .warn : (action.state == .open ? .text : .muted), style: late ? .bold : .plain)
            if let reason = action.stateReason { d.item("", "\(t(.reason)): \(reason)", indent: 3) }
        }
        // The run-of-show, when the meeting was opened with one (the `rapat-timpora` template).
        if let runOfShow = DetailChecklist.of(m.id, in: context.input.state) {
            d.heading(t(.fieldRunOfShow))
            DetailChecklist.add(runOfShow, to: &d, post: m.post, context: context)
        }
        DetailCorrections.add(DetailCorrections.of(.meeting(m.id), in: context.input.state), to: &d, context: context)
        return d
    }

    static func dueText(_ due: DueDate?, zone: PostZone, context: ViewContext) -> String {
        switch due {
        case .time(let ts)?: return context.dateTime(ts, in: zone)
        case .day(let day)?: return context.date(day, in: zone)
        case nil: return "–"
        }
    }
}
