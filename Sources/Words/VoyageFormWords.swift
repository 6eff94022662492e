/// The new-voyage form's and the closing question's words.
extension Word {
    public static let keyNewItem = Word(en: "new item in this pane (1 voyage, 2 operation, 3 meeting, 4 today's figures)", id: "data baru di panel ini (1 pelayaran, 2 operasi, 3 rapat, 4 angka hari ini)")
    public static let keyCloseVoyage = Word(en: "close the voyage (asks first)", id: "tutup pelayaran (ditanya dulu)")
    public static let keyHintCloseVoyage = Word(en: "x close", id: "x tutup")
    public static let voyageFormTitle = Word(en: "New voyage", id: "Pelayaran baru")
    public static let voyageFormHelp = Word(en: "Tab/↓ next field · Enter save · Esc discard", id: "Tab/↓ kolom berikut · Enter simpan · Esc batal")
    public static let fieldVessel = Word(en: "Vessel", id: "Kapal")
    public static let fieldFrom = Word(en: "From", id: "Dari")
    public static let fieldTo = Word(en: "To", id: "Ke")
    public static let fieldDeparts = Word(en: "Departs", id: "Berangkat")
    public static let fieldManifest = Word(en: "Manifest", id: "Manifes")
    public static let vesselsSeen = Word(en: "seen before", id: "pernah tercatat")
    public static let discardPrompt = Word(en: "Discard what was typed? y/Enter yes · other key no", id: "Buang isian? y/Enter ya · tombol lain tidak")
    public static let closeVoyagePrompt = Word(en: "Close this voyage? y/Enter yes · other key no", id: "Tutup pelayaran ini? y/Enter ya · tombol lain tidak")
    public static let formInvalid = Word(en: "Not saved", id: "Belum disimpan")
}
