/// Why an event source cannot be read now, as a value (the alert "cannot read" carries it and
/// says it in the officer's language: `Word.sourceReadProblem`). Made from the reader's
/// `SourceState` (EventLog) by Ingest.
public enum SourceReadProblem: Sendable, Equatable {
    case deleted
    /// The C library's errno (ENOENT for a file that is missing).
    case system(Int32)
    /// Not a regular file.
    case notRegular(FileShape)
}
