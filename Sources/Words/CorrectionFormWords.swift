/// Correcting a recorded item from the screen (`e`): the forms' titles, the reason, the keys.
extension Word {
    public static let keyCorrectItem = Word(en: "correct the selected item (its form, filled in; asks for a reason)",
                                            id: "koreksi butir terpilih (formulirnya, sudah terisi; minta alasan)")
    public static let keyHintCorrect = Word(en: "e correct", id: "e koreksi")
    public static let keyCorrectFinding = Word(en: "correct the selected finding, else the latest (severity, category, summary; asks for a reason)",
                                               id: "koreksi temuan terpilih, atau yang terakhir (tingkat, kategori, ringkasan; minta alasan)")
    public static let fieldFinding = Word(en: "Finding", id: "Temuan")
    public static let correctNoFinding = Word(en: "No finding to correct", id: "Belum ada temuan untuk dikoreksi")
    public static let keyVoidSeizure = Word(en: "void the selected seizure (asks for a reason)", id: "batalkan penindakan terpilih (minta alasan)")
    public static let keyMoveCheck = Word(en: "move the selected check to another voyage (asks for a reason)",
                                          id: "pindahkan pemeriksaan terpilih ke pelayaran lain (minta alasan)")
    public static let keyHintMoveCheck = Word(en: "m other voyage", id: "m pindah kapal")
    public static let keyDeskUp = Word(en: "previous figure or seizure", id: "angka atau penindakan sebelumnya")
    public static let keyDeskDown = Word(en: "next figure or seizure", id: "angka atau penindakan berikutnya")
    public static let kpiCorrectionTitle = Word(en: "Correct the day's figures", id: "Koreksi angka harian")
    public static let seizureCorrectionTitle = Word(en: "Correct a seizure", id: "Koreksi penindakan")
    public static let findingCorrectionTitle = Word(en: "Correct a finding", id: "Koreksi temuan")
    public static let actionCorrectionTitle = Word(en: "Correct an action", id: "Koreksi tindak lanjut")
    public static let teamCorrectionTitle = Word(en: "Correct a team", id: "Koreksi tim")
    public static let agendaItemCorrectionTitle = Word(en: "Correct an agenda item", id: "Koreksi butir agenda")
    public static let keyCorrectTeam = Word(en: "correct the selected team (name, agency, status, place; asks for a reason)",
                                            id: "koreksi tim terpilih (nama, instansi, status, tempat; minta alasan)")
    public static let keyCorrectMeetingRow = Word(en: "correct the selected agenda item (title, owner) or action (title, owner, due); asks for a reason",
                                                  id: "koreksi butir agenda terpilih (judul, penanggung jawab) atau tindak lanjut (judul, penanggung jawab, tenggat); minta alasan")
    public static let checkMoveTitle = Word(en: "Check on another voyage", id: "Pemeriksaan di pelayaran lain")
    /// Followed by what the form corrects: "kpi.reported b7 (imigrasi-03, 20/11 08.00)".
    public static let correcting = Word(en: "Corrects", id: "Mengoreksi")
    public static let fieldCorrectionReason = Word(en: "Reason for the correction", id: "Alasan koreksi")
    public static let fieldVoyage = Word(en: "Voyage", id: "Pelayaran")
    public static let correctionNothingChanged = Word(en: "Nothing changed: nothing to correct", id: "Tidak ada yang berubah: tidak ada yang dikoreksi")
    public static let correctNothingSelected = Word(en: "Nothing selected to correct", id: "Tidak ada yang dipilih untuk dikoreksi")
    public static let correctNoKPIReport = Word(en: "No report of this figure to correct", id: "Belum ada laporan angka ini untuk dikoreksi")
    public static let moveCheckNoOtherVoyage = Word(en: "No other voyage to move the check to", id: "Tidak ada pelayaran lain untuk pemindahan")
    public static let voidSeizure = Word(en: "seizure", id: "penindakan")
    /// The saved line of a correction: "Dikoreksi: …".
    public static let corrected = Word(en: "Corrected", id: "Dikoreksi")
}
