#if canImport(Glibc)
import Glibc
#endif

/// A plain POSIX thread for long CPU-bound work. Dispatch's pool on Linux keeps about one
/// thread per core and counts a thread blocked on a semaphore as busy, so a reader and two
/// decoders queued there ran one at a time; threads of our own run side by side.
package enum WorkerThread {
    private final class Body {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }

    /// Starts `body` on a new detached thread; false (and `body` not run) when the system has
    /// no thread to give. `background`: the thread yields to every other (the lowest niceness,
    /// 19): work that may take seconds beside a live dashboard, whose frames come first.
    @discardableResult
    package static func start(background: Bool = false, _ body: @escaping @Sendable () -> Void) -> Bool {
        let run: @Sendable () -> Void
        if background {
            run = {
                yieldToOthers()
                body()
            }
        } else {
            run = body
        }
        let context = Unmanaged.passRetained(Body(run)).toOpaque()
        var thread = pthread_t()
        let status = pthread_create(&thread, nil, { context in
            let body = Unmanaged<Body>.fromOpaque(context!).takeRetainedValue()
            body.run()
            return nil
        }, context)
        guard status == 0 else {
            Unmanaged<Body>.fromOpaque(context).release()
            return false
        }
        pthread_detach(thread)
        return true
    }

    /// On Linux a thread's niceness and policy are its own (who = 0 names the calling thread),
    /// so this leaves the rest of the process as it was. SCHED_IDLE besides the niceness: at
    /// niceness 19 alone a woken dashboard still waited for the hashing thread's slice on its
    /// core (appends 3–5 ms instead of 1.3 in the seconds after a 10M start); an idle-policy
    /// thread gives way at once.
    private static func yieldToOthers() {
        #if canImport(Glibc)
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 19)
        var parameters = sched_param(sched_priority: 0)
        _ = pthread_setschedparam(pthread_self(), schedulingIdle, &parameters)
        #endif
    }

    /// Linux's SCHED_IDLE (sched.h defines it only under _GNU_SOURCE, which Swift's Glibc does not import).
    private static let schedulingIdle: Int32 = 5

    /// Cores online now (at least 1). A container limited to fewer is not seen (Swift's Glibc
    /// does not export `sched_getaffinity`); callers cap what they start on it.
    package static var onlineCores: Int {
        #if canImport(Glibc)
        return max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        #else
        return 2
        #endif
    }
}
