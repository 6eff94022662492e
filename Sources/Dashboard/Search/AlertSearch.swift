import BorderOps
import Words

/// The alerts as `s` looks in them: in the alerts list's order, each folded once with its
/// words, rule and id (`SearchIndex`), kept in the feed's memo while the alerts, the language
/// and the day stay the same (an alert's words hold its dates, whose year depends on the day).
struct AlertSearch: Sendable {
    var ordered: [Alert]
    var index: SearchIndex

    static func of(_ context: ViewContext) -> AlertSearch {
        func make() -> AlertSearch {
            let ordered = AlertsList.ordered(context.input.alerts)
            return AlertSearch(ordered: ordered, index: SearchIndex(count: ordered.count) { i in
                let alert = ordered[i]
                return [alert.id, context.text(alert), context.t(.alertRule(alert.rule)), alert.post ?? ""]
            })
        }
        guard let memo = context.input.memo else { return make() }
        let key = Key(alerts: context.input.alerts, language: context.language, day: context.input.now.epochSeconds / 86_400)
        return memo.value(.alertsIndex, key: key, make: make)
    }

    /// Equal when the alerts are (an array compared by its buffer first); hashed by what is
    /// cheap to hash, so a frame does not hash every alert to find its index.
    private struct Key: Hashable, Sendable {
        var alerts: [Alert]
        var language: Language
        var day: Int64

        func hash(into hasher: inout Hasher) {
            hasher.combine(alerts.count)
            hasher.combine(language)
            hasher.combine(day)
        }
    }
}
