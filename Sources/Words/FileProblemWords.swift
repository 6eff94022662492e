import BorderOps

/// A configuration file refused (`FILE:LINE: key: reason`), said from its reason's value in
/// both languages; a reason still given as an English sentence goes through the command line's
/// phrase table.
extension FileProblem {
    public var word: Word {
        let reason = reason.word
        return Word(en: "\(place): \(reason.en)", id: "\(place): \(reason.id)")
    }
}

extension FileProblemReason {
    public var word: Word {
        switch self {
        case .phrase(let text): return .commandLine(text)
        case .system(let code): return .systemError(code)
        case .tooLarge: return Word(en: english, id: "lebih dari 1 MiB, terlalu besar untuk berkas konfigurasi")
        case .unknownKey(let known): return Word(en: english, id: "kunci tidak dikenal (yang dikenal: \(known.joined(separator: ", ")))")
        case .keyOfOtherFile(let machine):
            return Word(en: english, id: "kunci tidak dikenal di sini: tempatnya di berkas \(machine ? "mesin" : "pribadi")")
        case .expectedSourceList: return Word(en: english, id: "seharusnya daftar berkas atau folder, seperti [\"/srv/borderdesk/events\"]")
        case .expectedStringList: return Word(en: english, id: "seharusnya daftar teks yang tidak kosong")
        case .expectedMinutes: return Word(en: english, id: "seharusnya bilangan bulat menit")
        case .outOfRange(let value, let whole, let lower, let upper):
            return Word(en: english, id: "\(value) \(whole ? "di luar rentang" : "bukan bilangan bulat") (\(lower)–\(upper) menit)")
        case .expectedNonEmptyString: return Word(en: english, id: "seharusnya teks yang tidak kosong")
        case .notAZone(let value): return Word(en: english, id: "\"\(value)\" bukan WIB, WITA atau WIT")
        case .notALanguage(let value): return Word(en: english, id: "\"\(value)\" bukan id atau en")
        case .tomlHeaderWithoutKey:
            return Word(en: english, id: "kepala tabel perlu kunci setelah [ (huruf, angka, _ atau -, atau kunci berkutip)")
        case .tomlTimeWithoutDigit: return Word(en: english, id: "tanggal-waktu perlu jam setelah T, seperti 2024-11-20T13:00:00+08:00")
        case .tomlArrayWithoutValue: return Word(en: english, id: "larik perlu nilai atau penutup ] di sini")
        }
    }
}
