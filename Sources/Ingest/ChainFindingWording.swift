import EventLog
import Words

extension ChainFinding {
    /// The line `verify` prints for this finding (raw: the printer escapes it).
    public var word: Word {
        switch self {
        case .file(let path, let lines, let links, let lastLink, let uncovered):
            return .verifyFile(path: path, lines: lines, links: links, lastLink: lastLink, uncovered: uncovered)
        case .broken(let path, let line, .twice): return .verifyPrevTwice(path: path, line: line)
        case .broken(let path, let line, .notHex): return .verifyPrevNotHex(path: path, line: line)
        case .broken(let path, let line, .mismatch(let from)): return .verifyPrevMismatch(path: path, line: line, from: from)
        case .anchorHolds(let path, let line): return .verifyAnchorHolds(path: path, line: line)
        case .anchorDiffers(let path, let line, let found, let said): return .verifyAnchorDiffers(path: path, line: line, found: found, said: said)
        case .anchorNotReached(let path, let line, let fileLines): return .verifyAnchorNotReached(path: path, line: line, fileLines: fileLines)
        case .anchorFileNotRead(let path, let line): return .verifyAnchorFileNotRead(path: path, line: line)
        case .verdict(let holds, let unreadable): return .verifyVerdict(holds: holds, unreadable: unreadable)
        }
    }
}
