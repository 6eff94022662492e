import ArgumentParser
import Words
import BorderOps
import Catalogs
import Configuration

/// The alert rules' settings, shared by `run` and `alerts` so both judge alike.
struct AlertOptions: ParsableArguments {
    @Option(name: .customLong("warn-departure"), help: .word(.optionWarnDeparture))
    var warnDeparture = NumberArgument(30)

    @Option(help: .word(.optionStale))
    var stale: NumberArgument?

    func validate() throws {
        try reportingErrors {
            _ = try warnDepartureMinutes
            _ = try staleMinutes
        }
    }

    var warnDepartureMinutes: Int64 {
        get throws(NumberRange.Refusal) { try warnDeparture.value(in: .minutesOrNone, name: "--warn-departure") }
    }

    var staleMinutes: Int64? {
        get throws(NumberRange.Refusal) { try stale?.value(in: .minutes, name: "--stale") }
    }

    /// Times and due dates in each post's zone from the posts file; WITA for a post it lacks.
    func settings(posts: [PostInfo]) throws(NumberRange.Refusal) -> AlertSettings {
        AlertSettings(warnDepartureMinutes: try warnDepartureMinutes, staleMinutes: try staleMinutes, zone: .wita,
                      postZones: PostDirectory.zones(posts))
    }
}
