/// What is said of a source left out on purpose (a file in a followed folder: a link out of the
/// folder, a FIFO) on standard error and the status line (Ingest's `NotFollowedReason.word`).
extension Word {
    public static func linkOutsideFolder(target: String, folder: String) -> Word {
        Word(en: "a link to \(target), outside \(folder)", id: "tautan ke \(target), di luar \(folder)")
    }

    /// `is KIND, not a regular file`, the kind in the same language.
    public static func notRegularFile(_ kind: Word) -> Word {
        Word(en: "is \(kind.en), not a regular file", id: "berupa \(kind.id), bukan berkas biasa")
    }

    public static let fileKindFIFO = Word(en: "a named pipe (FIFO)", id: "pipa bernama (FIFO)")
    public static let fileKindDirectory = Word(en: "a directory", id: "direktori")
    public static let fileKindCharacterDevice = Word(en: "a character device", id: "perangkat karakter")
    public static let fileKindBlockDevice = Word(en: "a block device", id: "perangkat blok")
    public static let fileKindSocket = Word(en: "a socket", id: "soket")
    public static let fileKindSpecial = Word(en: "a special file", id: "berkas khusus")

    /// `PATH: not followed: REASON` on standard error.
    public static func sourceNotFollowed(path: String, reason: Word) -> Word {
        Word(en: "\(path): \(notFollowed.en): \(reason.en)", id: "\(path): \(notFollowed.id): \(reason.id)")
    }
}
