import BorderOps
import EventLog

/// `checklist start`: one `checklist.started` event carrying a template's steps, appended
/// through the locked, chained path like every other event.
public enum ChecklistStart {
    /// Appends the start of `template` as checklist `checklist` of operation `op`; returns what
    /// must be said about the append (`AppendNotes`).
    public static func append(_ template: ChecklistTemplate, checklist: String, op: String, post: String, by: String,
                              to file: String) throws -> [String] {
        let fields = template.startedFields(checklist: checklist, op: op)
        let event = EventWriter.event(type: EventType.checklistStarted.rawValue, post: post, by: by, fields: fields)
        return AppendNotes.lines(try EventWriter.append(event, to: file), file: file)
    }
}
