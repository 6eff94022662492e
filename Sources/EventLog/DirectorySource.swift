#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A directory source: every file whose name ends in `.jsonl` directly in it, including files
/// created later. Other files are ignored. Files are read in name order.
final class DirectorySource {
    let path: String
    private(set) var files: [FileTail] = []
    private var known = Set<String>()
    private(set) var state: SourceState = .following
    private var scannedOnce = false

    init(path: String) { self.path = path }

    func poll(buffer: ReadBuffer, lines: (String, LineRef) -> Void, events: (SourceEvent) -> Void) {
        rescan(events)
        for file in files {
            file.poll(buffer: buffer, lines: { lines(file.path, $0) }, events: events)
        }
    }

    /// The paths of the event files directly in `directory` now, in name order.
    static func eventFiles(in directory: String) -> [String] {
        DirectoryListing.files(in: directory, suffix: ".jsonl")
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
        defer { closedir(dir) }
        state = .following
        let found = DirectoryListing.names(of: dir, suffix: ".jsonl").filter { name in
            !known.contains(name) && !(Posix.status(Posix.join(path, name)).info.map(Posix.isDirectory) ?? false)
        }
        for name in found.sorted() {
            known.insert(name)
            let tail = FileTail(path: Posix.join(path, name))
            // Files found after the first scan are new arrivals: say so when they open.
            if scannedOnce { tail.markAsAppearing() }
            files.append(tail)
        }
        scannedOnce = true
    }
}
