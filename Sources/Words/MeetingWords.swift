/// The Timpora secretary's words: the keys of an open meeting, its forms and what they say.
extension Word {
    public static let keyMeetingRowUp = Word(en: "previous agenda item or action", id: "butir agenda atau tindak lanjut sebelumnya")
    public static let keyMeetingRowDown = Word(en: "next agenda item or action", id: "butir agenda atau tindak lanjut berikutnya")
    public static let keyMeetingPageUp = Word(en: "ten rows up", id: "sepuluh baris naik")
    public static let keyMeetingPageDown = Word(en: "ten rows down", id: "sepuluh baris turun")
    public static let keyHintMeetingMove = Word(en: "↑↓ item", id: "↑↓ butir")
    public static let keyMarkDone = Word(en: "mark the selected item concluded or action done", id: "tandai butir selesai dibahas atau tindak lanjut selesai")
    public static let keyHintMarkDone = Word(en: "Space done", id: "Spasi selesai")
    public static let keyMarkActionDone = Word(en: "mark the selected action done (after the meeting)", id: "tandai tindak lanjut terpilih selesai (setelah rapat)")
    public static let meetingClosedActionsOnly = Word(en: "The meeting is closed: only its actions can be marked done or dropped",
                                                      id: "Rapat sudah ditutup: hanya tindak lanjutnya yang bisa ditandai selesai atau dibatalkan")
    public static let keyNextItemState = Word(en: "agenda item: next state (not discussed → under discussion → concluded → deferred); run-of-show step: skip it (asks for a reason)",
                                              id: "butir agenda: keadaan berikutnya (belum → sedang dibahas → selesai → ditunda); langkah susunan acara: lewati (minta alasan)")
    public static let keyHintNextItemState = Word(en: "s state", id: "s keadaan")
    public static let keyWriteMinutes = Word(en: "agenda item: state, discussion, decision, recommendation; action: correct title, owner, due",
                                             id: "butir agenda: keadaan, pembahasan, keputusan, rekomendasi; tindak lanjut: koreksi judul, penanggung jawab, tenggat")
    public static let keyHintWriteMinutes = Word(en: "Enter minutes", id: "Enter notula")
    public static let keyNewAgendaItem = Word(en: "add an agenda item", id: "tambah butir agenda")
    public static let keyHintNewAgendaItem = Word(en: "i item", id: "i butir")
    public static let keyNewAction = Word(en: "add an action (owner, due date)", id: "tambah tindak lanjut (penanggung jawab, tenggat)")
    public static let keyHintNewAction = Word(en: "a action", id: "a tindak lanjut")
    public static let keyDropAction = Word(en: "drop the selected action, with a reason", id: "batalkan tindak lanjut terpilih, dengan alasan")
    public static let keyCloseMeeting = Word(en: "close the meeting (asks first)", id: "tutup rapat (ditanya dulu)")
    public static let keyHintCloseMeeting = Word(en: "x close", id: "x tutup")

    public static let meetingFormTitle = Word(en: "New Timpora meeting", id: "Rapat Timpora baru")
    public static let agendaItemFormTitle = Word(en: "New agenda item", id: "Butir agenda baru")
    public static let actionFormTitle = Word(en: "New action", id: "Tindak lanjut baru")
    public static let minutesFormTitle = Word(en: "Minutes of the agenda item", id: "Notula butir agenda")
    public static let meetingDefaultTitle = Word(en: "Timpora meeting", id: "Rapat Timpora")
    public static let fieldMeetingTitle = Word(en: "Title", id: "Judul")
    public static let fieldChair = Word(en: "Chair", id: "Pimpinan")
    public static let fieldPlace = Word(en: "Place", id: "Tempat")
    public static let fieldAttendees = Word(en: "Attendees", id: "Peserta")
    public static let fieldAgendaTitle = Word(en: "Agenda item", id: "Butir agenda")
    public static let fieldOwnerAgency = Word(en: "Owner", id: "Penanggung jawab")
    public static let fieldItemState = Word(en: "State", id: "Keadaan")
    public static let fieldActionTitle = Word(en: "Action", id: "Tindak lanjut")
    public static let fieldRunOfShow = Word(en: "Run-of-show checklist", id: "Daftar periksa susunan acara")
    /// Before the run-of-show's progress on an open meeting's counts line (`Susunan acara 2/12`).
    public static let runOfShow = Word(en: "Run-of-show", id: "Susunan acara")
    public static let runOfShowStepKeys = Word(en: "A run-of-show step: Space marks it done, s skips it with a reason, v voids its latest mark",
                                               id: "Langkah susunan acara: Spasi menandai selesai, s melewatinya dengan alasan, v membatalkan tanda terakhirnya")
    public static let fieldDue = Word(en: "Due", id: "Tenggat")
    public static let fieldForItem = Word(en: "For item", id: "Untuk butir")
    public static let fieldDiscussion = Word(en: "Discussion", id: "Pembahasan")
    public static let fieldDecision = Word(en: "Decision", id: "Keputusan")
    public static let fieldRecommendation = Word(en: "Recommendation", id: "Rekomendasi")

    public static let skipStepPrompt = Word(en: "Why is this run-of-show step skipped? Enter save · Esc back",
                                            id: "Mengapa langkah susunan acara ini dilewati? Enter simpan · Esc kembali")
    public static let alreadySkipped = Word(en: "This step is already skipped", id: "Langkah ini sudah dilewati")
    public static let dropReasonPrompt = Word(en: "Why is this action dropped? Enter save · Esc back", id: "Mengapa tindak lanjut ini dibatalkan? Enter simpan · Esc kembali")
    public static let closeMeetingPrompt = Word(en: "Close this meeting? y/Enter yes · other key no", id: "Tutup rapat ini? y/Enter ya · tombol lain tidak")
    public static let alreadyConcluded = Word(en: "Already concluded", id: "Sudah selesai dibahas")
    public static let alreadyDone = Word(en: "Already done", id: "Sudah selesai")
    public static let alreadyDropped = Word(en: "Already dropped", id: "Sudah dibatalkan")
    public static let meetingNothingSelected = Word(en: "No agenda item or action yet: i adds an item, a an action",
                                                    id: "Belum ada butir agenda atau tindak lanjut: i menambah butir, a tindak lanjut")
    public static let itemStateOnlyItems = Word(en: "s changes an agenda item's state; Space marks an action done, d drops it",
                                                id: "s mengubah keadaan butir agenda; Spasi menandai tindak lanjut selesai, d membatalkannya")
    public static let dropOnlyActions = Word(en: "d drops an action; select one below the agenda", id: "d membatalkan tindak lanjut; pilih satu di bawah agenda")
    public static let minutesOnlyItems = Word(en: "Minutes are written on an agenda item", id: "Notula ditulis pada butir agenda")
}
