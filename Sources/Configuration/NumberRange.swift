import BorderOps
import SafeText

/// The documented range of a number taken from the command line or the environment. Every such
/// number is read through `value(of:name:)`, so none reaches later arithmetic out of range (a
/// year of minutes in seconds is far from overflowing), and every refusal reads alike:
/// `--stale: 153722867280912931 is out of range (1–525600 minutes)`.
public struct NumberRange: Sendable {
    /// The refusal: the name, the text and the range, in one line.
    public struct Refusal: Error, Equatable, CustomStringConvertible {
        public var message: String
        public var description: String { message }

        public init(message: String) {
            self.message = message
        }
    }

    public var bounds: ClosedRange<Int64>
    public var unit: String

    public init(bounds: ClosedRange<Int64>, unit: String) {
        self.bounds = bounds
        self.unit = unit
    }

    /// Up to a year.
    public static let minutes = NumberRange(bounds: 1...525_600, unit: "minutes")
    public static let minutesOrNone = NumberRange(bounds: 0...525_600, unit: "minutes")
    public static let events = NumberRange(bounds: 0...1_000_000_000, unit: "events")
    public static let posts = NumberRange(bounds: 1...50, unit: "posts")
    /// `demo`'s + and - keys stay within the same range.
    public static let demoSpeed = NumberRange(bounds: 1...3_600, unit: "scenario minutes a minute")
    /// Up to 9999-12-31T23:59:59Z, the last instant RFC 3339 can write.
    public static let epochSeconds = NumberRange(bounds: 0...Timestamp.latestEpochSeconds, unit: "seconds since 1970")

    /// `text` as a whole number within the range, or the one-line refusal naming `name` (the
    /// option or the environment variable it came from).
    public func value(of text: String, name: String) throws(Refusal) -> Int64 {
        if let number = Int64(text), bounds.contains(number) { return number }
        let digits = text.first == "-" || text.first == "+" ? text.dropFirst() : Substring(text)
        let wholeNumber = !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
        throw Refusal(message: "\(name): \(DisplayText.shortened(text, limit: 40)) is \(wholeNumber ? "out of range" : "not a whole number")"
                                       + " (\(bounds.lowerBound)–\(bounds.upperBound) \(unit))")
    }
}
