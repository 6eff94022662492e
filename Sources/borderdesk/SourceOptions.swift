import ArgumentParser
import Catalogs
import Words

/// The event sources a folding command reads (files, directories or - for standard input) and
/// whether directories take in their subfolders: shared by `run`, `alerts` and `summary`.
struct SourceOptions: ParsableArguments {
    @Argument(help: .word(.optionSourcesDefaulted))
    var sources: [String] = []

    @Flag(help: .word(.optionRecursive))
    var recursive = false

    @Flag(help: .word(.optionNoCheckpointShared))
    var noCheckpoint = false

    /// The sources named, else the settings files', else the sample data.
    func named(_ files: SettingsFiles) -> [String] { files.sources(sources) }
}
