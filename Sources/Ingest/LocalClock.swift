import BorderOps

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The wall clock with the machine's local offset.
public enum LocalClock {
    public static func now() -> Timestamp {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        var seconds = spec.tv_sec
        var parts = tm()
        localtime_r(&seconds, &parts)
        return Timestamp(epochSeconds: Int64(spec.tv_sec), nanoseconds: Int32(spec.tv_nsec), offsetSeconds: Int32(parts.tm_gmtoff))
    }
}
