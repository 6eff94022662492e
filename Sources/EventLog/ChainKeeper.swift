import Dispatch
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One file's integrity chain as its follower reads it, taken either as the bytes go by or,
/// for a history read without hashing (`ChainTracking.deferred`: the dashboard's catch-up, so
/// the first frame does not wait for SHA-256), afterwards on another thread: a `ChainJob` hashes
/// the part already read through its own descriptor while the bytes that arrive meanwhile are
/// kept, and fed once the job's chain is taken over. Owned by its `FileTail` (one thread).
final class ChainKeeper {
    private enum Progress {
        /// `chain` covers every byte read.
        case current
        /// Bytes were read without hashing (up to the tail's offset).
        case behind
        /// A job hashes what was read; later bytes wait here.
        case catchingUp(ChainJob, pending: [UInt8])
    }

    /// The chain from the start: what a reset and a job begin from.
    private let fresh: FileChain
    private(set) var chain: FileChain
    private var progress = Progress.current
    private let deferral: ChainTracking.Deferral?

    init(_ chain: FileChain, deferral: ChainTracking.Deferral?) {
        fresh = chain
        self.chain = chain
        self.deferral = deferral
    }

    var seal: ChainSeal {
        if case .current = progress { return chain.seal }
        return .pending
    }

    var isBehind: Bool {
        if case .behind = progress { return true }
        return false
    }

    func feed(_ chunk: UnsafeRawBufferPointer) {
        switch progress {
        case .current:
            if deferral?.active == true {
                progress = .behind
            } else {
                chain.feed(chunk)
            }
        case .behind:
            break
        case .catchingUp(let job, var pending):
            progress = .behind  // lets go of `pending`'s buffer while it grows (no copy)
            pending.append(contentsOf: chunk)
            progress = .catchingUp(job, pending: pending)
        }
    }

    /// Bytes up to the reader's offset were taken from a checkpoint, not read: like a deferred
    /// history, they are hashed from the file (`catchUp`).
    func skipped() {
        progress = .behind
    }

    /// The file is read again from its start: its chain too.
    func reset() {
        if case .catchingUp(let job, _) = progress { job.cancel() }
        chain = fresh
        progress = .current
    }

    /// Hashes the `bytes` read so far through `fd` (a descriptor of the same file, closed by
    /// the job) on another thread; `wake` is told when it is done.
    func catchUp(reading fd: Int32, bytes: Int64, wake: WakePipe, oneCore: Bool, foreground: ForegroundActivity? = nil) {
        guard case .behind = progress else {
            close(fd)
            return
        }
        progress = .catchingUp(ChainJob(from: fresh, fd: fd, bytes: bytes, wake: wake, oneCore: oneCore, foreground: foreground), pending: [])
    }

    /// Takes the job's chain over once it is done (`wait`: waits for it), then feeds what
    /// arrived meanwhile. A job that could not read the file leaves the chain behind.
    func collect(wait: Bool) {
        guard case .catchingUp(let job, let pending) = progress, let outcome = job.outcome(wait: wait) else { return }
        guard var done = outcome else {
            progress = .behind
            return
        }
        pending.withUnsafeBytes { done.feed($0) }
        chain = done
        progress = .current
    }
}

/// A history's chain hashed on another thread (see `ChainKeeper`). `result` is written by the
/// job before `finished` is signalled and read only after it was: the semaphore orders them.
final class ChainJob: @unchecked Sendable {
    private var result: FileChain?
    private let cancelled = Atomic<Bool>(false)
    /// Someone waits for the chain (`outcome(wait: true)`): a job on a background thread goes on
    /// at normal priority (a thread that yields to every other may not run at all under load).
    private let awaited = Atomic<Bool>(false)
    private let finished = DispatchSemaphore(value: 0)
    private let fd: Int32
    private let bytes: Int64
    private let wake: WakePipe
    /// The dashboard's wakes: the background thread holds back before each part while one is
    /// answered (not once the rest is handed over: someone waits for it then).
    private let foreground: ForegroundActivity?
    /// How much to hash next beside a live dashboard, having held back `held` nanoseconds: a
    /// small part, so that an append arriving while it is hashed waits little for the core it
    /// shares (a megabyte took a few milliseconds); a megabyte after the longest hold, so that steady input
    /// still lets the chain get on.
    static func part(afterHolding held: Int64, longest: Int64) -> Int {
        held >= longest ? largestPart : 64 << 10
    }

