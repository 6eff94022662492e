/// Gate mode's words (a voyage's passenger checks typed or scanned at the counter): its keys in
/// `?` and the hints line, and what its line says.
extension Word {
    public static let keyGateMode = Word(en: "gate mode: record passenger checks (type or scan, Enter)", id: "mode pintu: catat pemeriksaan penumpang (ketik atau pindai, Enter)")
    public static let keyHintGateMode = Word(en: "g gate", id: "g pintu")
    public static let keyGateRecord = Word(en: "record the check (after a warning: record anyway)", id: "catat pemeriksaan (setelah peringatan: tetap catat)")
    public static let keyHintGateRecord = Word(en: "Enter record", id: "Enter catat")
    public static let keyGateResult = Word(en: "next result (stays until changed)", id: "hasil berikutnya (tetap sampai diganti)")
    public static let keyHintGateResult = Word(en: "Tab result", id: "Tab hasil")
    public static let keyGateDocument = Word(en: "next document kind", id: "jenis dokumen berikutnya")
    public static let keyHintGateDocument = Word(en: "Shift-Tab document", id: "Shift-Tab dokumen")
    public static let keyGateField = Word(en: "reference / note field", id: "kolom rujukan / catatan")
    public static let keyHintGateField = Word(en: "↓ note", id: "↓ catatan")
    public static let keyGateEscape = Word(en: "clear the line; when empty, leave gate mode", id: "hapus baris; bila kosong, keluar mode pintu")
    public static let keyHintGateEscape = Word(en: "Esc clear/leave", id: "Esc hapus/keluar")
    public static let keyGateType = Word(en: "passenger reference, or note", id: "rujukan penumpang, atau catatan")

    public static let gateTitle = Word(en: "GATE", id: "PINTU")
    public static let gateReference = Word(en: "Ref", id: "Rujukan")
    public static let gateNote = Word(en: "Note", id: "Catatan")
    public static let gateNoteOptional = Word(en: "(optional)", id: "(opsional)")
    public static let gateAlreadyChecked = Word(en: "already checked on this voyage", id: "sudah diperiksa di pelayaran ini")
    public static let gateHeldEarlier = Word(en: "on an earlier voyage", id: "di pelayaran sebelumnya")
    public static let gateRecordAnyway = Word(en: "Enter again records anyway, Esc clears", id: "Enter lagi tetap mencatat, Esc menghapus")
    public static let gateEmpty = Word(en: "type or scan a passenger reference", id: "ketik atau pindai rujukan penumpang")
    public static let gateVoyageClosed = Word(en: "This voyage is closed: nothing recorded (Esc leaves gate mode)", id: "Pelayaran ini sudah ditutup: tidak dicatat (Esc keluar mode pintu)")
    public static let gateSent = Word(en: "sent", id: "dikirim")
}
