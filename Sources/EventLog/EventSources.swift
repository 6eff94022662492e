#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every source the user named, read together. Each source keeps its own order; lines are
/// handed out with the path of the file they came from. Used two ways:
/// - read to the end and stop (`check`, `summary`): `readAvailable` once;
/// - follow (the dashboard): `startFollowing`, then `wait` and `readAvailable` in a loop, or put
///   `descriptors` into the caller's own `poll`.
public final class EventSources {
    public let specs: [SourceSpec]
    private(set) var files: [FileTail] = []
    private(set) var directories: [DirectorySource] = []
    private(set) var stream: StreamTail?
    private let buffer = ReadBuffer(size: 1 << 20)
    /// Files beyond this many give their descriptor back while idle (see `OpenFileBudget`).
    private let openFiles: OpenFileBudget
    #if canImport(Glibc)
    private var inotify: Inotify?
    #endif
    private var following = false
    /// Polling interval when inotify is unavailable or refused (network mounts, watch limit).
    public private(set) var pollingIntervalMs: Int32?
    /// Everything noticed about the sources, as they happened (the newest state per source is
    /// in `states`).
    public private(set) var states: [String: SourceState] = [:]
    let chainTracking: ChainTracking?
    /// Set once deferred chains are being hashed on other threads (`hashInBackground`).
    var chainWake: WakePipe?
    var chainsPending = false

    /// `standardInput` is the descriptor `-` reads (a pipe in tests).
    /// `recursive`: directory sources take in their subfolders too (a headquarters' tree).
    /// `openFileLimit`: how many files may hold a descriptor at once (default: a quarter of the
    /// process's limit, at most 1,024); the idlest others are closed until they change.
    /// `chains`: also take each file's integrity chain as it is read (`chains` below).
    /// `grace`: how long a file's name may be missing before it is deleted (`DeletionGrace`).
    public init(_ specs: [SourceSpec], standardInput: Int32 = STDIN_FILENO, recursive: Bool = false, openFileLimit: Int? = nil,
                chains: ChainTracking? = nil, grace: DeletionGrace = .standard) {
        self.specs = specs
        let openFiles = openFileLimit.map(OpenFileBudget.init(limit:)) ?? OpenFileBudget.forThisProcess()
        self.openFiles = openFiles
        chainTracking = chains
        for spec in specs {
            switch spec {
            case .file(let path): files.append(FileTail(RawPath(path), descriptors: openFiles, chains: chains, grace: grace))
            case .directory(let path):
                directories.append(DirectorySource(path: path, recursive: recursive, descriptors: openFiles, chains: chains, grace: grace))
            case .standardInput: if stream == nil { stream = StreamTail(fd: standardInput, chains: chains?.standardInput == false ? nil : chains) }
            }
        }
    }

    public convenience init(arguments: [String], recursive: Bool = false, openFileLimit: Int? = nil, chains: ChainTracking? = nil,
                            grace: DeletionGrace = .standard) {
        self.init(arguments.map(SourceSpec.classify), recursive: recursive, openFileLimit: openFileLimit, chains: chains, grace: grace)
    }

    /// Where reading stands in each file (the named ones, then each directory's), for a
    /// checkpoint; nil with standard input among the sources (nothing to take up), or when a
    /// file could not be read.
    public var positions: [FilePosition]? {
        guard stream == nil else { return nil }
        let all = files + directories.flatMap(\.files)
        let list = all.compactMap(\.position)
        return list.count == all.count ? list : nil
    }

    /// Whether every file would be taken up where `positions` left it (`resume`'s checks, with
    /// nothing opened kept): a preview of that checkpoint is then of these files.
    public func wouldResume(at positions: [FilePosition]) -> Bool {
        guard let opened = try? checkResume(at: positions) else { return false }
        for fd in opened.0 + opened.1.flatMap({ $0.map(\.fd) }) { close(fd) }
        return true
    }

