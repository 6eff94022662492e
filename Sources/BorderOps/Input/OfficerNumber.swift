/// Counts and rupiah as officers write them: `1.326` and `1326` are 1326 (a dot groups
/// thousands, the Indonesian way), and so is `1,326` (commas in groups of three, the English
/// way English screens show); `Rp750.000.000`, `Rp750,000,000`, `750 jt`, `1,2 M`, `1,5 T` are
/// whole rupiah (after a unit a comma is the decimal mark). Integer arithmetic only: no amount
/// is rounded.
public enum OfficerNumber {
    /// A whole number, `1326`, `1.326` or `1,326`; a decimal comma (`1,5`) is refused.
    public static func count(_ typed: String) -> Result<Int64, OfficerInputProblem> {
        let text = OfficerText.trimmed(typed)
        if text.isEmpty { return .failure(.empty) }
        if let english = commaGrouped(text) { return grouped(english, problem: .notACount) }
        if text.contains(",") { return .failure(text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "," || $0 == ".") } ? .fraction : .notACount) }
        return grouped(text, problem: .notACount)
    }

    /// Whole rupiah: an optional `Rp`/`IDR`, digits (thousands grouped by dots or not), and an
    /// optional unit `rb`/`ribu`, `jt`/`juta`, `M`/`miliar`, `T`/`triliun` after which a
    /// decimal comma may give a fraction (`1,2 M`), as long as the amount is whole rupiah.
    public static func rupiah(_ typed: String) -> Result<Int64, OfficerInputProblem> {
        var text = Substring(OfficerText.trimmed(typed))
        if text.isEmpty { return .failure(.empty) }
        for prefix in ["rp.", "rp", "idr"] where text.lowercased().hasPrefix(prefix) {
            text = text.dropFirst(prefix.count)
            break
        }
        text = text.drop { $0 == " " }
        var number = text.prefix { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }
        let unitName = text.dropFirst(number.count).drop { $0 == " " }.lowercased()
        guard !number.isEmpty, let unit = units[unitName] else { return .failure(.notAnAmount) }
        // Without a unit, commas in groups of three group thousands (`Rp750,000,000`).
        if unitName.isEmpty, let english = commaGrouped(String(number)) { number = Substring(english) }
        let parts = number.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count <= 2, let wholeText = parts.first, !wholeText.isEmpty else { return .failure(.notAnAmount) }
        let whole: Int64
        switch grouped(String(wholeText), problem: .notAnAmount) {
        case .success(let value): whole = value
        case .failure(let problem): return .failure(problem)
        }
        let (scaled, overflow) = whole.multipliedReportingOverflow(by: unit)
        if overflow { return .failure(.tooLarge) }
        guard parts.count == 2 else { return .success(scaled) }
        let fraction = parts[1]
        guard !fraction.isEmpty, fraction.allSatisfy({ $0.isASCII && $0.isNumber }) else { return .failure(.notAnAmount) }
        // The fraction's digits beyond the unit's zeros would be parts of a rupiah.
        var part: Int64 = 0
        var scale = unit
        for digit in fraction {
            guard scale % 10 == 0 else {
                if digit != "0" { return .failure(.fractionOfRupiah) }
                continue
            }
            scale /= 10
            part += Int64(digit.wholeNumberValue!) * scale
        }
        let (sum, overflowed) = scaled.addingReportingOverflow(part)
        return overflowed ? .failure(.tooLarge) : .success(sum)
    }

    /// The rupiah in a unit's name, lower case; "" is one rupiah.
    static let units: [String: Int64] = [
        "": 1, "rb": 1_000, "ribu": 1_000, "jt": 1_000_000, "juta": 1_000_000,
        "m": 1_000_000_000, "miliar": 1_000_000_000, "milyar": 1_000_000_000,
        "t": 1_000_000_000_000, "triliun": 1_000_000_000_000,
    ]

    /// `1,326,000` as `1.326.000`: commas in groups of three after a first group of one to
    /// three, no dot; nil for anything else (`1,5` stays a decimal comma).
    static func commaGrouped(_ text: String) -> String? {
        let groups = text.split(separator: ",", omittingEmptySubsequences: false)
        guard groups.count > 1, (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }),
              groups.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        return groups.joined(separator: ".")
    }

    /// Digits, either plain or in groups of three after a first group of one to three, joined by dots.
    static func grouped(_ text: String, problem: OfficerInputProblem) -> Result<Int64, OfficerInputProblem> {
        let groups = text.split(separator: ".", omittingEmptySubsequences: false)
        guard groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else {
            return .failure(text.contains(".") && text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) ? .badGrouping : problem)
        }
        if groups.count > 1 && (groups[0].count > 3 || groups.dropFirst().contains { $0.count != 3 }) { return .failure(.badGrouping) }
        var value: Int64 = 0
        for digit in groups.joined() {
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (plus, o2) = times.addingReportingOverflow(Int64(digit.wholeNumberValue!))
            if o1 || o2 { return .failure(.tooLarge) }
            value = plus
        }
        return .success(value)
    }
}
