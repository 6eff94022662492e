/// Money the Indonesian way: `Rp7,9 T` (triliun), `Rp125,9 M` (miliar), `Rp49 jt` (juta),
/// decimal comma, one decimal when it is not zero; smaller amounts in full with `.` between
/// thousands (`Rp850.000`).
public enum Rupiah {
    public static func short(_ value: Int64) -> String {
        let units: [(Int64, String)] = [(1_000_000_000_000, "T"), (1_000_000_000, "M"), (1_000_000, "jt")]
        for (size, name) in units where value >= size {
            // Round to one decimal, half up, in integers (no floating point).
            let tenths = (value / (size / 1000) + 50) / 100
            let whole = tenths / 10, fraction = tenths % 10
            return fraction == 0 ? "Rp\(grouped(whole)) \(name)" : "Rp\(grouped(whole)),\(fraction) \(name)"
        }
        return "Rp\(grouped(value))"
    }

    /// `1.152`: thousands separated by dots.
    public static func grouped(_ value: Int64) -> String {
        let digits = Array(String(value.magnitude))
        var out = value < 0 ? "-" : ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(".") }
            out.append(d)
        }
        return out
    }
}
