#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One event file followed by name, as `tail -F` does: remembers its byte offset and inode,
/// reads only what was appended, and notices truncation, replacement (rotation) and deletion.
///
/// A replacement is not always a rotation: Syncthing and `rsync` deliver every update as a new
/// file renamed over the old one. When the new file begins with exactly the bytes already read
/// (checked on the first and the last `ReadFingerprint.size` of them: two bounded reads, never the
/// whole file), reading simply continues from the old offset on the new file.
///
/// A file that is caught up may give its descriptor back (`park`, when more files are followed
/// than the `OpenFileBudget` allows): it keeps its inode, offset and fingerprints, and opens again
/// when `stat` shows it grew. Truncation, replacement and deletion are found by `stat` as before.
///
/// Over 300 lines on purpose: following, parking and taking a file up at a checkpoint's position all
/// change the same descriptor, offset and fingerprints; split apart, each part would need the others'
/// private state.
final class FileTail {
    /// How long the name may be missing before the file is called deleted (a replacement in two
    /// steps), on its own clock.
    private let grace: DeletionGrace

    /// The path as shown in lines and events (bytes that are not UTF-8 as `\xHH`).
    let path: String
    /// The path as the kernel knows it.
    let location: RawPath
    private let descriptors: OpenFileBudget
    /// Only a regular file is read (a file found in a directory source). A file named on the
    /// command line is opened as given: a named pipe there is read like standard input.
    private let regularOnly: Bool
    private(set) var state: SourceState = .missing
    /// Open, or -1: not opened yet, gone, or parked (`identity` kept).
    private(set) var fd: Int32 = -1
    /// The file being read (open or parked); nil when there is none.
    private(set) var identity: FileIdentity?
    private(set) var offset: Int64 = 0
    private var splitter = LineSplitter()
    /// The integrity chain of what was read, when the owner asked for it (`ChainTracking`).
    let chainKeeper: ChainKeeper?
    var chain: FileChain? { chainKeeper?.chain }
    private var everOpened = false
    /// Bytes read from this name over its lifetime (all incarnations), for progress.
    private(set) var bytesRead: Int64 = 0
    /// Set while the file is gone, so that the deletion is reported once.
    private var reportedMissing = false
    /// What a replacement must begin with to be the same file grown.
    private var fingerprint = ReadFingerprint()
    /// Set when reading moved to a new inode without a rotation: its own inotify watch is due.
    var watchIsStale = false
    /// When the name was first found missing while the file was open (monotonic ms).
    private var missingSince: Int64?

    /// Milliseconds until this file must be looked at again with no event arriving (a pending
    /// deletion's grace period), or nil.
    var recheckInMs: Int64? {
        missingSince.map { max(0, $0 + grace.milliseconds - grace.now()) }
    }

    init(_ location: RawPath, descriptors: OpenFileBudget, chains: ChainTracking? = nil, regularOnly: Bool = false, grace: DeletionGrace = .standard) {
        self.location = location
        self.grace = grace
        self.regularOnly = regularOnly
        path = location.shown
        self.descriptors = descriptors
        chainKeeper = chains?.keeper(for: path)
    }

    deinit {
        if fd >= 0 { close(fd) }
        descriptors.closed(self)
    }

    /// Bytes of an incomplete last line waiting for its newline.
    var partialLineBytes: Int { splitter.partialLineBytes }

