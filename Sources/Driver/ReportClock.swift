import BorderOps
import Configuration
import Ingest

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The instant a report says it was generated, for `borderdesk report` and the dashboard's `P`.
public enum ReportClock {
    /// SOURCE_DATE_EPOCH (reproducible builds' convention) when set, else now: the same log then
    /// gives a byte-identical report.
    public static func generationTime() throws(NumberRange.Refusal) -> Timestamp {
        guard let raw = getenv("SOURCE_DATE_EPOCH").map({ String(cString: $0) }) else { return LocalClock.now() }
        return Timestamp(epochSeconds: try NumberRange.epochSeconds.value(of: raw, name: "SOURCE_DATE_EPOCH"), offsetSeconds: 0)
    }
}
