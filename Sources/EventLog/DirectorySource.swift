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
        var files: [String] = [], folders: [String] = []
        walk(directory, depth: recursive ? 0 : maximumDepth, files: &files, folders: &folders)
        return files.sorted()
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
        var found: [String] = [], walked: [String] = []
        Self.walk(path, depth: recursive ? 0 : Self.maximumDepth, files: &found, folders: &walked)
        folders = walked
        for file in found.sorted() where !known.contains(file) {
            known.insert(file)
            let tail = FileTail(path: file)
            // Files found after the first scan are new arrivals: say so when they open.
            if scannedOnce { tail.markAsAppearing() }
            files.append(tail)
        }
        scannedOnce = true
    }

    /// Collects `*.jsonl` files in `folder`, and descends into subfolders while `depth` is
    /// below the maximum (a non-recursive walk starts at the maximum). An unreadable subfolder
    /// is skipped; the source's own folder is checked by the caller.
    private static func walk(_ folder: String, depth: Int, files: inout [String], folders: inout [String]) {
        folders.append(folder)
        guard let dir = opendir(folder) else { return }
        let names = DirectoryListing.names(of: dir, suffix: "")
        closedir(dir)
        for name in names where name != "." && name != ".." {
            let full = Posix.join(folder, name)
            guard let info = Posix.status(full).info else { continue }
            if Posix.isDirectory(info) {
                if depth < maximumDepth && !name.hasPrefix(".") {
                    walk(full, depth: depth + 1, files: &files, folders: &folders)
                }
            } else if name.hasSuffix(".jsonl") {
                files.append(full)
            }
        }
    }
}
