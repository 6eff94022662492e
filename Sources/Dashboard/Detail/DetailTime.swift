import BorderOps
import Words

/// Times in a detail view: in full (day, date, year, zone), in the post's zone.
enum DetailTime {
    static func full(_ ts: Timestamp, post: String?, context: ViewContext) -> String {
        PostTime.dateTime(ts, in: context.zone(of: post), language: context.language)
    }
}
