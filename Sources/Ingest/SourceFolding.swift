import BorderOps
import EventLog

/// Reads every source to its end and folds it: the shared core of `summary` and `check`.
public struct FoldedSources {
    public var fold: EventFold
    public var notices: [SourceEvent]
    public var incompleteLines: [(path: String, bytes: Int)]
    /// Each file's integrity chain over the lines folded, when asked for (`chains`).
    public var chains: [(path: String, chain: FileChain)] = []
    /// Why the sources' checkpoint was not used, when one was asked for and there was one.
    public var checkpointRefusal: CheckpointStore.Refusal?

    /// What could not be read, or was left out on purpose (a link out of a directory source), is
    /// in `notices`: the command line says it (`read` there).
    /// `pipelined`: decode on a second thread while this one folds (same result, see
    /// `PipelinedFold`); otherwise everything on this thread.
    /// `horizon`: leave out events stamped after it (see `EventFold.horizon`).
    /// `problems`: the malformed lines to keep with their reasons (none unless the caller lists them).
    /// `chains`: also take each file's integrity chain as it is read (the anchors a report prints).
    /// `checkpoint`: start from this checkpoint of the sources when it matches (never with a
    /// `horizon`: it holds the later events too); only what was written since is read.
    public static func fold(_ arguments: [String], recursive: Bool = false, decodePath: DecodePath = .automatic, pipelined: Bool = true,
                            horizon: Timestamp? = nil,
                            problems: ProblemLog = ProblemLog(limit: 0, keeping: .first), chains: ChainTracking? = nil,
                            checkpoint: CheckpointStore? = nil) -> FoldedSources {
        var fold = EventFold(decodePath: decodePath, problems: problems)
        fold.horizon = horizon
        var notices: [SourceEvent] = []
        let incompleteLines: [(path: String, bytes: Int)]
        let sources = EventSources(arguments: arguments, recursive: recursive, chains: chains)
        var refusal: CheckpointStore.Refusal?
        var resumed = false
        if horizon == nil, let store = checkpoint {
            switch store.load(into: sources, decodePath: decodePath, problems: problems) {
            case .loaded(let loaded, let opened):
                fold = loaded
                notices = opened
                resumed = true
            case .absent: break
            case .refused(let why): refusal = why
            }
        }
        if pipelined {
            let finish = PipelinedFold.read(sources, decodePath: decodePath, into: &fold)
            notices += finish.notices
            incompleteLines = finish.incompleteLines
        } else {
            fold.reserveCapacity(lines: PipelinedFold.expectedLines(sources))
            notices += sources.readAvailable { path, line in fold.ingest(line, from: path) }
            incompleteLines = sources.incompleteLines
        }
        if resumed && chains != nil {
            // What the checkpoint stood for was not read here: its chains are hashed from the files.
            sources.hashInBackground()
            sources.finishChains()
        }
        return FoldedSources(fold: fold, notices: notices, incompleteLines: incompleteLines, chains: sources.chains, checkpointRefusal: refusal)
    }

    /// Notes for standard error about lines that are still waiting for their newline.
    public var incompleteLineNotes: [String] {
        incompleteLines.map { "\($0.path): last line has no newline yet (\($0.bytes) bytes); not read until it is complete" }
    }
}

extension EventFold {
    /// Folds one line handed out by a reader; what it decoded to.
    @discardableResult
    public mutating func ingest(_ line: LineRef, from path: String) -> LineOutcome {
        ingest(line: line.bytes, length: line.length, origin: LineOrigin(source: path, line: line.number))
    }
}
