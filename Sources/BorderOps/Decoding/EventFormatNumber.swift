import JSON
import SafeText

/// What a JSON number means to the event format: an int is 0 ... 2^63-1 written without a
/// fraction or exponent.
extension JSONNumber {
    /// The value when the number is an int in the event format's sense: no fraction or
    /// exponent, 0 ... 2^63-1 (`-0` is 0).
    public var formatInt: Int64? {
        IntegerText.nonNegativeInt(text.utf8)
    }

    /// Why this number is not an int in the event format's sense (nil when it is one).
    /// The number as a message quotes it: a line may hold a number of a million digits.
    public var quoted: String { DisplayText.shortened(text, limit: 40) }

    public var notAnIntReason: String? {
        if formatInt != nil { return nil }
        let bytes = Array(text.utf8)
        let text = quoted
        if bytes.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
            return "got \(text), which has a fraction or exponent"
        }
        if bytes.first == UInt8(ascii: "-") { return "got a negative number (\(text))" }
        return "got \(text), larger than 2^63-1"
    }
}

enum IntegerText {
    /// Parses `-?digits` (JSON grammar already checked) as a non-negative Int64, or nil.
    static func nonNegativeInt<C: Collection<UInt8>>(_ bytes: C) -> Int64? {
        var value: Int64 = 0
        var negative = false
        var sawDigit = false
        for b in bytes {
            if b == UInt8(ascii: "-") && !sawDigit && !negative { negative = true; continue }
            guard b >= 0x30 && b <= 0x39 else { return nil }
            sawDigit = true
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(Int64(b - 0x30))
            if o1 || o2 { return nil }
            value = a
        }
        guard sawDigit else { return nil }
        if negative && value != 0 { return nil }
        return value
    }
}
