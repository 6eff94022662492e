import EventLog
import Reports

extension LogAnchor {
    /// Where each file's chain stood in what was folded: printed on a report (from `report` or
    /// the dashboard's `P`), it pins every line up to there for `verify --anchor`.
    public static func of(_ chains: [(path: String, chain: FileChain)]) -> [LogAnchor] {
        chains.map { LogAnchor(file: $0.path, line: $0.chain.lines, hash: $0.chain.hash.hex) }
    }
}
