import ArgumentParser
import Words

/// The event files a checking command reads (files, directories or - for standard input),
/// whether directories take in their subfolders, and the language it speaks: shared by
/// `check` and `verify`.
struct CheckedFiles: ParsableArguments, ChoosesLanguage {
    @Argument(help: .word(.optionSources))
    var sources: [String]

    @Flag(help: .word(.optionRecursive))
    var recursive = false

    @Option(help: .word(.optionLanguageReport))
    var lang: Language?
}
