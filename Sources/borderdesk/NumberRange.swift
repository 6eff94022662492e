import ArgumentParser
import BorderOps
import SafeText

/// The documented range of a number taken from the command line or the environment. Every such
/// number is read through `value(of:name:)`, so none reaches later arithmetic out of range (a
/// year of minutes in seconds is far from overflowing), and every refusal reads alike:
/// `--stale: 153722867280912931 is out of range (1–525600 minutes)`, exit 2.
struct NumberRange: Sendable {
    var bounds: ClosedRange<Int64>
    var unit: String

    /// Up to a year.
    static let minutes = NumberRange(bounds: 1...525_600, unit: "minutes")
    static let minutesOrNone = NumberRange(bounds: 0...525_600, unit: "minutes")
    static let events = NumberRange(bounds: 0...1_000_000_000, unit: "events")
    static let posts = NumberRange(bounds: 1...6, unit: "posts")
    /// `demo`'s + and - keys stay within the same range.
    static let demoSpeed = NumberRange(bounds: 1...3_600, unit: "scenario minutes a minute")
    /// Up to 9999-12-31T23:59:59Z, the last instant RFC 3339 can write.
    static let epochSeconds = NumberRange(bounds: 0...Timestamp.latestEpochSeconds, unit: "seconds since 1970")

    /// `text` as a whole number within the range, or the one-line refusal naming `name` (the
    /// option or the environment variable it came from).
    func value(of text: String, name: String) throws(UserFacingError) -> Int64 {
        if let number = Int64(text), bounds.contains(number) { return number }
        let digits = text.first == "-" || text.first == "+" ? text.dropFirst() : Substring(text)
        let wholeNumber = !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
        throw UserFacingError(message: "\(name): \(DisplayText.shortened(text, limit: 40)) is \(wholeNumber ? "out of range" : "not a whole number")"
                                       + " (\(bounds.lowerBound)–\(bounds.upperBound) \(unit))")
    }
}

/// A number option as typed, read through its `NumberRange` by the command's `validate()` (kept
/// as text so that one too long even for Int64 is refused in the same words as one merely too big).
struct NumberArgument: ExpressibleByArgument, Sendable {
    var text: String

    init(argument: String) { text = argument }
    init(_ value: Int64) { text = String(value) }

    var defaultValueDescription: String { text }

    func value(in range: NumberRange, name: String) throws(UserFacingError) -> Int64 {
        try range.value(of: text, name: name)
    }
}
