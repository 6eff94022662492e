#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A directory source: every file whose name ends in `.jsonl` directly in it (or, `recursive`,
/// in it and every subfolder), including files and subfolders created later. Other files are
/// ignored; files are read in path order.
///
/// Recursion is for a headquarters' replicated tree (one folder per post, docs/headquarters.md):
/// folders whose names begin with `.` are skipped (Syncthing's `.stfolder` and `.stversions`,
/// `.git`), and so are Syncthing's temporary files, which never end in `.jsonl` anyway. A link to
/// a folder outside the source is not followed (a link to `/` would read every `*.jsonl` on the
/// machine), nor is a link to a file outside it; and only regular files are read (a named pipe
/// would wait for a writer forever, a link to `/dev/zero` never ends). Each is reported once, as
/// `notFollowed`.
///
/// Names are taken as bytes: a file whose name is not UTF-8 is read, and shown with `\xHH`.
final class DirectorySource {
    /// Deeper than this is a symlink loop, not a layout.
    static let maximumDepth = 16

    let path: String
    let root: RawPath
    let recursive: Bool
    private let descriptors: OpenFileBudget
    /// Handed to each file found: how long its name may be missing before it is deleted.
    private let grace: DeletionGrace
    private let chains: ChainTracking?
    private(set) var files: [FileTail] = []
    private var known = Set<RawPath>()
    /// Every folder walked, the source itself first: each gets an inotify watch.
    private(set) var folders: [RawPath] = []
    /// Folders the latest walk found that the one before did not (new, or deleted and made
    /// again): their watches are (re)made, and they are listed again once watched.
    private(set) var newFolders: Set<RawPath> = []
    /// Links out of the source and files that are not regular, already reported.
    private var reportedLinks = Set<RawPath>()
    private(set) var state: SourceState = .following
    private var scannedOnce = false

    init(path: String, recursive: Bool = false, descriptors: OpenFileBudget, chains: ChainTracking? = nil, grace: DeletionGrace = .standard) {
        self.path = path
        self.grace = grace
        root = RawPath(path)
        self.recursive = recursive
        self.descriptors = descriptors
        self.chains = chains
        folders = [root]
    }

    func poll(buffer: ReadBuffer, lines: (String, LineRef) -> Void, events: (SourceEvent) -> Void) {
        rescan(events)
        for file in files {
            file.poll(buffer: buffer, lines: { lines(file.path, $0) }, events: events)
        }
    }

    /// A file a checkpoint had read, found again and checked (`checkResume`): its open
    /// descriptor is handed to `resume` once every file of every source passed.
    struct CheckedResume {
        var tail: FileTail
        var position: FilePosition
        var fd: Int32
    }

    /// The first half of taking this directory up where a checkpoint left it, before its first
    /// poll: the tree is walked now and each position's file (by path as shown) must be found
    /// and hold what the checkpoint read. Nothing is kept until `resume`; on a refusal the
    /// descriptors opened so far are in `checked`, for the caller to close.
    func checkResume(at positions: [FilePosition], checked: inout [CheckedResume]) throws(ResumeRefusal) {
        precondition(files.isEmpty, "resumed after a poll")
        let walked = Dictionary(Self.eventFiles(in: path, recursive: recursive).map { ($0.shown, $0) }, uniquingKeysWith: { first, _ in first })
        for position in positions {
            // Gone, or no longer an event file under this folder: not the files it was made of.
            guard let location = walked[position.path] else {
                throw .unreadable(path: position.path, reason: Posix.message(ENOENT))
            }
            let tail = FileTail(location, descriptors: descriptors, chains: chains, regularOnly: true, grace: grace)
            checked.append(CheckedResume(tail: tail, position: position, fd: try tail.checkResume(at: position)))
        }
    }

    /// Takes the checked files up. They are read first, in the checkpoint's order, and files
    /// the checkpoint did not have after them, from their start: the order a reader that never
    /// stopped reads them in (new files are appended as they appear), so a duplicate id keeps
    /// the same first copy. Their opened notices.
    func resume(_ checked: [CheckedResume]) -> [SourceEvent] {
        files = checked.map(\.tail)
        known = Set(checked.map(\.tail.location))
        return checked.map { $0.tail.resume(at: $0.position, fd: $0.fd) }
    }

