import ArgumentParser
import Words

/// The event sources a folding command reads (files, directories or - for standard input) and
/// whether directories take in their subfolders: shared by `run`, `alerts` and `summary`.
struct SourceOptions: ParsableArguments {
    @Argument(help: .word(.optionSourcesDefaulted))
    var sources: [String] = ["sample-data"]

    @Flag(help: .word(.optionRecursive))
    var recursive = false

    @Flag(help: .word(.optionNoCheckpointShared))
    var noCheckpoint = false
}
