/// Voiding a voyage, operation or meeting opened by mistake (`v` on its row), with every
/// record that hangs on it.
extension Word {
    public static let keyVoidOpening = Word(en: "void the selected voyage, operation or meeting opened by mistake, with its records (asks for a reason)",
                                            id: "batalkan pelayaran, operasi atau rapat terpilih yang salah dibuka, beserta catatannya (minta alasan)")
    public static let voidVoyage = Word(en: "voyage (opened by mistake)", id: "pelayaran (salah dibuka)")
    public static let voidOperation = Word(en: "operation (opened by mistake)", id: "operasi (salah dibuka)")
    public static let voidMeeting = Word(en: "meeting (opened by mistake)", id: "rapat (salah dibuka)")
    /// Followed by the count and, after a colon, what they are.
    public static let voidAlsoVoids = Word(en: "WARNING: also voids the records that hang on it", id: "PERINGATAN: ikut membatalkan catatan yang bergantung padanya")
    public static let voidNothingHangs = Word(en: "no other record hangs on it", id: "tidak ada catatan lain yang bergantung padanya")
    public static let voidReadingChecks = Word(en: "reading its checks from the event files…", id: "membaca pemeriksaannya dari berkas kejadian…")
    public static let voidChecksNotRead = Word(en: "Its checks are not read yet: wait, then Enter again", id: "Pemeriksaannya belum terbaca: tunggu, lalu Enter lagi")
    public static let voidChecksUnreadable = Word(en: "Its checks could not be read: nothing voided", id: "Pemeriksaannya tidak terbaca: tidak ada yang dibatalkan")
    public static let voidTooMany = Word(en: "Too many records for one batch: void them with borderdesk append", id: "Terlalu banyak catatan untuk satu kiriman: batalkan dengan borderdesk append")
    public static let hangingChecks = Word(en: "passenger checks", id: "pemeriksaan penumpang")
    public static let hangingClosings = Word(en: "closing", id: "penutupan")
    public static let hangingPhases = Word(en: "phase changes", id: "perubahan fase")
    public static let hangingTeams = Word(en: "team records", id: "catatan tim")
    public static let hangingFindings = Word(en: "findings", id: "temuan")
    public static let hangingChecklists = Word(en: "checklists", id: "daftar periksa")
    public static let hangingSteps = Word(en: "step marks", id: "tanda langkah")
    public static let hangingAgendaItems = Word(en: "agenda item records", id: "catatan butir agenda")
    public static let hangingActions = Word(en: "action assignments", id: "penugasan tindak lanjut")
    public static let hangingActionStates = Word(en: "action states", id: "status tindak lanjut")
    public static let hangingOpenings = Word(en: "earlier openings", id: "pembukaan sebelumnya")
}
