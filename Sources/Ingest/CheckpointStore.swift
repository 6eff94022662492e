import BorderOps
import EventLog
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The checkpoint of one source set (docs/checkpoints.md): the fold and where reading stood in
/// each file, in the user's cache folder. Loading one takes the sources up where it left them, so
/// only the bytes written since are read; anything that does not match (another version, a file
/// truncated, replaced or changed, a damaged or unreadable checkpoint) is one line for the
/// status line or standard error, and the caller folds from scratch.
public struct CheckpointStore: Sendable {
    public let path: String

    /// What loading gave.
    public enum Load {
        /// The fold as the checkpoint had it; the sources are taken up (their opened notices).
        case loaded(EventFold, opened: [SourceEvent])
        /// No checkpoint for these sources: fold from scratch, nothing to say.
        case absent
        /// The checkpoint was not used: fold from scratch (and say why, in one line).
        case refused(Refusal)
    }

    /// Why a checkpoint was not used (`word`: as standard error and the status line say it;
    /// `description` for logs and test messages).
    public enum Refusal: Equatable, Sendable, CustomStringConvertible {
        case unreadable(String)
        case damaged(String)
        /// Written by another version, or not decodable.
        case otherVersion(String)
        case sources(ResumeRefusal)
        /// Another checkpoint (of other positions) was written while this one was read beside its
        /// preview (`DashboardFeed.loadCheckpoint(behind:show:)`), and the files could not be
        /// taken up where it stands.
        case replacedWhileRead

        public var description: String {
            switch self {
            case .unreadable(let reason): return "checkpoint not read (\(reason)): reading everything"
            case .damaged(let reason): return "checkpoint damaged (\(reason)): reading everything"
            case .otherVersion(let reason): return "checkpoint of another version or damaged (\(reason)): reading everything"
            case .sources(.otherSources): return "checkpoint is of other sources: reading everything"
            case .sources(.unreadable(path: let path, reason: let reason)): return "checkpoint not used: \(path): \(reason): reading everything"
            case .sources(.shorter(path: let path)): return "checkpoint not used: \(path) is shorter than when it was made: reading everything"
            case .sources(.changed(path: let path)): return "checkpoint not used: \(path) was replaced or changed: reading everything"
            case .replacedWhileRead: return "checkpoint replaced while it was read: reading everything"
            }
        }
    }

    /// The store for these sources (as given on the command line), in `$XDG_CACHE_HOME` or
    /// `~/.cache`; nil when neither is known, or a source is standard input (nothing to take up).
    public init?(sources: [String], recursive: Bool) {
        var environment: [String: String] = [:]
        for name in ["XDG_CACHE_HOME", "HOME"] {
            if let value = getenv(name) { environment[name] = String(cString: value) }
        }
        guard let folder = CheckpointFile.directory(environment: environment) else { return nil }
        self.init(sources: sources, recursive: recursive, folder: folder)
    }

    /// The store for these sources in `folder` (tests name their own).
    public init?(sources: [String], recursive: Bool, folder: String) {
        guard !sources.contains("-") else { return nil }
        path = folder + "/" + CheckpointFile.name(forSources: sources, recursive: recursive)
    }

    /// What reading the checkpoint gave, before any source is taken up.
    public enum Read: Sendable {
        /// The fold as the checkpoint had it, and where reading stood in each file.
        case read(EventFold, positions: [FilePosition])
        case absent
        case refused(Refusal)
    }

    /// Loads the checkpoint into new `sources` (nothing read from them yet). On refusal the
    /// sources are as they were.
    public func load(into sources: EventSources, decodePath: DecodePath = .automatic, problems: ProblemLog) -> Load {
        switch read(decodePath: decodePath, problems: problems) {
        case .read(let fold, let positions):
            do throws(ResumeRefusal) {
                let opened = try sources.resume(at: positions)
                return .loaded(fold, opened: opened)
            } catch {
                return .refused(.sources(error))
            }
        case .absent: return .absent
        case .refused(let refusal): return .refused(refusal)
        }
    }

