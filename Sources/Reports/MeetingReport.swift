import BorderOps
import ExactKeys
import SafeText
import Words

/// The minutes of a Timpora meeting: chair, place and attendees, the agenda with each item's
/// presenter (the owning agency) and outcome, and the action items with owner, due date and state.
public enum MeetingReport {
    public static func build(_ state: BorderState, meeting id: String, context c: ReportContext) throws(ReportError) -> ReportDocument {
        guard let meeting = state.meetings[id], meeting.opened else {
            throw .unknownMeeting(id, known: state.meetings.values.filter(\.opened).map(\.id))
        }
        let l = c.language
        var blocks: [ReportBlock] = []
        var fields = [
            ReportField(c.w(.time), meeting.firstMention.map(c.dateTime) ?? c.w(.notRecorded)),
            ReportField(c.w(.place), meeting.location),
            ReportField(c.w(.meetingChair), meeting.chair),
            ReportField(c.w(.attendees.heading), meeting.attendees.joined(separator: ", ")),
        ]
        if meeting.exercise { fields.append(ReportField(c.w(.exerciseBanner), c.w(.exerciseData))) }
        blocks.append(.fields(fields))

        blocks.append(.heading(c.w(.agenda)))
        blocks.append(.table(ReportTable(header: ["#", c.w(.presenter), c.w(.outcome), c.w(.item)],
                                         rows: meeting.items.enumerated().map { n, item in
            [String(n + 1), item.owner, l.text(.code(item.state)), item.title]
        }, numeric: [0])))

        blocks += minutes(meeting, context: c)

        blocks.append(.heading(c.w(.actionItems)))
        let actions = state.actions(of: meeting.id)
        if actions.isEmpty {
            blocks.append(.paragraph(c.w(.noActions)))
        } else {
            blocks.append(.table(ReportTable(header: ["#", c.w(.owner), c.w(.due.heading), c.w(.state), c.w(.action)],
                                             rows: actions.enumerated().map { n, action in
                [String(n + 1), action.owner, action.due.map { due(c, $0) } ?? "", l.text(.code(action.state)), action.title]
            }, numeric: [0])))
            // Numbered as in the table above, so the reader finds the action it explains.
            let dropped = actions.enumerated().filter { $0.element.state == .dropped }
            if !dropped.isEmpty {
                blocks.append(.heading(c.w(.droppedActions)))
                blocks.append(.table(ReportTable(header: ["#", c.w(.action), c.w(.reason)], rows: dropped.map { n, action in
                    [String(n + 1), action.title, action.stateReason ?? c.w(.noReasonGiven)]
                }, numeric: [0])))
            }
        }

        blocks += CorrectionsAppendix.blocks(state.corrections.filter { k in
            k.subject.meeting.map { ExactKey.bytesEqual($0, meeting.id) } ?? false
        }, context: c)

        let place = meeting.location.isEmpty ? meeting.post : meeting.location
        return c.document(.meetingMinutes, title: meeting.title, exercise: meeting.exercise, blocks: blocks,
                          signedAt: "\(place), \(c.longDate(meeting.firstMention ?? c.generated))", by: .meetingChair)
    }

    /// "Pembahasan dan keputusan": each agenda item with minutes, numbered as in the agenda.
    static func minutes(_ meeting: Meeting, context c: ReportContext) -> [ReportBlock] {
        let recorded = meeting.items.enumerated().filter { !$0.element.minutes.isEmpty }
        guard !recorded.isEmpty else { return [.heading(c.w(.discussionAndDecisions)), .paragraph(c.w(.noDiscussionRecorded))] }
        return [.heading(c.w(.discussionAndDecisions))] + recorded.map { n, item in
            let parts: [(Word, String?)] = [(.discussion, item.minutes.discussion), (.decision, item.minutes.decision),
                                            (.recommendation, item.minutes.recommendation)]
            // Event text only in values: renderers escape values, labels are our own words.
            return .fields([ReportField(c.w(.item), "\(n + 1). \(item.title)"), ReportField(c.w(.presenter), item.owner)]
                + parts.compactMap { word, text in text.map { ReportField(c.w(word), $0) } })
        }
    }

    static func due(_ c: ReportContext, _ due: DueDate) -> String {
        switch due {
        case .day(let d): return PostTime.longDate(d, language: c.language)
        case .time(let t): return c.dateTime(t)
        }
    }
}
