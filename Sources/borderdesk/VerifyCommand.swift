import ArgumentParser
import BorderOps
import EventLog
import ExactKeys
import SafeText

/// `borderdesk verify`: recomputes each file's running hash and checks every `prev` and anchor
/// (docs/event-format.md, "Integrity"). One pass over each file, in bounded memory.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check the integrity chain of event files: every prev, and anchors from printed reports.",
        discussion: """
            Per file: the lines read, the lines that carry prev, the first broken link as
            FILE:LINE: reason, and how many lines at the end no link covers yet.
            --anchor LINE:HASH (or FILE:LINE:HASH when several files are read) checks that the
            running hash after line LINE is still HASH, as a printed report gives it.
            Exit status: 0 when every link and anchor holds, 1 when one does not, 2 when a
            source cannot be read.
            """
    )

    @Argument(help: "Event files, directories or - for standard input.")
    var sources: [String]

    @Option(name: .customLong("anchor"), help: "[FILE:]LINE:HASH from a report (repeatable).")
    var anchors: [String] = []

    @Flag(help: "Directory sources take in their subfolders too.")
    var recursive = false

    mutating func run() throws {
        try reportingErrors {
            let parsed = try anchors.map(Anchor.parse)
            let pins = try pinsByFile(parsed)
            let reader = EventSources(arguments: sources, recursive: recursive, chains: ChainTracking(pins: pins))
            let notices = reader.readAvailable { _, _ in }
            let chains = reader.chains

            var out = StandardOutput()
            var holds = true
            for (path, chain) in chains {
                holds = report(path, chain, anchors: pins[path] ?? [], expected: parsed, into: &out) && holds
            }
            for (path, wanted) in pins where !chains.contains(where: { ExactKey.bytesEqual($0.path, path) }) {
                holds = false
                for line in wanted { out.line("\(path): anchor at line \(line) not checked: no such file among the sources read") }
            }
            let unreadable = notices.filter(\.isFailure)
            out.line(unreadable.isEmpty
                ? (holds ? "every link and anchor holds" : "a link or an anchor does not hold")
                : "\(unreadable.count) source\(unreadable.count == 1 ? "" : "s") could not be read")
            out.flush()
            for notice in notices where notice.isFailure { printError("borderdesk: cannot read \(notice)") }
            for (path, bytes) in reader.incompleteLines {
                printError("borderdesk: \(path): last line has no newline yet (\(bytes) bytes); not counted until it is complete")
            }
            if !unreadable.isEmpty { throw ExitCode(2) }
            if !holds { throw ExitCode(1) }
        }
    }

    /// The lines to pin per file. An anchor without a file belongs to the one file named.
    private func pinsByFile(_ anchors: [Anchor]) throws -> [String: [Int]] {
        var pins: [String: [Int]] = [:]
        for anchor in anchors {
            let file: String
            if let named = anchor.file {
                file = named
            } else if sources.count == 1, case .file(let only) = SourceSpec.classify(sources[0]) {
                file = only
            } else if sources == ["-"] {
                file = "stdin"  // as standard input is named in reports and `FILE:LINE`
            } else {
                throw UserFacingError(message: "--anchor \(anchor.line):…: with more than one file (or a directory, or -) say which: FILE:LINE:HASH")
            }
            pins[file, default: []].append(anchor.line)
        }
        return pins
    }

    /// Prints what holds and what does not for one file; returns whether everything held.
    private func report(_ path: String, _ chain: FileChain, anchors lines: [Int], expected: [Anchor], into out: inout StandardOutput) -> Bool {
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
        out.line("\(path): \(chain.lines) line\(chain.lines == 1 ? "" : "s"), \(carry); \(uncovered)")
        if let broken = chain.firstBreak {
            holds = false
            out.line("\(path):\(broken.line): \(broken.reason)")
        }
        for line in lines.sorted() {
            let wanted = expected.filter { ($0.file.map { ExactKey.bytesEqual($0, path) } ?? true) && $0.line == line }
            guard let found = chain.pinned[line] else {
                holds = false
                out.line("\(path):\(line): anchor not reached: the file has only \(chain.lines) lines (cut short, or the wrong file)")
                continue
            }
            for anchor in wanted {
                if anchor.hash == found {
                    out.line("\(path):\(line): anchor holds")
                } else {
                    holds = false
                    out.line("\(path):\(line): anchor does not hold: the running hash there is \(found.hex), the anchor says \(anchor.hash.hex)")
                }
            }
        }
        return holds
    }
}

/// `[FILE:]LINE:HASH`, as a report prints it. Read from the right: a file name may hold `:`.
struct Anchor: Equatable {
    var file: String?
    var line: Int
    var hash: RunningHash

    static func parse(_ text: String) throws -> Anchor {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count >= 2, let line = Int(parts[parts.count - 2]), line >= 0,
              let hash = RunningHash(hex: parts[parts.count - 1].lowercased()) else {
            throw UserFacingError(message: "--anchor \(DisplayText.shortened(text, limit: 40)): expected [FILE:]LINE:HASH (HASH: 64 hex digits)")
        }
        let file = parts.count > 2 ? parts.dropLast(2).joined(separator: ":") : nil
        return Anchor(file: file, line: line, hash: hash)
    }
}
