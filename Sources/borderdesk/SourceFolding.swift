import BorderOps
import EventLog
import Reports

/// Reads every source to its end and folds it: the shared core of `summary` and `check`.
struct FoldedSources {
    var fold: EventFold
    var notices: [SourceEvent]
    var incompleteLines: [(path: String, bytes: Int)]
    /// Each file's integrity chain over the lines folded, when asked for (`chains`).
    var chains: [(path: String, chain: FileChain)] = []

    /// Fails with a one-line error when a source cannot be read: a missing file, a directory
    /// without permission. A partial answer would look like a complete one. What was left out on
    /// purpose (a link out of a directory source) is said on standard error, once.
    /// `pipelined`: decode on a second thread while this one folds (same result, see
    /// `PipelinedFold`); otherwise everything on this thread.
    /// `horizon`: leave out events stamped after it (see `EventFold.horizon`). `unreadableIsFatal`:
    /// false when the caller reports unreadable sources itself (`alerts` makes them alerts).
    /// `problems`: the malformed lines to keep with their reasons (none unless the caller lists them).
    /// `chains`: also take each file's integrity chain as it is read (the anchors a report prints).
    static func read(_ arguments: [String], recursive: Bool = false, decodePath: DecodePath = .automatic, pipelined: Bool = true,
                     horizon: Timestamp? = nil, unreadableIsFatal: Bool = true,
                     problems: ProblemLog = ProblemLog(limit: 0, keeping: .first), chains: ChainTracking? = nil) throws -> FoldedSources {
        var fold = EventFold(decodePath: decodePath, problems: problems)
        fold.horizon = horizon
        let notices: [SourceEvent]
        let incompleteLines: [(path: String, bytes: Int)]
        let sources = EventSources(arguments: arguments, recursive: recursive, chains: chains)
        if pipelined {
            let finish = PipelinedFold.read(sources, decodePath: decodePath, into: &fold)
            (notices, incompleteLines) = (finish.notices, finish.incompleteLines)
        } else {
            fold.reserveCapacity(lines: PipelinedFold.expectedLines(sources))
            notices = sources.readAvailable { path, line in fold.ingest(line, from: path) }
            incompleteLines = sources.incompleteLines
        }
        for notice in notices {
            if case .notFollowed = notice.kind { printError("borderdesk: \(notice.description)") }
        }
        if unreadableIsFatal, let failure = notices.first(where: \.isFailure) {
            throw UserFacingError(message: "cannot read \(failure)")
        }
        return FoldedSources(fold: fold, notices: notices, incompleteLines: incompleteLines, chains: sources.chains)
    }

    /// Where each file stood when it was folded: its complete lines and their running hash.
    var anchors: [LogAnchor] {
        chains.map { LogAnchor(file: $0.path, line: $0.chain.lines, hash: $0.chain.hash.hex) }
    }

    /// Notes for standard error about lines that are still waiting for their newline.
    var incompleteLineNotes: [String] {
        incompleteLines.map { "\($0.path): last line has no newline yet (\($0.bytes) bytes); not read until it is complete" }
    }
}

extension EventFold {
    /// Folds one line handed out by a reader.
    mutating func ingest(_ line: LineRef, from path: String) {
        ingest(line: line.bytes, length: line.length, origin: LineOrigin(source: path, line: line.number))
    }
}