    /// Reads the checkpoint without touching any source: on any thread (a dashboard drawing the
    /// preview reads it on another: `BackgroundCheckpointRead`).
    public func read(decodePath: DecodePath = .automatic, problems: ProblemLog) -> Read {
        let file: LoadedCheckpoint
        do throws(LoadedCheckpoint.Refusal) {
            file = try LoadedCheckpoint(path: path, sealChecked: false)
        } catch {
            switch error {
            case .absent: return .absent
            case .unreadable(let reason): return .refused(.unreadable(reason))
            case .damaged(let reason): return .refused(.damaged(reason))
            case .otherLayout(let layout): return .refused(.otherVersion("layout \(layout)"))
            }
        }
        // The seal (a hash of the whole file: `CheckpointSeal`) and then the ids' table are read
        // on another core while the state is read here: what was read is used only if the seal
        // holds (the reader never trusts a length, so damaged bytes are refused or read as
        // nonsense, never a crash).
        let beside = CheckpointSideReading(file)
        let fold: EventFold
        do {
            fold = try EventFold(checkpoint: file.payload, decodePath: decodePath, problems: problems, readingIDs: beside.readingIDs,
                                 doneWith: file.doneWith)
        } catch {
            return .refused(beside.sealHolds() ? .otherVersion("\(error)") : .damaged(LoadedCheckpoint.sealMismatch))
        }
        guard beside.sealHolds() else { return .refused(.damaged(LoadedCheckpoint.sealMismatch)) }
        return .read(fold, positions: file.positions)
    }

    /// Writes a checkpoint of `fold` as read from `sources` (every byte read folded). Nothing is
    /// written for sources that cannot be taken up again (standard input) or a fold
    /// up to a horizon; returns whether one was written.
    @discardableResult
    public func save(_ fold: EventFold, readFrom sources: EventSources) throws(FileFailure) -> Bool {
        guard fold.horizon == nil, let positions = sources.positions else { return false }
        try save(fold, at: positions)
        return true
    }

    /// Writes a checkpoint of `fold`, every byte up to `positions` folded (taken together, on
    /// the thread that reads the sources; the writing may be on any: `BackgroundCheckpoints`).
    /// The fold is consumed and let go of part by part as it is written: a caller that hands
    /// over its only other reference (`BackgroundCheckpoints`) lets the live fold have its
    /// tables back early.
    /// The preview is written after it, with the same positions; its failure is not the
    /// checkpoint's (the start is then as it was without one) (`loadPreview` takes it only
    /// beside the checkpoint it was written with); `now`: the clock, for the preview's "today".
    public func save(_ fold: consuming EventFold, at positions: [FilePosition], now: Timestamp = LocalClock.now()) throws(FileFailure) {
        precondition(fold.horizon == nil, "a fold up to a horizon is not the files' fold")
        let preview = fold.preview(for: now)
        var owned = consume fold
        try Self.write(&owned, to: path, at: positions)
        // Best effort: a start without a preview reads the checkpoint as before, and one left
        // from an earlier checkpoint names other positions (`loadPreview` refuses it).
        var previewFold = preview
        do throws(FileFailure) { try Self.write(&previewFold, to: previewPath, at: positions) } catch { unlink(previewPath) }
    }

    private static func write(_ fold: inout EventFold, to path: String, at positions: [FilePosition]) throws(FileFailure) {
        try CheckpointFile.write(to: path, positions: positions) { sink in
            var writer = CheckpointWriter(sink: sink)
            try fold.writeCheckpointLettingGo(to: &writer)
            try writer.flush()
        }
    }

    /// The preview beside the checkpoint (docs/checkpoints.md, "The preview"): the part of the
    /// state the first frame shows, read in milliseconds while the checkpoint takes longer.
    public var previewPath: String { String(path.dropLast(CheckpointFile.suffix.count)) + ".preview" }

    /// The preview to draw the first frame from while the checkpoint is read: nil unless it is
    /// whole (its own seal), was written with the checkpoint now there (the same positions), the
    /// sources still hold those bytes (as `load` will check them), and its "today" covers `now`'s.
    /// Never a message: the checkpoint's own loading says what is wrong.
    /// A preview over a megabyte and an eighth of its checkpoint is not read (one of a history
    /// whose things lie ahead of the clock, say): it would delay the whole fold more than it saves.
    public func loadPreview(sources: EventSources, now: Timestamp) -> CheckpointPreview? {
        guard let checkpoint = try? LoadedCheckpoint(path: path, sealChecked: false),
              let preview = try? LoadedCheckpoint(path: previewPath, sealChecked: false),
              preview.payload.count <= max(1 << 20, checkpoint.payload.count / 8), preview.sealHolds(),
              checkpoint.positions == preview.positions,
              sources.wouldResume(at: preview.positions),
              let fold = try? EventFold(checkpoint: preview.payload),
              let since = fold.state.leftOut.since, BorderState.preview(since: since, serves: now) else { return nil }
        return CheckpointPreview(fold: fold, positions: preview.positions)
    }
}

/// A preview (`CheckpointStore.loadPreview`) and where reading stood in each file when it and its
/// checkpoint were written: the lines written since can be read into it while the checkpoint is.
public struct CheckpointPreview: Sendable {
    public var fold: EventFold
    public let positions: [FilePosition]
}
