import BorderOps
import EventLog

/// Folds sources with the real reader, as the command line does on one thread (up to
/// `horizon`, when given: the log as it stood then).
public func foldWithReader(_ paths: [String], decodePath: DecodePath = .automatic, horizon: Timestamp? = nil) -> EventFold {
    var fold = EventFold(decodePath: decodePath)
    fold.horizon = horizon
    EventSources(arguments: paths).readAvailable { source, line in
        fold.ingest(line: line.bytes, length: line.length, origin: LineOrigin(source: source, line: line.number))
    }
    return fold
}
