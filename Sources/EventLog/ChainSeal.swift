/// How far a file's integrity chain vouches for it, as the dashboard's status line says it
/// (docs/event-format.md, "Integrity"): read from a `FileChain` at no cost, so it can be asked
/// after every read.
public enum ChainSeal: Sendable, Equatable {
    /// Every link holds and the last line carries one: each line before it is covered by a
    /// later `prev`, the last one was written chaining all of them (an empty file is sealed too).
    case sealed
    /// Every link holds, but this many lines at the end come after the last link (another
    /// writer's lines, or a file no Borderdesk wrote to): nothing vouches for them yet.
    case notCovered(lines: Int)
    /// The first link that does not hold: a line at or before it changed, or lines were added
    /// or removed there. It stays broken until the file is read again from its start.
    case broken(line: Int)
    /// Read without hashing (the dashboard's catch-up), and being hashed on another thread now.
    case pending
}

extension FileChain {
    public var seal: ChainSeal {
        if let firstBreak { return .broken(line: firstBreak.line) }
        return lastLink == lines ? .sealed : .notCovered(lines: lines - lastLink)
    }
}
