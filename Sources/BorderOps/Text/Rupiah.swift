/// Money the Indonesian way: `Rp7,9 T` (triliun), `Rp125,9 M` (miliar), `Rp49 jt` (juta),
/// decimal comma, one decimal when it is not zero; smaller amounts in full with `.` between
/// thousands (`Rp850.000`).
public enum Rupiah {
    /// `english`: a decimal point and commas between thousands (`Rp1.5 M`, `Rp1,200 T`), the
    /// desks' units kept (`Language.shortRupiah` in Words).
    public static func short(_ value: Int64, english: Bool = false) -> String {
        let units: [(Int64, String)] = [(1_000_000_000_000, "T"), (1_000_000_000, "M"), (1_000_000, "jt")]
        for (size, name) in units where value >= size {
            // Round to one decimal, half up, in integers (no floating point).
            let tenths = (value / (size / 1000) + 50) / 100
            let whole = tenths / 10, fraction = tenths % 10
            let separator = english ? UInt8(ascii: ",") : UInt8(ascii: ".")
            return fraction == 0 ? "Rp\(grouped(whole, separator: separator)) \(name)"
                : "Rp\(grouped(whole, separator: separator))\(english ? "." : ",")\(fraction) \(name)"
        }
        return "Rp\(grouped(value, separator: english ? UInt8(ascii: ",") : UInt8(ascii: ".")))"
    }

    /// `1.152`: thousands separated by dots (or by `separator`: `1,152` for English screens,
    /// `Language.grouped` in Words). Built from bytes: the dashboard groups every count it
    /// shows, every frame.
    public static func grouped(_ value: Int64, separator: UInt8 = UInt8(ascii: ".")) -> String {
        var magnitude = value.magnitude
        var digits = 0
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 27) { buffer in
            var end = buffer.count
            repeat {
                if digits > 0 && digits % 3 == 0 { end -= 1; buffer[end] = separator }
                end -= 1
                buffer[end] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                digits += 1
            } while magnitude > 0
            if value < 0 { end -= 1; buffer[end] = UInt8(ascii: "-") }
            return String(decoding: UnsafeMutableBufferPointer(rebasing: buffer[end...]), as: UTF8.self)
        }
    }

    /// How many characters `grouped(value)` has, without making it (a pane's column width
    /// over thousands of rows).
    public static func groupedWidth(_ value: Int64) -> Int {
        var magnitude = value.magnitude
        var digits = 1
        while magnitude >= 10 { magnitude /= 10; digits += 1 }
        return digits + (digits - 1) / 3 + (value < 0 ? 1 : 0)
    }
}
