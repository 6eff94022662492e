import Dashboard
import EventLog
import Ingest

/// The reader's source states as the dashboard names them.
enum SourceStateMapping {
    static func status(_ state: SourceState) -> SourceStatus.State {
        switch state {
        case .following: return .following
        case .rotated: return .rotated
        case .truncated: return .truncated
        case .deleted: return .deleted
        case .missing: return .missing
        case .ended: return .ended
        case .error(let failure): return .error(failure.statusWord)
        case .notFollowed(let reason): return .notFollowed(reason.word)
        }
    }

    static func chain(_ seal: ChainSeal) -> SourceStatus.Chain {
        switch seal {
        case .sealed: return .sealed
        case .notCovered(let lines): return .notCovered(lines: lines)
        case .broken(let line): return .broken(line: line)
        case .pending: return .checking
        }
    }
}
