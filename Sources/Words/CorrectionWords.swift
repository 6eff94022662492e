/// Voiding a recorded item from the dashboard (`v`, `event.voided`).
extension Word {
    public static let keyVoidCheck = Word(en: "void the selected check (asks for a reason)", id: "batalkan pemeriksaan terpilih (minta alasan)")
    public static let keyVoidStep = Word(en: "void the selected step's latest mark, or the selected finding (asks for a reason)",
                                          id: "batalkan tanda terakhir langkah terpilih, atau temuan terpilih (minta alasan)")
    public static let voidFinding = Word(en: "finding", id: "temuan")
    public static let voidTeam = Word(en: "team (its latest record)", id: "tim (catatan terakhirnya)")
    public static let keyVoidTeam = Word(en: "void the selected team's latest record (asks for a reason)",
                                         id: "batalkan catatan terakhir tim terpilih (minta alasan)")
    public static let voidAgendaItem = Word(en: "agenda item (its latest state and minutes)", id: "butir agenda (status dan notula terakhirnya)")
    public static let voidAction = Word(en: "action (its latest assignment)", id: "tindak lanjut (penugasan terakhirnya)")
    public static let keyVoidMeetingRow = Word(en: "void the selected agenda item's latest record or the action's latest assignment (asks for a reason)",
                                               id: "batalkan catatan terakhir butir agenda terpilih atau penugasan terakhir tindak lanjut (minta alasan)")
    public static let stepKeysOnSteps = Word(en: "Select a checklist step first (this row is a finding: e corrects, v voids it)",
                                             id: "Pilih langkah daftar periksa dulu (baris ini temuan: e koreksi, v batalkan)")
    public static let voidAcknowledgement = Word(en: "acknowledgement of the alert (it rings again)", id: "pengakuan peringatan (berbunyi lagi)")
    public static let keyVoidAcknowledgement = Word(en: "undo the selected alert's acknowledgement (asks for a reason)",
                                                    id: "batalkan pengakuan peringatan terpilih (minta alasan)")
    public static let voidNotAcknowledged = Word(en: "This alert is not acknowledged: nothing to undo", id: "Peringatan ini belum diakui: tidak ada yang dibatalkan")
    public static let keyHintVoid = Word(en: "v void", id: "v batalkan")
    public static let keyCheckUp = Word(en: "previous of the latest checks", id: "pemeriksaan terbaru sebelumnya")
    public static let keyCheckDown = Word(en: "next of the latest checks", id: "pemeriksaan terbaru berikutnya")
    public static let keyHintCheckMove = Word(en: "↑↓ check", id: "↑↓ pemeriksaan")
    public static let voidTitle = Word(en: "Void a recorded item", id: "Batalkan catatan")
    public static let voidPassengerCheck = Word(en: "passenger check", id: "pemeriksaan penumpang")
    public static let voidStepMark = Word(en: "checklist step mark", id: "tanda langkah daftar periksa")
    public static let voidRecordedBy = Word(en: "recorded by", id: "dicatat oleh")
    /// Followed by how many events shaped the item: the form voids the latest.
    public static let voidLatestOf = Word(en: "voids the latest of the events that shaped it, of", id: "membatalkan kejadian terakhir yang membentuknya, dari")
    public static let voidReason = Word(en: "Reason", id: "Alasan")
    public static let voidKeys = Word(en: "Enter void · Esc cancel", id: "Enter batalkan · Esc batal")
    public static let voidNothingSelected = Word(en: "Nothing selected to void", id: "Tidak ada yang dipilih untuk dibatalkan")
    public static let voidedBy = Word(en: "voided", id: "dibatalkan")
}
