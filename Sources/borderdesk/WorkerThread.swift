#if canImport(Glibc)
import Glibc
#endif

/// A plain POSIX thread for long CPU-bound work. Dispatch's pool on Linux keeps about one
/// thread per core and counts a thread blocked on a semaphore as busy, so a reader and two
/// decoders queued there ran one at a time; threads of our own run side by side.
enum WorkerThread {
    private final class Body {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }

    /// Starts `body` on a new detached thread.
    static func start(_ body: @escaping @Sendable () -> Void) {
        let context = Unmanaged.passRetained(Body(body)).toOpaque()
        var thread = pthread_t()
        let status = pthread_create(&thread, nil, { context in
            let body = Unmanaged<Body>.fromOpaque(context!).takeRetainedValue()
            body.run()
            return nil
        }, context)
        if status != 0 {
            // No thread to be had: do the work here rather than lose it.
            Unmanaged<Body>.fromOpaque(context).takeRetainedValue().run()
        } else {
            pthread_detach(thread)
        }
    }

    /// Cores online now (at least 1).
    static var onlineCores: Int {
        #if canImport(Glibc)
        return max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        #else
        return 2
        #endif
    }
}
