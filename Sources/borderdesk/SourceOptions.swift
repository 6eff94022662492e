import ArgumentParser

/// The event sources a folding command reads (files, directories or - for standard input) and
/// whether directories take in their subfolders: shared by `run`, `alerts` and `summary`.
struct SourceOptions: ParsableArguments {
    @Argument(help: "Event files, directories or - for standard input (default: sample-data).")
    var sources: [String] = ["sample-data"]

    @Flag(help: "Directory sources take in their subfolders too (a headquarters' tree of posts).")
    var recursive = false

    @Flag(help: "Read every source from its start, not from the checkpoint the dashboard keeps (docs/checkpoints.md).")
    var noCheckpoint = false
}
