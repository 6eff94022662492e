import BorderOps
import Words

/// Times in a detail view: in full (day, date, zone; the year when not this year), in the post's zone.
enum DetailTime {
    static func full(_ ts: Timestamp, post: String?, context: ViewContext) -> String {
        context.dateTime(ts, in: context.zone(of: post))
    }
}
