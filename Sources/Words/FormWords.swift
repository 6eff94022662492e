/// The form engine's own words: what every form says besides its fields' labels.
extension Word {
    public static let formHelp = Word(en: "Tab/↓ next · ←→ choose · Space pick · Enter save · Esc discard",
                                      id: "Tab/↓ berikut · ←→ pilih · Spasi centang · Enter simpan · Esc batal")
    public static let formOptional = Word(en: "optional", id: "opsional")
    public static let formSaved = Word(en: "Saved", id: "Tersimpan")
    public static let formEvents = Word(en: "events", id: "peristiwa")
    public static let formMoreAbove = Word(en: "more above", id: "lagi di atas")
    public static let formMoreBelow = Word(en: "more below", id: "lagi di bawah")
    public static let keyToggleValue = Word(en: "pick or unpick the value", id: "centang atau hapus centang")
    public static let keyFirstValue = Word(en: "the first entry", id: "pilihan pertama")
    public static let keyLastValue = Word(en: "the last entry", id: "pilihan terakhir")
    public static let keyJumpToValue = Word(en: "type to find the entry (an agency list: a new agency's code)",
                                            id: "ketik untuk mencari pilihan (daftar instansi: kode instansi baru)")
    public static let keyEraseTyped = Word(en: "take back a letter typed, or clear the choice", id: "hapus huruf yang diketik, atau kosongkan pilihan")
    public static let formNewEntry = Word(en: "new", id: "baru")
    public static let formNoEntryStarting = Word(en: "No entry starts with", id: "Tidak ada pilihan berawalan")
    public static let keyFormHelp = Word(en: "this help (in a pick-list)", id: "bantuan ini (di daftar pilihan)")
    public static let keyHintChoose = Word(en: "←→ choose", id: "←→ pilih")
    public static let keyHintToggle = Word(en: "Space tick", id: "Spasi centang")
    public static let keyHintNextField = Word(en: "Tab next", id: "Tab berikut")
}
