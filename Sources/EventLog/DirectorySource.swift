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
/// `.git`), and so are Syncthing's temporary files, which never end in `.jsonl` anyway.
final class DirectorySource {
    /// Deeper than this is a symlink loop, not a layout.
    static let maximumDepth = 16

    let path: String
    let recursive: Bool
    private(set) var files: [FileTail] = []
    private var known = Set<String>()
    /// Every folder walked, the source itself first: each gets an inotify watch.
    private(set) var folders: [String] = []
    /// Folders the latest walk found that the one before did not (new, or deleted and made
    /// again): their watches are (re)made, and they are listed again once watched.
    private(set) var newFolders: Set<String> = []
    private(set) var state: SourceState = .following
    private var scannedOnce = false

    init(path: String, recursive: Bool = false) {
        self.path = path
        self.recursive = recursive
        folders = [path]
    }

    func poll(buffer: ReadBuffer, lines: (String, LineRef) -> Void, events: (SourceEvent) -> Void) {
        rescan(events)
        for file in files {
            file.poll(buffer: buffer, lines: { lines(file.path, $0) }, events: events)
        }
    }

    /// The paths of the event files in `directory` now (in subfolders too when `recursive`),
    /// in path order.
    static func eventFiles(in directory: String, recursive: Bool = false) -> [String] {
        var walk = Walk()
        walk.visit(directory, depth: recursive ? 0 : maximumDepth)
        return walk.files.sorted()
    }

    private func rescan(_ events: (SourceEvent) -> Void) {
        guard let dir = opendir(path) else {
            let message = Posix.message(errno)
            if state != .error(message) {
                state = .error(message)
                events(SourceEvent(path: path, kind: .error(message)))
            }
            return
        }
        closedir(dir)
        state = .following
        var walk = Walk()
        walk.visit(path, depth: recursive ? 0 : Self.maximumDepth)
        newFolders = Set(walk.folders).subtracting(folders)
        folders = walk.folders
        for file in walk.files.sorted() where !known.contains(file) {
            known.insert(file)
            let tail = FileTail(path: file)
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
        var files: [String] = []
        var folders: [String] = []
        private var seen = Set<FileIdentity>()

        /// Descends into subfolders while `depth` is below the maximum (a non-recursive walk
        /// starts at the maximum). An unreadable subfolder is skipped; the source's own folder is
        /// checked by the caller.
        mutating func visit(_ folder: String, depth: Int) {
            guard let info = Posix.status(folder).info, seen.insert(FileIdentity(info)).inserted,
                  let dir = opendir(folder) else { return }
            let names = DirectoryListing.names(of: dir, suffix: "")
            closedir(dir)
            folders.append(folder)
            for name in names.sorted() where name != "." && name != ".." {
                let full = Posix.join(folder, name)
                guard let info = Posix.status(full).info else { continue }
                if Posix.isDirectory(info) {
                    if depth < DirectorySource.maximumDepth && !name.hasPrefix(".") { visit(full, depth: depth + 1) }
                } else if name.hasSuffix(".jsonl"), seen.insert(FileIdentity(info)).inserted {
                    files.append(full)
                }
            }
        }
    }
}
