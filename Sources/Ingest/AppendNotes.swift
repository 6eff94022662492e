import EventLog

/// What `append` and `checklist start` say on standard error about an append that happened
/// but needs a word: a torn last line ended first, or a write the disk did not confirm.
public enum AppendNotes {
    public static func lines(_ appended: EventAppender.Appended, file: String) -> [String] {
        var notes: [String] = []
        if appended.endedTornLine {
            notes.append("\(file): its last line had no newline (a torn write); ended it before appending")
        }
        if let reason = appended.notConfirmed {
            // Exit status stays 0: the event is in the file, and a retry would append it twice.
            notes.append("\(file): appended, but the disk did not confirm it (\(reason)); do not append it again")
        }
        if appended.overtakenByUnlockedWriter {
            notes.append("\(file): another writer appended without taking the lock while this was written: the first new line's prev does not cover its bytes (verify will report that link)")
        }
        return notes
    }
}