    /// `resume`'s checks: each file's descriptor, opened and checked (the caller closes them).
    private func checkResume(at positions: [FilePosition]) throws(ResumeRefusal) -> ([Int32], [[DirectorySource.CheckedResume]]) {
        guard stream == nil, positions.count >= files.count, positions.prefix(files.count).map(\.path) == files.map(\.path) else { throw .otherSources }
        // Each directory's positions: those under its folder, in the checkpoint's order.
        var rest = Array(positions.dropFirst(files.count))
        var byDirectory: [[FilePosition]] = []
        for directory in directories {
            let prefix = directory.path.hasSuffix("/") ? directory.path : directory.path + "/"
            byDirectory.append(rest.filter { $0.path.hasPrefix(prefix) })
            rest.removeAll { $0.path.hasPrefix(prefix) }
        }
        guard rest.isEmpty else { throw .otherSources }
        var checked: [Int32] = []
        var checkedInDirectories: [[DirectorySource.CheckedResume]] = []
        do throws(ResumeRefusal) {
            for (file, position) in zip(files, positions) {
                checked.append(try file.checkResume(at: position))
            }
            for (directory, list) in zip(directories, byDirectory) {
                var found: [DirectorySource.CheckedResume] = []
                defer { checkedInDirectories.append(found) }
                try directory.checkResume(at: list, checked: &found)
            }
        } catch {
            for fd in checked + checkedInDirectories.flatMap({ $0.map(\.fd) }) { close(fd) }
            throw error
        }
        return (checked, checkedInDirectories)
    }

    /// Takes every file up where a checkpoint left it (`positions`: the named files, then each
    /// directory's files), before the first read: all of them, or (refused) none. A directory's
    /// files are found by walking it now; files added to it since are read from their start
    /// (`DirectorySource.resume`). The opened files' notices.
    public func resume(at positions: [FilePosition]) throws(ResumeRefusal) -> [SourceEvent] {
        let (checked, checkedInDirectories) = try checkResume(at: positions)
        var opened: [SourceEvent] = []
        for (i, file) in files.enumerated() {
            opened.append(file.resume(at: positions[i], fd: checked[i]))
        }
        for (directory, found) in zip(directories, checkedInDirectories) {
            opened += directory.resume(found)
        }
        for event in opened { states[event.path] = event.kind.stateAfter }
        return opened
    }

    /// Reads whatever is available from every source. Without following, standard input is
    /// read to its end (blocking); when following, once and only when it is ready.
    @discardableResult
    public func readAvailable(lines: (String, LineRef) -> Void) -> [SourceEvent] {
        collectChains()
        var noticed: [SourceEvent] = []
        let note: (SourceEvent) -> Void = { noticed.append($0) }
        for file in files {
            file.poll(buffer: buffer, lines: { lines(file.path, $0) }, events: note)
        }
        // A folder that appeared is listed again once it is watched: a file moved into it
        // between the listing and the watch would wake nobody.
        var rounds = 0
        repeat {
            for directory in directories {
                directory.poll(buffer: buffer, lines: lines, events: note)
            }
            rounds += 1
        } while refreshWatches() && rounds < 8
        if let stream, !following || standardInputReady {
            stream.read(blocking: !following, buffer: buffer, lines: { lines(stream.path, $0) }, events: note)
        }
        for event in noticed { states[event.path] = event.kind.stateAfter }
        return noticed
    }

    /// Starts watching with inotify (or polling with `stat` every `fallbackIntervalMs` when
    /// inotify is unavailable or `forcePolling` is set).
    public func startFollowing(forcePolling: Bool = false, fallbackIntervalMs: Int32 = 500) {
        following = true
        #if canImport(Glibc)
        if !forcePolling, let watcher = Inotify() {
            inotify = watcher
            refreshWatches()
            if pollingIntervalMs == nil { return }
        }
        #endif
        inotify = nil
        pollingIntervalMs = fallbackIntervalMs
    }

    /// File descriptors whose readiness means "call `readAvailable`".
    public var descriptors: [Int32] {
        var fds: [Int32] = []
        #if canImport(Glibc)
        if let inotify { fds.append(inotify.fd) }
        #endif
        if let stream, !stream.isFinished { fds.append(stream.fd) }
        if chainsPending, let chainWake { fds.append(chainWake.readEnd) }
        return fds
    }

    /// Bytes read so far from every source (progress while catching up).
    public var bytesRead: Int64 {
        (files + directories.flatMap(\.files)).reduce(0) { $0 + $1.bytesRead } + (stream?.bytesRead ?? 0)
    }

