extension EventSources {
    /// The files read, named and found in folders, in reading order: what can be read again
    /// from its start (standard input cannot).
    public var filePaths: [String] { (files + directories.flatMap(\.files)).map(\.path) }
}