    /// Checks the file under `path` and reads everything appended since the last call.
    func poll(buffer: ReadBuffer, lines: (LineRef) -> Void, events: (SourceEvent) -> Void) {
        let (info, code) = Posix.status(location.cString)
        guard let info else {
            // Read what was appended before the removal, then let go of the old file.
            if fd >= 0 { drain(buffer, lines, events) }
            if code == ENOENT {
                if identity != nil {
                    // Maybe a replacement in two steps (delete, then rename): wait a moment.
                    let now = grace.now()
                    if missingSince == nil { missingSince = now }
                    if let since = missingSince, now - since < grace.milliseconds { return }
                    missingSince = nil
                    letGo()
                    state = .deleted
                    reportedMissing = true
                    events(SourceEvent(path: path, kind: .deleted, droppedPartialBytes: dropPartial()))
                } else if !reportedMissing {
                    state = .missing
                    reportedMissing = true
                    events(SourceEvent(path: path, kind: .missing))
                }
            } else {
                missingSince = nil
                fail(.system(code), events)
            }
            return
        }
        missingSince = nil
        if Posix.isDirectory(info) {
            fail(.system(EISDIR), events)
            return
        }
        if identity == nil || FileIdentity(info) != identity {
            let replaced = identity != nil
            var dropped = 0
            if replaced {
                // The rest of the old file, when it is still open.
                drain(buffer, lines, events)
                if continueOnReplacement(size: Int64(info.st_size)) {
                    drain(buffer, lines, events)
                    return
                }
                letGo()
                dropped = dropPartial()
            }
            guard openFile(events) else { return }
            let kind: SourceEvent.Kind = replaced ? .rotated : (everOpened ? .appeared : .opened)
            state = replaced ? .rotated : .following
            everOpened = true
            reportedMissing = false
            events(SourceEvent(path: path, kind: kind, droppedPartialBytes: dropped))
        } else {
            // The same file: open, or parked (then `stat` is all there is).
            let size = fd >= 0 ? Posix.status(fd: fd).map { Int64($0.st_size) } : Int64(info.st_size)
            if let size, size < offset {
                offset = 0
                fingerprint = ReadFingerprint()
                state = .truncated
                events(SourceEvent(path: path, kind: .truncated, droppedPartialBytes: dropPartial()))
            }
            // A parked file takes a descriptor again only when there is something to read.
            if fd < 0 && (size ?? 0) > offset && !reopen(events) { return }
        }
        drain(buffer, lines, events)
    }

    /// Where reading stands, for a checkpoint: nil before the file was opened.
    var position: FilePosition? {
        guard let identity else { return nil }
        let partial = splitter.partialLineBytes
        let tail = fingerprint.recent.dropLast(partial)
        let end = offset - Int64(partial)
        let head = fingerprint.head.prefix(Int(min(Int64(ReadFingerprint.size), end)))
        return FilePosition(path: path, device: identity.device, inode: identity.inode, offset: end,
                            lines: splitter.linesCompleted, head: Array(head), tail: Array(tail))
    }

    /// Checks that the file under the name can be taken up where a checkpoint left it: it must
    /// hold the same first bytes and the same bytes ending at the position (the checks a
    /// replacement passes). Returns its open descriptor for `resume`.
    func checkResume(at position: FilePosition) throws(ResumeRefusal) -> Int32 {
        let newFD: Int32
        do throws(RegularFile.Refusal) {
            newFD = try openForReading()
        } catch {
            throw .unreadable(path: path, reason: error.message)
        }
        guard let st = Posix.status(fd: newFD) else {
            close(newFD)
            throw .unreadable(path: path, reason: Posix.message(errno))
        }
        guard Int64(st.st_size) >= position.offset else {
            close(newFD)
            throw .shorter(path: path)
        }
        let kept = ReadFingerprint(head: position.head, recent: position.tail)
        guard position.head.count == min(Int64(ReadFingerprint.size), position.offset), kept.matches(newFD, endingAt: position.offset) else {
            close(newFD)
            throw .changed(path: path)
        }
        return newFD
    }

    /// Takes the file up at a checked position (`checkResume`), before anything was read. Its
    /// chain is then behind: hashed later, from the file (`hashInBackground`).
    func resume(at position: FilePosition, fd newFD: Int32) -> SourceEvent {
        precondition(identity == nil, "resumed before the first read")
        fd = newFD
        identity = Posix.status(fd: newFD).map(FileIdentity.init)
        descriptors.opened(self)
        offset = position.offset
        bytesRead = position.offset
        fingerprint = ReadFingerprint(head: position.head, recent: position.tail)
        splitter = LineSplitter(linesCompleted: position.lines)
        chainKeeper?.skipped()
        state = .following
        everOpened = true
        return SourceEvent(path: path, kind: .opened)
    }

