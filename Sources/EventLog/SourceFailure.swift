/// Why a source cannot be read, as a value: the C library's errno, or what the file is when only
/// regular files are read. Said in the officer's language by `SourceFailure.word` (Ingest);
/// `description` is the C library's English, for logs and `FileFailure` text.
public enum SourceFailure: Sendable, Equatable, CustomStringConvertible {
    case system(Int32)
    case notRegular(FileKind)

    public var description: String {
        switch self {
        case .system(let code): return Posix.message(code)
        case .notRegular(let kind): return "is \(kind.english), not a regular file"
        }
    }

    init(_ refusal: RegularFile.Refusal) {
        self = refusal.kind.map { .notRegular($0) } ?? .system(refusal.code)
    }
}
