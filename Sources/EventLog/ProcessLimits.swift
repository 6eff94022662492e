#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Process-wide settings for a program that follows and appends event files: made once, at start.
public enum ProcessLimits {
    /// Raises the soft limit on open descriptors to the hard one (the common soft limit of 1,024
    /// is easily met by a headquarters' tree of daily files), and ignores SIGXFSZ, so that a write
    /// past the file size limit fails with EFBIG, and is reported and undone, instead of killing
    /// the process in the middle of an append.
    public static func prepare() {
        var limit = rlimit()
        if getrlimit(openFiles, &limit) == 0, limit.rlim_cur < limit.rlim_max {
            limit.rlim_cur = limit.rlim_max
            _ = setrlimit(openFiles, &limit)
        }
        signal(SIGXFSZ, SIG_IGN)
    }

    #if canImport(Glibc)
    private static let openFiles = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
    #else
    private static let openFiles = RLIMIT_NOFILE
    #endif

    /// The soft limit on open descriptors now (a large number when unlimited).
    static var descriptorLimit: Int {
        var limit = rlimit()
        guard getrlimit(openFiles, &limit) == 0 else { return 1_024 }
        return Int(clamping: limit.rlim_cur)
    }
}
