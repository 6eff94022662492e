import BorderOps
import Testing

/// Time arithmetic saturates at the bounds RFC 3339 can write instead of trapping.
@Suite struct TimestampArithmeticTests {
    let noon = Timestamp.parse("2024-11-20T12:00:00+08:00")!

    @Test func addingAndSubtractingSaturateAtTheEndsOfTime() {
        #expect(noon.adding(minutes: 30).rfc3339() == "2024-11-20T12:30:00+08:00")
        #expect(noon.subtracting(minutes: 30).rfc3339() == "2024-11-20T11:30:00+08:00")
        #expect(noon.adding(minutes: .max).epochSeconds == Timestamp.latestEpochSeconds)
        #expect(noon.adding(minutes: 153_722_867_280_912_931).epochSeconds == Timestamp.latestEpochSeconds)
        #expect(noon.subtracting(minutes: .max).epochSeconds == Timestamp.earliestEpochSeconds)
        #expect(noon.subtracting(minutes: .min).epochSeconds == Timestamp.latestEpochSeconds)
        #expect(noon.adding(seconds: .min).epochSeconds == Timestamp.earliestEpochSeconds)
        #expect(noon.adding(minutes: .max).rfc3339(offsetSeconds: 0) == "9999-12-31T23:59:59+00:00")
        let far = Timestamp(epochSeconds: .max, offsetSeconds: 0)
        #expect(noon.milliseconds(until: far) == .max)
        #expect(far.milliseconds(until: noon) == .min)
        #expect(noon.milliseconds(until: noon.adding(seconds: 90)) == 90_000)
    }

    /// The rules with settings of any size (a library caller is not range-checked as the
    /// command line is): before, `departs - minutes * 60` trapped.
    @Test func alertRulesTakeSettingsOfAnySize() {
        var fold = EventFold()
        let lines = [
            #"{"id":"e1","ts":"2024-11-20T12:00:00+08:00","type":"voyage.opened","post":"nunukan","voyage":"v1","vessel":"KM. Thalia","from":"Nunukan","to":"Pare-Pare","departs":"2024-11-20T15:00:00+08:00","manifest":3}"#,
        ]
        for (n, line) in lines.enumerated() { fold.ingest(LineDecoder.decode(line), origin: LineOrigin(source: "t.jsonl", line: n + 1)) }
        for minutes: Int64 in [.max, .min, 153_722_867_280_912_931] {
            let settings = AlertSettings(warnDepartureMinutes: minutes, staleMinutes: minutes)
            _ = AlertRules.evaluate(fold.state, now: noon, settings: settings)
            _ = AlertRules.nextChange(fold.state, now: noon, settings: settings)
        }
        let warned = AlertRules.evaluate(fold.state, now: noon, settings: AlertSettings(warnDepartureMinutes: .max))
        #expect(warned.map(\.id) == ["departure:v1"], "a window of any length has begun")
    }
}
