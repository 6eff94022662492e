import BorderOps

/// What `borderdesk append` says on standard output once its events are in the file: the same
/// `Tersimpan` as the dashboard's forms, then what, which id and where (`FILE` line `N`).
extension Word {
    /// One event: its type, its id, the file and the line it went to.
    public static func appendedEvent(type: String, id: String, file: String, line: Int) -> Word {
        Word(en: "\(formSaved.en): \(type) \(id) in \(file) line \(line)",
             id: "\(formSaved.id): \(type) \(id) di \(file) baris \(line)")
    }

    /// A batch (`--jsonl`): how many events and the lines they went to.
    public static func appendedEvents(count: Int, file: String, firstLine: Int) -> Word {
        let last = firstLine + count - 1
        return Word(en: "\(formSaved.en): \(Language.en.grouped(count)) \(count == 1 ? "event" : "events") in \(file) \(count == 1 ? "line \(firstLine)" : "lines \(firstLine)-\(last)")",
                    id: "\(formSaved.id): \(Language.id.grouped(count)) peristiwa di \(file) baris \(count == 1 ? "\(firstLine)" : "\(firstLine)-\(last)")")
    }
}
