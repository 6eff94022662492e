/// Why `borderdesk report` cannot make a report (`ReportError.word`): one line on standard
/// error. Ids and dates come in already shortened; `known` is the list of ids there are.
extension Word {
    public static func reportUnknownOperation(_ id: String, known: String?) -> Word {
        Word(en: "no operation \"\(id)\"" + (known.map { " (known: \($0))" } ?? ""),
             id: "tidak ada operasi \"\(id)\"" + (known.map { " (yang ada: \($0))" } ?? ""))
    }

    public static func reportUnknownMeeting(_ id: String, known: String?) -> Word {
        Word(en: "no meeting \"\(id)\"" + (known.map { " (known: \($0))" } ?? ""),
             id: "tidak ada rapat \"\(id)\"" + (known.map { " (yang ada: \($0))" } ?? ""))
    }

    public static func reportToBeforeFrom(from: String, to: String) -> Word {
        Word(en: "--to \(to) is before --from \(from)", id: "--to \(to) sebelum --from \(from)")
    }

    public static func reportNothingInRange(from: String, to: String) -> Word {
        Word(en: "no desk reports or seizures from \(from) to \(to)",
             id: "tidak ada laporan desk atau penindakan dari \(from) sampai \(to)")
    }
}
