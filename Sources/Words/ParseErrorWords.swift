/// What the command line says when its arguments cannot be parsed (the argument parser's own
/// errors, `ParseErrorSpeech`), in both languages: the sentence, the usage line's heading and
/// the hint. Quoted names and values are the officer's, as typed (escaped where printed).
extension Word {
    public static func parseUnknownOption(_ option: String, suggestion: String?) -> Word {
        guard let suggestion else { return Word(en: "unknown option '\(option)'", id: "opsi '\(option)' tidak dikenal") }
        return Word(en: "unknown option '\(option)' (did you mean '\(suggestion)'?)", id: "opsi '\(option)' tidak dikenal (maksudnya '\(suggestion)'?)")
    }

    public static func parseInvalidOption(_ option: String) -> Word {
        Word(en: "invalid option '\(option)'", id: "opsi '\(option)' tidak sah")
    }

    /// `--zone <zone>` given without its value.
    public static func parseMissingValue(_ option: String) -> Word {
        Word(en: "'\(option)' needs a value", id: "'\(option)' perlu nilai")
    }

    /// A required argument (`<file>`, `--from <from>`) not given; several when any one will do.
    public static func parseMissingArgument(_ names: [String]) -> Word {
        let quoted = names.map { "'\($0)'" }.joined(separator: ", ")
        if names.count == 1 { return Word(en: "missing argument \(quoted)", id: "argumen \(quoted) belum diberikan") }
        return Word(en: "missing one of \(quoted)", id: "salah satu dari \(quoted) belum diberikan")
    }

    /// A value the option does not take; `accepted` when the option has a fixed list.
    public static func parseInvalidValue(_ value: String, for option: String, accepted: [String], reason: Word?) -> Word {
        var word = Word(en: "the value '\(value)' is not valid for '\(option)'", id: "nilai '\(value)' tidak sah untuk '\(option)'")
        if !accepted.isEmpty {
            let list = accepted.map { "'\($0)'" }.joined(separator: ", ")
            word = Word(en: "\(word.en) (accepted: \(list))", id: "\(word.id) (yang diterima: \(list))")
        }
        if let reason { word = Word(en: "\(word.en): \(reason.en)", id: "\(word.id): \(reason.id)") }
        return word
    }

    public static func parseUnexpectedArguments(_ values: [String]) -> Word {
        let quoted = values.map { "'\($0)'" }.joined(separator: ", ")
        if values.count == 1 { return Word(en: "unexpected argument \(quoted)", id: "argumen \(quoted) tidak diharapkan") }
        return Word(en: "\(values.count) unexpected arguments: \(quoted)", id: "\(values.count) argumen tidak diharapkan: \(quoted)")
    }

    /// A flag given a value (`--ascii=yes`).
    public static func parseFlagWithValue(_ option: String, value: String) -> Word {
        Word(en: "'\(option)' takes no value, but '\(value)' was given", id: "'\(option)' tidak menerima nilai, tetapi diberi '\(value)'")
    }

    public static let parseMissingSubcommand = Word(en: "a subcommand is needed", id: "subperintah perlu disebut")

    /// Any other refusal of the arguments (a flag given twice, …): the parser's English names
    /// its kind, so it is said generally.
    public static let parseArgumentsNotUnderstood = Word(en: "the arguments cannot be understood", id: "argumen tidak dapat dipahami")

    /// Under the sentence: the command's usage line (`helpUsage` in mixed case) and the hint.
    public static func parseUsageLine(_ usage: String) -> Word { Word(en: "Usage: \(usage)", id: "Penggunaan: \(usage)") }
    public static func parseSeeHelp(_ command: String) -> Word {
        Word(en: "See '\(command) --help' for more information.", id: "Lihat '\(command) --help' untuk keterangan.")
    }
}
