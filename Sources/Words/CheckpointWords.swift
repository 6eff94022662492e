/// What the dashboard says about its checkpoint (docs/checkpoints.md): only when one could not
/// be used or written; a checkpoint that works is silent.
extension Word {
    public static let checkpointNotUsed = Word(en: "Checkpoint not used", id: "Titik simpan tidak dipakai")
    public static let checkpointDamaged = Word(en: "damaged", id: "rusak")
    public static let checkpointOtherVersion = Word(en: "made by another version", id: "dibuat versi lain")
    public static let checkpointOtherSources = Word(en: "made for other sources", id: "dibuat untuk sumber lain")
    public static let checkpointUnreadable = Word(en: "cannot be read", id: "tidak dapat dibaca")
    public static let checkpointFileShorter = Word(en: "file is shorter than it was", id: "berkas lebih pendek dari sebelumnya")
    public static let checkpointFileChanged = Word(en: "file was replaced or changed", id: "berkas diganti atau diubah")
    public static let checkpointReplacedWhileRead = Word(en: "replaced while it was read", id: "diganti saat sedang dibaca")
    public static let checkpointReadingAll = Word(en: "reading everything", id: "membaca semuanya")
    public static let checkpointNotWritten = Word(en: "Checkpoint not written", id: "Titik simpan tidak ditulis")
}
