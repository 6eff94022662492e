import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// When the dashboard last had something to answer (lines read, keys): background work
/// beside it (the history's chain, hashed after a start) holds back while the answer is worked
/// out. A thread of the idle policy already yields the processor, but it still streamed the
/// history (2 GB at 10M events) through the cache the two cores share while appends were
/// answered: beside the 10M history the appends of the first seconds were the slow ones
/// (docs/performance.md, "Background work that gives way").
public final class ForegroundActivity: Sendable {
    /// The last wake, in nanoseconds of `Posix.monotonicNs` (far in the past at first).
    private let last = Atomic<Int64>(Int64.min / 2)
    /// Held back after a wake until this long has passed without another one.
    let quiet: Int64
    /// Never held back longer than this at a stretch: under steady input the work still gets on,
    /// a part (a megabyte of the chain, a few milliseconds) at each (`ChainJob.part`).
    let longest: Int64

    public init(quietMs: Int64 = 100, longestMs: Int64 = 500) {
        quiet = quietMs * 1_000_000
        longest = longestMs * 1_000_000
    }

    /// The dashboard has something to answer (lines read, keys).
    public func note() { note(at: Posix.monotonicNs()) }

    func note(at instant: Int64) { last.store(instant, ordering: .relaxed) }

    /// How much longer background work waits at `now`, having waited `held` since its last part.
    func pause(now: Int64, held: Int64) -> Int64 {
        let since = now - last.load(ordering: .relaxed)
        guard since < quiet else { return 0 }
        return max(0, min(quiet - since, longest - held))
    }

    /// Waits before background work's next part while the dashboard is answering, unless
    /// `stop` says the work is wanted now (someone waits for it); how long it waited, in
    /// nanoseconds.
    @discardableResult
    func holdBack(unless stop: () -> Bool) -> Int64 {
        var held: Int64 = 0
        while !stop() {
            let wait = min(pause(now: Posix.monotonicNs(), held: held), 10_000_000)
            guard wait > 0 else { break }
            var interval = timespec(tv_sec: 0, tv_nsec: Int(wait))
            nanosleep(&interval, nil)
            held += wait
        }
        return held
    }
}
