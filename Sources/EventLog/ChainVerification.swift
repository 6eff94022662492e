import ExactKeys

/// What `verify` says about the integrity chains it read (docs/event-format.md, "Integrity"):
/// per file the lines read, the lines that carry prev, what no link covers yet, the first broken
/// link as FILE:LINE: reason, and each anchor that holds or does not. Lines are raw text: the
/// printer escapes them.
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

    /// The lines to print for `chains` as read, ending with the verdict, and whether every link
    /// and anchor held. `unreadable`: how many sources could not be read.
    public func report(_ chains: [(path: String, chain: FileChain)], unreadable: Int) -> (lines: [String], holds: Bool) {
        var lines: [String] = []
        var holds = true
        for (path, chain) in chains {
            holds = report(path, chain, into: &lines) && holds
        }
        for (path, wanted) in pins where !chains.contains(where: { ExactKey.bytesEqual($0.path, path) }) {
            holds = false
            for line in wanted { lines.append("\(path): anchor at line \(line) not checked: no such file among the sources read") }
        }
        lines.append(unreadable == 0
            ? (holds ? "every link and anchor holds" : "a link or an anchor does not hold")
            : "\(unreadable) source\(unreadable == 1 ? "" : "s") could not be read")
        return (lines, holds)
    }

    /// What holds and what does not for one file; returns whether everything held.
    private func report(_ path: String, _ chain: FileChain, into out: inout [String]) -> Bool {
        var holds = true
        let carry = chain.links == 0 ? "none carries prev" : "\(chain.links) carry prev"
        let uncovered: String
        if chain.lines == 0 {
            uncovered = "nothing to cover"
        } else if chain.links == 0 {
            uncovered = "no link covers any line"
        } else if chain.uncovered == 1 {
            uncovered = "1 line at the end not covered by a link (line \(chain.lastLink), the last link)"
        } else {
            uncovered = "\(chain.uncovered) lines at the end not covered by a link (lines \(chain.lastLink)-\(chain.lines), from the last link)"
        }
        out.append("\(path): \(chain.lines) line\(chain.lines == 1 ? "" : "s"), \(carry); \(uncovered)")
        if let broken = chain.firstBreak {
            holds = false
            out.append("\(path):\(broken.line): \(broken.reason)")
        }
        for line in (pins[path] ?? []).sorted() {
            let wanted = anchors.filter { ($0.file.map { ExactKey.bytesEqual($0, path) } ?? true) && $0.line == line }
            guard let found = chain.pinned[line] else {
                holds = false
                out.append("\(path):\(line): anchor not reached: the file has only \(chain.lines) lines (cut short, or the wrong file)")
                continue
            }
            for anchor in wanted {
                if anchor.hash == found {
                    out.append("\(path):\(line): anchor holds")
                } else {
                    holds = false
                    out.append("\(path):\(line): anchor does not hold: the running hash there is \(found.hex), the anchor says \(anchor.hash.hex)")
                }
            }
        }
        return holds
    }
}
