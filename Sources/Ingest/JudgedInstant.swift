import BorderOps
import EventLog
import SafeText

extension LocalClock {
    /// The instant `alerts --at` names (RFC 3339), or now when none is named.
    public static func instant(_ at: String?) throws(UserFacingError) -> Timestamp {
        guard let at else { return now() }
        guard let parsed = Timestamp.parse(at) else {
            throw UserFacingError(message: "--at: expected an RFC 3339 date-time such as 2024-11-20T14:40:00+08:00, got \(DisplayText.shortened(at, limit: 60))")
        }
        return parsed
    }
}