    /// The part hashed at a time otherwise (at normal priority, or beside no dashboard).
    static let largestPart = 1 << 20
    /// Whether the rest was handed to a thread of normal priority (for the tests).
    package private(set) var wentOnAtNormalPriority = false
    /// How long the background thread held back for the dashboard, in nanoseconds, and how many
    /// parts it hashed (for the tests).
    package private(set) var heldBack: Int64 = 0
    package private(set) var partsInBackground = 0

    /// `oneCore`: hashed on this job's thread alone (beside a live dashboard).
    init(from start: FileChain, fd: Int32, bytes: Int64, wake: WakePipe, oneCore: Bool, foreground: ForegroundActivity? = nil) {
        var start = start
        start.usesTwoCores = !oneCore
        self.fd = fd
        self.bytes = bytes
        self.wake = wake
        self.foreground = foreground
        let box = UncheckedChain(chain: start)
        // Beside a live dashboard the history (2 GB at 10M events) is hashed on a thread that
        // yields to every other: the frames of the appends arriving meanwhile come first.
        if !(oneCore && WorkerThread.start(background: true, { [self] in run(box.chain, from: 0, background: true) })) {
            DispatchQueue.global(qos: .userInitiated).async { [self] in run(box.chain, from: 0, background: false) }
        }
    }

    func cancel() { cancelled.store(true, ordering: .relaxed) }

    /// The job's chain (nil inside when it failed), or nil while it runs and `wait` is false.
    func outcome(wait: Bool) -> FileChain?? {
        if wait {
            awaited.store(true, ordering: .relaxed)
            finished.wait()
        } else if finished.wait(timeout: .now()) != .success {
            return nil
        }
        finished.signal()  // stays done for the next ask
        return .some(result)
    }

    /// Hashes from `offset` to the end; on a background thread, hands the rest to a thread of
    /// normal priority as soon as someone waits for it.
    private func run(_ start: FileChain, from offset: Int64, background: Bool) {
        var chain = start
        var offset = offset
        let size = Self.largestPart
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 16)
        defer { buffer.deallocate() }
        var failed = false
        while offset < bytes {
            var part = size
            if background, let foreground {
                let held = foreground.holdBack { awaited.load(ordering: .relaxed) || cancelled.load(ordering: .relaxed) }
                heldBack += held
                part = Self.part(afterHolding: held, longest: foreground.longest)
            }
            if cancelled.load(ordering: .relaxed) {
                failed = true
                break
            }
            if background && awaited.load(ordering: .relaxed) {
                wentOnAtNormalPriority = true
                let box = UncheckedChain(chain: chain), at = offset
                DispatchQueue.global(qos: .userInitiated).async { [self] in run(box.chain, from: at, background: false) }
                return
            }
            let n = pread(fd, buffer.baseAddress, Int(min(Int64(part), bytes - offset)), off_t(offset))
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else {
                failed = true
                break
            }
            chain.feed(UnsafeRawBufferPointer(rebasing: buffer[0..<n]))
            offset += Int64(n)
            if background { partsInBackground += 1 }
        }
        result = failed ? nil : chain
        close(fd)
        finished.signal()
        wake.signal()
    }
}

/// A `FileChain` handed between threads: only one holds it at a time (the job, then its keeper).
private struct UncheckedChain: @unchecked Sendable {
    var chain: FileChain
}

extension FileTail {
    /// Hashes what was read without hashing (a deferred chain) on another thread, through a
    /// descriptor of its own on the same file.
    func hashInBackground(wake: WakePipe, oneCore: Bool, foreground: ForegroundActivity?) {
        guard let chainKeeper, chainKeeper.isBehind, let identity else { return }
        var own = fd >= 0 ? dup(fd) : -1
        if own < 0 {
            own = (try? openForReading()) ?? -1
            if own >= 0, Posix.status(fd: own).map(FileIdentity.init) != identity {
                close(own)
                own = -1
            }
        }
        // Not the file read (replaced meanwhile): the next poll reads the new one from its start.
        guard own >= 0 else { return }
        _ = fcntl(own, F_SETFD, FD_CLOEXEC)
        chainKeeper.catchUp(reading: own, bytes: offset, wake: wake, oneCore: oneCore, foreground: foreground)
    }
}
