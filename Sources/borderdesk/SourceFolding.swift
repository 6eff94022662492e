import BorderOps
import EventLog

/// Reads every source to its end and folds it: the shared core of `summary` and `check`.
struct FoldedSources {
    var fold: EventFold
    var notices: [SourceEvent]
    var incompleteLines: [(path: String, bytes: Int)]

    /// Fails with a one-line error when a source cannot be read: a missing file, a directory
    /// without permission. A partial answer would look like a complete one.
    static func read(_ arguments: [String], decodePath: DecodePath = .automatic) throws -> FoldedSources {
        let sources = EventSources(arguments: arguments)
        var fold = EventFold(decodePath: decodePath)
        // Events average about 150 bytes or more: room for that many ids up front.
        fold.reserveCapacity(lines: Int(min(sources.totalFileBytes / 150, 50_000_000)))
        let notices = sources.readAvailable { path, line in
            fold.ingest(line: line.bytes, length: line.length, origin: LineOrigin(source: path, line: line.number))
        }
        if let failure = notices.first(where: \.isFailure) {
            throw UserFacingError(message: "cannot read \(failure)")
        }
        return FoldedSources(fold: fold, notices: notices, incompleteLines: sources.incompleteLines)
    }

    /// Notes for standard error about lines that are still waiting for their newline.
    var incompleteLineNotes: [String] {
        incompleteLines.map { "\($0.path): last line has no newline yet (\($0.bytes) bytes); not read until it is complete" }
    }
}
