import BorderOps

/// A configuration file refused (`FILE:LINE: key: reason`), said from its reason's value in
/// both languages. TOMLKit's message is English: the Indonesian says only where and that the
/// TOML is not valid.
extension FileProblem {
    public var word: Word {
        let reason = reason.word
        return Word(en: "\(place): \(reason.en)", id: "\(place): \(reason.id)")
    }
}

extension FileProblemReason {
    public var word: Word { Word(en: english, id: indonesian) }

    private var indonesian: String {
        switch self {
        case .system(let code): return Word.systemError(code).id
        case .cannotBeRead: return "tidak dapat dibaca"
        case .notRegularFile(let shape): return shape.word.id
        case .tooLarge: return "lebih dari 1 MiB, terlalu besar untuk berkas konfigurasi"
        case .notUTF8(let byte, let offset): return "bukan teks UTF-8: bita \(Self.hex(byte)) tidak sah pada bita ke-\(offset + 1) dalam berkas"
        case .tomlSyntax(let column, _): return "kolom \(column): TOML tidak sah"
        case .tomlHeaderWithoutKey: return "kepala tabel perlu kunci setelah [ (huruf, angka, _ atau -, atau kunci berkutip)"
        case .tomlTimeWithoutDigit: return "tanggal-waktu perlu jam setelah T, seperti 2024-11-20T13:00:00+08:00"
        case .tomlArrayWithoutValue: return "larik perlu nilai atau penutup ] di sini"
        case .expectedNonEmptyString: return "seharusnya teks yang tidak kosong"
        case .expectedTable: return "seharusnya tabel"
        case .notOneOf(let value, let accepted): return "\"\(value)\" bukan salah satu dari \(accepted.joined(separator: ", "))"
        case .listedTwice(let value): return "\"\(value)\" muncul dua kali"
        case .notAZone(let value): return "\"\(value)\" bukan WIB, WITA atau WIT"
        case .unknownKey(let known): return "kunci tidak dikenal (yang dikenal: \(known.joined(separator: ", ")))"
        case .keyOfOtherFile(let machine): return "kunci tidak dikenal di sini: tempatnya di berkas \(machine ? "mesin" : "pribadi")"
        case .expectedSourceList: return "seharusnya daftar berkas atau folder, seperti [\"/srv/borderdesk/events\"]"
        case .expectedStringList: return "seharusnya daftar teks yang tidak kosong"
        case .expectedMinutes: return "seharusnya bilangan bulat menit"
        case .minutesOutOfRange(let value, let lower, let upper): return "\(value) di luar rentang (\(lower)–\(upper) menit)"
        case .notALanguage(let value): return "\"\(value)\" bukan id atau en"
        case .missingTitle: return "tidak ada: judul (teks) wajib ada"
        case .expectedPhaseTable: return "seharusnya tabel fase = \"judul\""
        case .expectedPhaseTitle: return "seharusnya judul fase (teks)"
        case .missingSteps: return "tidak ada: paling sedikit satu entri [[steps]] wajib ada"
        case .stepNotATable(let n): return "entri \(n) bukan tabel"
        case .missingStepID(let n): return "tidak ada di langkah \(n): id langkah (teks)"
        case .missingStepTitle(let step): return "tidak ada di langkah \(step)"
        case .notAPhase(let value, let phases): return "\"\(value)\" bukan salah satu dari [phases]: \(phases.joined(separator: ", "))"
        case .missingInPost(let n): return "tidak ada di pos \(n)"
        case .postListedTwice(let id): return "pos \"\(id)\" tercantum dua kali"
        case .noPosts: return "tidak ada tabel [[post]]"
        case .unknownRole(let roles): return "peran tidak dikenal (peran: \(roles.joined(separator: ", ")))"
        case .expectedStyleString: return "seharusnya teks seperti \"red on default bold\""
        case .colourNeededAfterOn: return "\"on\" perlu warna sesudahnya"
        case .notAColour(let word): return "\"\(word)\" bukan warna (default, black, red, ..., bright-white, 0-255) atau atribut"
        case .missingRoleStyle: return "tidak ada: setiap peran perlu gaya"
        case .missing: return "tidak ada"
        case .stageIncomplete(let n): return "tahap \(n) perlu teks at, en dan id"
        }
    }
}

extension FileShape {
    /// What the file is, in the words a source not followed is said with (`SourceNoticeWords`).
    public var word: Word {
        switch self {
        case .symbolicLink: return Word(en: english, id: "berupa tautan simbolik, bukan berkas biasa")
        case .fifo: return .notRegularFile(.fileKindFIFO)
        case .directory: return .notRegularFile(.fileKindDirectory)
        case .characterDevice: return .notRegularFile(.fileKindCharacterDevice)
        case .blockDevice: return .notRegularFile(.fileKindBlockDevice)
        case .socket: return .notRegularFile(.fileKindSocket)
        case .special: return .notRegularFile(.fileKindSpecial)
        }
    }
}

extension Word {
    /// A broken theme file, said on the status line and on standard error (`tema: …`).
    public static func themeProblem(_ problem: Word) -> Word {
        Word(en: "theme: \(problem.en)", id: "tema: \(problem.id)")
    }

    /// `--theme NAME` names no theme in the directory.
    public static func noThemeNamed(_ name: String, in directory: String) -> Word {
        Word(en: "no theme named \(name) in \(directory)", id: "tidak ada tema bernama \(name) di \(directory)")
    }

    /// A broken checklist template (`templat: …`).
    public static func templateProblem(_ problem: Word) -> Word {
        Word(en: "template: \(problem.en)", id: "templat: \(problem.id)")
    }

    /// A broken or missing posts file (`berkas pos …`).
    public static func postsFileProblem(_ problem: Word) -> Word {
        Word(en: "posts file \(problem.en)", id: "berkas pos \(problem.id)")
    }
}

extension Word {
    /// Why a source cannot be read, in the alert "Tidak dapat membaca FILE: …": the C library's
    /// error from the words table (`galat 1234` for one not there), what a non-regular file is.
    public static func sourceReadProblem(_ problem: SourceReadProblem) -> Word {
        switch problem {
        case .deleted: return Word(en: "deleted", id: "dihapus")
        case .system(let code): return systemError(code)
        case .notRegular(let shape): return shape.word
        }
    }
}