    /// The size of the named files now (directories' files are not yet listed before the first
    /// read): a hint for how much there is to fold.
    public var totalFileBytes: Int64 {
        let named = files.map(\.location) + directories.flatMap { DirectorySource.eventFiles(in: $0.path, recursive: $0.recursive) }
        return named.reduce(0) { $0 + (Posix.status($1.cString).info.map { Int64($0.st_size) } ?? 0) }
    }

    /// Sources whose last line has no newline yet, with the bytes waiting: not folded until the
    /// newline arrives.
    public var incompleteLines: [(path: String, bytes: Int)] {
        var out: [(String, Int)] = []
        for file in files + directories.flatMap(\.files) where file.partialLineBytes > 0 {
            out.append((file.path, file.partialLineBytes))
        }
        if let stream, stream.partialLineBytes > 0 { out.append((stream.path, stream.partialLineBytes)) }
        return out
    }

    /// Milliseconds until a source must be looked at again with no event arriving (a file whose
    /// name vanished a moment ago: a deletion, or the first half of a replacement), or nil.
    public var recheckInMs: Int32? {
        (files + directories.flatMap(\.files)).compactMap(\.recheckInMs).min().map { Int32(clamping: $0) }
    }

    /// Whether standard input is among the sources and still open.
    public var standardInputOpen: Bool { stream.map { !$0.isFinished } ?? false }

    /// Blocks until a source may have changed or `timeoutMs` passes (-1: no timeout; with
    /// polling, at most the polling interval). Returns whether something was signalled.
    @discardableResult
    public func wait(timeoutMs: Int32) -> Bool {
        wait(timeoutMs: timeoutMs, alsoWatching: []).sources
    }

    /// The same, also waking when one of the caller's descriptors (a keyboard) is readable:
    /// one `poll` for everything, so a single thread serves the screen and the files.
    public func wait(timeoutMs: Int32, alsoWatching extra: [Int32]) -> (sources: Bool, ready: [Int32]) {
        let own = descriptors
        var fds = (own + extra).map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        var timeout = timeoutMs
        if let interval = pollingIntervalMs { timeout = timeout < 0 ? interval : min(timeout, interval) }
        let recheck = recheckInMs
        if let recheck { timeout = timeout < 0 ? recheck : min(timeout, recheck) }
        let count = poll(&fds, nfds_t(fds.count), timeout)
        // A pending recheck counts as a change to look at.
        guard count > 0 else { return (recheck != nil, []) }
        #if canImport(Glibc)
        // Only what poll saw: an event queued after it stays for the next poll, so an append at
        // this very moment is never swallowed.
        if let inotify, fds.first(where: { $0.fd == inotify.fd })?.revents ?? 0 != 0 { inotify.drain() }
        #endif
        let sourcesReady = fds.prefix(own.count).contains { $0.revents != 0 }
        let ready = fds.dropFirst(own.count).filter { $0.revents != 0 }.map(\.fd)
        return (sourcesReady, ready)
    }

    /// Whether standard input has bytes (or its end) waiting, without blocking.
    public var standardInputReady: Bool {
        guard let stream, !stream.isFinished else { return false }
        var fd = pollfd(fd: stream.fd, events: Int16(POLLIN), revents: 0)
        return poll(&fd, 1, 0) > 0 && fd.revents != 0
    }

    /// Adds the watches that are missing; returns whether a new folder got one (list it again).
    @discardableResult
    private func refreshWatches() -> Bool {
        #if canImport(Glibc)
        guard let inotify else { return false }
        var ok = true
        var newFolderWatched = false
        for file in files {
            // The directory sees creation and renames; the file itself is watched too, so a
            // symlinked file is followed to its target.
            ok = inotify.watch(RawPath(Posix.parent(of: file.path))) && ok
            if file.state != .missing && file.state != .deleted {
                inotify.watch(file.location, refresh: file.state == .rotated || file.watchIsStale)
                file.watchIsStale = false
            }
        }
        for directory in directories {
            for folder in directory.folders {
                let isNew = directory.newFolders.contains(folder)
                if inotify.watch(folder, refresh: isNew) {
                    newFolderWatched = newFolderWatched || isNew
                } else if errno != ENOENT || folder == directory.root {
                    // Out of watches (or the source itself unwatchable): poll instead. A subfolder
                    // that vanished since the walk is no reason to.
                    ok = false
                }
            }
        }
        if !ok && pollingIntervalMs == nil { pollingIntervalMs = 500 }
        return newFolderWatched
        #else
        return false
        #endif
    }
}
