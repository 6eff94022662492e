/// The command line's `--help` around the commands' own words (`CommandWords`, `OptionWords`):
/// its headings and the lines the argument parser would otherwise print in English.
extension Word {
    public static let helpOverview = Word(en: "OVERVIEW", id: "RINGKASAN")
    public static let helpUsage = Word(en: "USAGE", id: "PENGGUNAAN")
    public static let helpArguments = Word(en: "ARGUMENTS", id: "ARGUMEN")
    public static let helpOptions = Word(en: "OPTIONS", id: "OPSI")
    public static let helpSubcommands = Word(en: "SUBCOMMANDS", id: "SUBPERINTAH")
    /// In the usage line: where the options go, and the subcommand.
    public static let helpOptionsPlaceholder = Word(en: "<options>", id: "<opsi>")
    public static let helpSubcommandPlaceholder = Word(en: "<subcommand>", id: "<subperintah>")
    public static let helpShowHelp = Word(en: "Show help information.", id: "Tampilkan bantuan ini.")
    public static let helpShowVersion = Word(en: "Show the version.", id: "Tampilkan versi.")
    /// The subcommand run when none is named.
    public static let helpDefaultSubcommand = Word(en: "(default)", id: "(bawaan)")
    public static func helpDefaultValue(_ value: String) -> Word { Word(en: "(default: \(value))", id: "(bawaan: \(value))") }
    public static func helpValues(_ values: String) -> Word { Word(en: "(values: \(values))", id: "(nilai: \(values))") }
    public static func helpSeeSubcommand(_ command: String) -> Word {
        Word(en: "See '\(command) help <subcommand>' for detailed help.", id: "Lihat '\(command) help <subperintah>' untuk bantuan rinci.")
    }
}
