import ExactKeys

/// What `verify` finds in the integrity chains it read (docs/event-format.md, "Integrity"):
/// per file the lines read, the lines that carry prev, what no link covers yet, the first broken
/// link, and each anchor that holds or does not, as `ChainFinding` values the command says in
/// its language.
public struct ChainVerification: Sendable {
    /// An anchor that cannot be read or placed, said as one line.
    public struct Refusal: Error, Equatable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    public let anchors: [ChainAnchor]
    /// The lines to pin per file (for `ChainTracking`).
    public let pins: [String: [Int]]

    /// `anchors` as typed; an anchor without a file belongs to the one file source named.
    public init(anchors: [String], sources: [String]) throws(Refusal) {
        var parsed: [ChainAnchor] = []
        for text in anchors { parsed.append(try ChainAnchor.parse(text)) }
        var pins: [String: [Int]] = [:]
        for anchor in parsed {
            let file: String
            if let named = anchor.file {
                file = named
            } else if sources.count == 1, case .file(let only) = SourceSpec.classify(sources[0]) {
                file = only
            } else if sources == ["-"] {
                file = "stdin"  // as standard input is named in reports and `FILE:LINE`
            } else {
                throw Refusal(message: "--anchor \(anchor.line):…: with more than one file (or a directory, or -) say which: FILE:LINE:HASH")
            }
            pins[file, default: []].append(anchor.line)
        }
        self.anchors = parsed
        self.pins = pins
    }

    /// What to say of `chains` as read, ending with the verdict, and whether every link and
    /// anchor held. `unreadable`: how many sources could not be read.
    public func report(_ chains: [(path: String, chain: FileChain)], unreadable: Int) -> (findings: [ChainFinding], holds: Bool) {
        var findings: [ChainFinding] = []
        var holds = true
        for (path, chain) in chains {
            holds = report(path, chain, into: &findings) && holds
        }
        for (path, wanted) in pins where !chains.contains(where: { ExactKey.bytesEqual($0.path, path) }) {
            holds = false
            for line in wanted { findings.append(.anchorFileNotRead(path: path, line: line)) }
        }
        findings.append(.verdict(holds: holds, unreadable: unreadable))
        return (findings, holds)
    }

    /// What holds and what does not for one file; returns whether everything held.
    private func report(_ path: String, _ chain: FileChain, into out: inout [ChainFinding]) -> Bool {
        var holds = true
        out.append(.file(path: path, lines: chain.lines, links: chain.links, lastLink: chain.lastLink, uncovered: chain.uncovered))
        if let broken = chain.firstBreak {
            holds = false
            out.append(.broken(path: path, line: broken.line, reason: broken.reason))
        }
        for line in (pins[path] ?? []).sorted() {
            let wanted = anchors.filter { ($0.file.map { ExactKey.bytesEqual($0, path) } ?? true) && $0.line == line }
            guard let found = chain.pinned[line] else {
                holds = false
                out.append(.anchorNotReached(path: path, line: line, fileLines: chain.lines))
                continue
            }
            for anchor in wanted {
                if anchor.hash == found {
                    out.append(.anchorHolds(path: path, line: line))
                } else {
                    holds = false
                    out.append(.anchorDiffers(path: path, line: line, found: found.hex, said: anchor.hash.hex))
                }
            }
        }
        return holds
    }
}
