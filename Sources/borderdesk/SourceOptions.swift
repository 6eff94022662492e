import ArgumentParser
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

    /// What is read when no source is named (and, for `run`, the settings files name none).
    static let defaultSources = ["sample-data"]

    /// The sources named, or the default.
    var named: [String] { sources.isEmpty ? Self.defaultSources : sources }
}
