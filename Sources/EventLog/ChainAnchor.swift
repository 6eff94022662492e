import SafeText

/// `[FILE:]LINE:HASH`, as a printed report gives it: the running hash a file had after line
/// LINE. Read from the right: a file name may hold `:`.
public struct ChainAnchor: Equatable, Sendable {
    public var file: String?
    public var line: Int
    public var hash: RunningHash

    public init(file: String?, line: Int, hash: RunningHash) {
        self.file = file
        self.line = line
        self.hash = hash
    }

    public static func parse(_ text: String) throws(ChainVerification.Refusal) -> ChainAnchor {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count >= 2, let line = Int(parts[parts.count - 2]), line >= 0,
              let hash = RunningHash(hex: parts[parts.count - 1].lowercased()) else {
            throw .init(message: "--anchor \(DisplayText.shortened(text, limit: 40)): expected [FILE:]LINE:HASH (HASH: 64 hex digits)")
        }
        let file = parts.count > 2 ? parts.dropLast(2).joined(separator: ":") : nil
        return ChainAnchor(file: file, line: line, hash: hash)
    }
}
