import BorderOps

/// Numbers grouped as the screen's language writes them: `1.326` in Bahasa Indonesia, `1,326`
/// in English. Every count and amount shown in full goes through here; the forms read both
/// (`OfficerNumber`).
extension Language {
    public func grouped(_ value: some BinaryInteger) -> String {
        Rupiah.grouped(Int64(clamping: value), separator: self == .en ? UInt8(ascii: ",") : UInt8(ascii: "."))
    }

    /// Whole rupiah in full: `Rp750.000.000`, `Rp750,000,000`.
    public func rupiah(_ value: Int64) -> String { "Rp" + grouped(value) }

    /// Rupiah short, in the desks' units: `Rp1,5 M`, in English `Rp1.5 M`.
    public func shortRupiah(_ value: Int64) -> String { Rupiah.short(value, english: self == .en) }
}