    /// Gives the descriptor back, keeping the place in the file (the budget asked: it has been
    /// idle longest). Everything appended so far was read at its last poll.
    func park() {
        if fd >= 0 { close(fd) }
        fd = -1
        descriptors.closed(self)
    }

    /// Opens a parked file again, checking that it is still the same file (else the next poll
    /// sees the new one under the name).
    private func reopen(_ events: (SourceEvent) -> Void) -> Bool {
        let newFD: Int32
        do throws(RegularFile.Refusal) {
            newFD = try openForReading()
        } catch {
            if error.code != ENOENT { fail(SourceFailure(error), events) }
            return false
        }
        guard let st = Posix.status(fd: newFD), FileIdentity(st) == identity else {
            close(newFD)
            return false
        }
        fd = newFD
        descriptors.opened(self)
        return true
    }

    /// Reads a newly found file from its start (used for files that appear in a followed directory).
    func markAsAppearing() { everOpened = true }

    /// A read-only descriptor of the file under the name; `regularOnly`, never waiting and
    /// refusing anything that is not a regular file (see `RegularFile`).
    func openForReading() throws(RegularFile.Refusal) -> Int32 {
        if regularOnly { return try RegularFile.openForReading(location.cString, shown: path) }
        let fd = open(location.cString, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            throw RegularFile.Refusal(path: path, code: code, message: Posix.message(code))
        }
        return fd
    }

    private func openFile(_ events: (SourceEvent) -> Void) -> Bool {
        let newFD: Int32
        do throws(RegularFile.Refusal) {
            newFD = try openForReading()
        } catch {
            if error.code == ENOENT {
                state = .missing
            } else {
                fail(SourceFailure(error), events)
            }
            return false
        }
        // The identity of what was opened, not of what `stat` saw a moment earlier.
        guard let st = Posix.status(fd: newFD) else {
            close(newFD)
            fail(.system(errno), events)
            return false
        }
        fd = newFD
        identity = FileIdentity(st)
        descriptors.opened(self)
        offset = 0
        fingerprint = ReadFingerprint()
        splitter.reset()
        chainKeeper?.reset()
        return true
    }

    /// When the file under the name is new but starts with everything read so far (a synced
    /// copy that grew), switches to it and keeps the offset and any partial line. Returns
    /// whether it did. What it cannot tell apart: a rewrite that changes bytes only between the
    /// first and the last `ReadFingerprint.size` already read, keeping the length (see
    /// docs/headquarters.md).
    private func continueOnReplacement(size: Int64) -> Bool {
        guard offset > 0, size >= offset, let newFD = try? openForReading() else { return false }
        guard let st = Posix.status(fd: newFD), Int64(st.st_size) >= offset,
              fingerprint.matches(newFD, endingAt: offset) else {
            close(newFD)
            return false
        }
        if fd >= 0 { close(fd) }
        fd = newFD
        identity = FileIdentity(st)
        descriptors.opened(self)
        watchIsStale = true
        return true
    }

    /// The file under the name is no longer the one being read (deleted, or replaced).
    private func letGo() {
        park()
        identity = nil
    }

    private func dropPartial() -> Int {
        let dropped = splitter.partialLineBytes
        splitter.reset()
        chainKeeper?.reset()
        return dropped
    }

    private func fail(_ failure: SourceFailure, _ events: (SourceEvent) -> Void) {
        if state != .error(failure) {
            state = .error(failure)
            events(SourceEvent(path: path, kind: .error(failure)))
        }
    }

    private func drain(_ buffer: ReadBuffer, _ lines: (LineRef) -> Void, _ events: (SourceEvent) -> Void) {
        guard fd >= 0 else { return }
        var read = false
        defer { if read { descriptors.use(self) } }
        while true {
            let n = pread(fd, buffer.bytes.baseAddress, buffer.bytes.count, off_t(offset))
            if n > 0 {
                read = true
                offset += Int64(n)
                bytesRead += Int64(n)
                let chunk = UnsafeRawBufferPointer(rebasing: buffer.bytes[0..<n])
                fingerprint.remember(chunk)
                splitter.feed(chunk, lines)
                chainKeeper?.feed(chunk)
                continue
            }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { fail(.system(errno), events) }
            return
        }
    }
}
