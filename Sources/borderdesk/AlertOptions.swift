import ArgumentParser
import BorderOps

/// The alert rules' settings, shared by `run` and `alerts` so both judge alike.
struct AlertOptions: ParsableArguments {
    @Option(name: .customLong("warn-departure"), help: "Warn this many minutes before a voyage departs with unchecked passengers.")
    var warnDeparture: Int64 = 30

    @Option(help: "Minutes of silence after which a post is stale (off unless given).")
    var stale: Int64?

    func validate() throws {
        guard warnDeparture >= 0 else { throw ValidationError("--warn-departure: minutes, 0 or more") }
        if let stale, stale <= 0 { throw ValidationError("--stale: minutes, more than 0") }
    }

    /// Times and due dates in each post's zone from the posts file; WITA for a post it lacks.
    func settings(posts: [PostInfo]) -> AlertSettings {
        AlertSettings(warnDepartureMinutes: warnDeparture, staleMinutes: stale, zone: .wita,
                      postZones: PostDirectory.zones(posts))
    }
}