    /// The paths of the event files in `directory` now (in subfolders too when `recursive`),
    /// in path order.
    static func eventFiles(in directory: String, recursive: Bool = false) -> [RawPath] {
        var walk = Walk(root: RawPath(directory))
        walk.visit(walk.root, depth: recursive ? 0 : maximumDepth)
        return walk.files.sorted(by: RawPath.inOrder)
    }

    private func rescan(_ events: (SourceEvent) -> Void) {
        guard let dir = opendir(path) else {
            let failure = SourceFailure.system(errno)
            if state != .error(failure) {
                state = .error(failure)
                events(SourceEvent(path: path, kind: .error(failure)))
            }
            return
        }
        closedir(dir)
        state = .following
        var walk = Walk(root: root)
        walk.visit(root, depth: recursive ? 0 : Self.maximumDepth)
        newFolders = Set(walk.folders).subtracting(folders)
        folders = walk.folders
        for (link, target) in walk.outsideLinks where reportedLinks.insert(link).inserted {
            events(SourceEvent(path: link.shown, kind: .notFollowed(.linkOutside(target: RawPath.shown(target), folder: path))))
        }
        for (file, kind) in walk.notRegular where reportedLinks.insert(file).inserted {
            events(SourceEvent(path: file.shown, kind: .notFollowed(.notRegular(kind))))
        }
        for file in walk.files.sorted(by: RawPath.inOrder) where !known.contains(file) {
            known.insert(file)
            let tail = FileTail(file, descriptors: descriptors, chains: chains, regularOnly: true, grace: grace)
            // Files found after the first scan are new arrivals: say so when they open.
            if scannedOnce { tail.markAsAppearing() }
            files.append(tail)
        }
        scannedOnce = true
    }

    /// One walk of the tree: `*.jsonl` files and the folders that could be listed. Each folder
    /// and file is taken once by device and inode, so a symlinked folder (or a loop) does not
    /// make a file read twice under two names.
    struct Walk {
        let root: RawPath
        var files: [RawPath] = []
        var folders: [RawPath] = []
        /// Links to folders or event files outside the root, and where they lead: not followed.
        var outsideLinks: [(link: RawPath, target: [UInt8])] = []
        /// Event files that are not regular files, and why: not read.
        var notRegular: [(file: RawPath, kind: FileKind)] = []
        private var seen = Set<FileIdentity>()
        /// The root with its links resolved, what every followed folder must lie in.
        private let resolvedRoot: [UInt8]?

        init(root: RawPath) {
            self.root = root
            resolvedRoot = Posix.resolved(root.cString)
        }

        /// Descends into subfolders while `depth` is below the maximum (a non-recursive walk
        /// starts at the maximum). An unreadable subfolder is skipped; the source's own folder is
        /// checked by the caller.
        mutating func visit(_ folder: RawPath, depth: Int) {
            guard let info = Posix.status(folder.cString).info, seen.insert(FileIdentity(info)).inserted,
                  let dir = opendir(folder.cString) else { return }
            let names = DirectoryListing.rawNames(of: dir)
            closedir(dir)
            folders.append(folder)
            for name in names.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
                let full = folder.appending(name)
                guard let info = Posix.status(full.cString).info else { continue }
                if Posix.isDirectory(info) {
                    guard depth < DirectorySource.maximumDepth && name.first != 0x2E else { continue }
                    if Posix.isSymbolicLink(full.cString), let target = Posix.resolved(full.cString), !isInsideRoot(target) {
                        outsideLinks.append((full, target))
                        continue
                    }
                    visit(full, depth: depth + 1)
                } else if name.count >= Self.suffix.count, name.suffix(Self.suffix.count).elementsEqual(Self.suffix) {
                    if let kind = Posix.fileKind(info) {
                        notRegular.append((full, kind))
                    } else if Posix.isSymbolicLink(full.cString), let target = Posix.resolved(full.cString), !isInsideRoot(target) {
                        outsideLinks.append((full, target))
                    } else if seen.insert(FileIdentity(info)).inserted {
                        files.append(full)
                    }
                }
            }
        }

        private static let suffix = Array(".jsonl".utf8)

        private func isInsideRoot(_ path: [UInt8]) -> Bool {
            guard let resolvedRoot else { return false }
            if resolvedRoot == [0x2F] { return true }
            return path == resolvedRoot || (path.starts(with: resolvedRoot) && path[resolvedRoot.count] == 0x2F)
        }
    }
}
