import BorderOps

extension Word {
    /// Why a typed value is refused, said next to the field (with an example of what works).
    public static func problem(_ problem: OfficerInputProblem) -> Word {
        switch problem {
        case .empty: return Word(en: "required", id: "wajib diisi")
        case .notATime: return Word(en: "write a time as 17.00, 3/12 17.00 or 03/12/2026 17.00", id: "tulis jam seperti 17.00, 3/12 17.00 atau 03/12/2026 17.00")
        case .noSuchTime: return Word(en: "no such time (hours 0–23, minutes 0–59)", id: "jam tidak ada (jam 0–23, menit 0–59)")
        case .notADate: return Word(en: "write a date as 10/12 or 10/12/2026", id: "tulis tanggal seperti 10/12 atau 10/12/2026")
        case .noSuchDate: return Word(en: "no such date", id: "tanggal tidak ada")
        case .notACount: return Word(en: "write a whole number, e.g. 1326 or 1.326", id: "tulis bilangan bulat, mis. 1326 atau 1.326")
        case .fraction: return Word(en: "a whole number only (no comma)", id: "hanya bilangan bulat (tanpa koma)")
        case .badGrouping: return Word(en: "dots or commas group thousands: 1,326", id: "titik memisahkan ribuan: 1.326")
        case .notAnAmount: return Word(en: "write an amount as Rp750.000.000, 750 jt or 1,2 M", id: "tulis nilai seperti Rp750.000.000, 750 jt atau 1,2 M")
        case .fractionOfRupiah: return Word(en: "not a whole rupiah", id: "bukan rupiah bulat")
        case .tooLarge: return Word(en: "too large", id: "terlalu besar")
        case .unknownWord: return Word(en: "not in the list", id: "tidak ada dalam daftar")
        case .notANationality: return Word(en: "three letters of a country code, e.g. IDN or MYS", id: "tiga huruf kode negara, mis. IDN atau MYS")
        }
    }
}
