import EventLog
import Words

extension NotFollowedReason {
    /// Why the file was left out, in both languages.
    public var word: Word {
        switch self {
        case .linkOutside(let target, let folder): return .linkOutsideFolder(target: target, folder: folder)
        case .notRegular(let kind): return .notRegularFile(kind.word)
        }
    }
}

extension SourceFailure {
    /// Why the source cannot be read, in both languages (`galat N` for an error not in the table).
    public var word: Word {
        switch self {
        case .system(let code): return .systemError(code)
        case .notRegular(let kind): return .notRegularFile(kind.word)
        }
    }

    /// The status line's words: `galat: izin ditolak`, `galat 1234`.
    public var statusWord: Word {
        switch self {
        case .system(let code): return .sourceError(.systemErrorReason(code), code: code)
        case .notRegular: return .sourceError(word, code: 0)
        }
    }
}

extension FileKind {
    public var word: Word {
        switch self {
        case .fifo: return .fileKindFIFO
        case .directory: return .fileKindDirectory
        case .characterDevice: return .fileKindCharacterDevice
        case .blockDevice: return .fileKindBlockDevice
        case .socket: return .fileKindSocket
        case .special: return .fileKindSpecial
        }
    }
}

extension CheckpointStore.Refusal {
    /// Why the checkpoint was not used, as standard error and the dashboard's status line say
    /// it (the reason's words, and the file it is about). A reason the C library gave
    /// (`Permission denied`) is said through the command line's table of those.
    public var word: Word {
        let reason: Word
        switch self {
        case .damaged: reason = .checkpointDamaged
        case .unreadable(let detail): reason = Self.joined(.checkpointUnreadable, detail: detail)
        case .otherVersion: reason = .checkpointOtherVersion
        case .sources(.otherSources): reason = .checkpointOtherSources
        case .sources(.unreadable(path: let path, reason: let detail)): reason = Self.prefixed(path, Self.joined(.checkpointUnreadable, detail: detail))
        case .sources(.shorter(path: let path)): reason = Self.prefixed(path, .checkpointFileShorter)
        case .sources(.changed(path: let path)): reason = Self.prefixed(path, .checkpointFileChanged)
        case .replacedWhileRead: reason = .checkpointReplacedWhileRead
        }
        return Word(en: "\(Word.checkpointNotUsed.en): \(reason.en); \(Word.checkpointReadingAll.en)",
                    id: "\(Word.checkpointNotUsed.id): \(reason.id); \(Word.checkpointReadingAll.id)")
    }

    private static func joined(_ word: Word, detail: String) -> Word {
        let said = Word.commandLine(detail)
        return Word(en: "\(word.en) (\(said.en))", id: "\(word.id) (\(said.id))")
    }

    private static func prefixed(_ path: String, _ word: Word) -> Word {
        Word(en: "\(path): \(word.en)", id: "\(path): \(word.id)")
    }
}
