import BorderOps

/// The words of the key table: what `?` says a key does, and the short segments of the hints
/// line. English and Bahasa Indonesia side by side, so a missing translation is a compile error.
public enum KeyWord: Sendable, Equatable {
    // General.
    case nextPane, previousPane, jumpToPane, moveUp, moveDown, pageUp, pageDown, firstRow, lastRow
    case openDetail, backClearFilter, filterPane, choosePosts, alertsList, report, badLines, nextTheme
    case toggleLanguage, thisHelp, quit
    // Hints line segments of the general scope.
    case hintPane, hintMove, hintOpen, hintBack, hintFilter, hintAlerts, hintPosts, hintLanguage, hintHelp, hintQuit
    // Typing a filter.
    case typeFilter, keepFilter, clearFilter, deleteCharacter
    case hintTypeFilter, hintKeepFilter, hintClearFilter
    // Overlays.
    case closeOverlay, overlayUp, overlayDown, overlayPageUp, overlayPageDown, togglePost, onlyThisPost, allPosts
    case acknowledge
    case hintClose, hintAcknowledge, hintTogglePost
    // Demo and retry.
    case demoPause, demoNextStage, demoFaster, demoSlower, demoRestart, retry
    case hintRetry
    // An operation's detail view.
    case stepUp, stepDown, stepPageUp, stepPageDown, stepDone, stepUndo, stepSkip, stepNote, startChecklist
    case teamStatus, recordFinding, nextPhase
    case hintStepDone, hintStepSkip, hintStepUndo, hintStepNote, hintTeam, hintFinding, hintPhase
    // Editors, forms and the closing question.
    case typeText, moveCursor, save, cancel
    case previousTeam, nextTeam, previousStatus, nextStatus, nextField, previousField, changeValue
    case confirmYes, confirmOther
    case hintSave, hintCancel

    public func text(_ language: Language) -> String {
        let (en, id) = words
        return language == .en ? en : id
    }

    /// (English, Bahasa Indonesia).
    public var words: (en: String, id: String) {
        switch self {
        case .nextPane: return ("next pane", "panel berikutnya")
        case .previousPane: return ("previous pane", "panel sebelumnya")
        case .jumpToPane: return ("jump to pane 1-4", "ke panel 1-4")
        case .moveUp: return ("move up", "naik")
        case .moveDown: return ("move down", "turun")
        case .pageUp: return ("page up", "halaman naik")
        case .pageDown: return ("page down", "halaman turun")
        case .firstRow: return ("first row", "baris pertama")
        case .lastRow: return ("last row", "baris terakhir")
        case .openDetail: return ("open detail", "buka rincian")
        case .backClearFilter: return ("back, clear filter", "kembali, hapus saringan")
        case .filterPane: return ("filter the pane by text", "saring panel dengan teks")
        case .choosePosts: return ("choose posts", "pilih pos")
        case .alertsList: return ("alerts; Enter there acknowledges", "peringatan; Enter di sana mengakui")
        case .report: return ("report of the focused operation or meeting (HTML, next to the event files)",
                              "laporan operasi atau rapat terpilih (HTML, di samping berkas kejadian)")
        case .badLines: return ("bad lines (FILE:LINE: reason)", "baris rusak (BERKAS:BARIS: alasan)")
        case .nextTheme: return ("next theme", "tema berikutnya")
        case .toggleLanguage: return ("English / Bahasa Indonesia", "Bahasa Indonesia / English")
        case .thisHelp: return ("this help", "bantuan ini")
        case .quit: return ("quit", "keluar")
        case .hintPane: return ("Tab pane", "Tab panel")
        case .hintMove: return ("↑↓ move", "↑↓ pilih")
        case .hintOpen: return ("Enter open", "Enter buka")
        case .hintBack: return ("Esc back", "Esc balik")
        case .hintFilter: return ("/ filter", "/ saring")
        case .hintAlerts: return ("a alerts", "a peringatan")
        case .hintPosts: return ("p posts", "p pos")
        case .hintLanguage: return ("L bahasa", "L English")
        case .hintHelp: return ("? help", "? bantuan")
        case .hintQuit: return ("q quit", "q keluar")
        case .typeFilter: return ("type to filter", "ketik untuk menyaring")
        case .keepFilter: return ("keep the filter", "simpan saringan")
        case .clearFilter: return ("clear the filter", "hapus saringan")
        case .deleteCharacter: return ("delete a character", "hapus satu huruf")
        case .hintTypeFilter: return ("type to filter", "ketik untuk menyaring")
        case .hintKeepFilter: return ("Enter keep", "Enter simpan")
        case .hintClearFilter: return ("Esc clear", "Esc hapus")
        case .closeOverlay: return ("close", "tutup")
        case .overlayUp: return ("up", "naik")
        case .overlayDown: return ("down", "turun")
        case .overlayPageUp: return ("page up", "halaman naik")
        case .overlayPageDown: return ("page down", "halaman turun")
        case .togglePost: return ("show or hide the post", "tampilkan atau sembunyikan pos")
        case .onlyThisPost: return ("only this post", "hanya pos ini")
        case .allPosts: return ("all posts", "semua pos")
        case .acknowledge: return ("acknowledge the selected alert (a note may follow)", "akui peringatan terpilih (boleh dengan catatan)")
        case .hintClose: return ("Esc close", "Esc tutup")
        case .hintAcknowledge: return ("Enter acknowledge", "Enter akui")
        case .hintTogglePost: return ("Space show/hide", "Spasi tampil/sembunyi")
        case .demoPause: return ("pause or resume the demo", "jeda atau lanjutkan demo")
        case .demoNextStage: return ("next stage of the demo", "tahap demo berikutnya")
        case .demoFaster: return ("demo faster", "demo lebih cepat")
        case .demoSlower: return ("demo slower", "demo lebih lambat")
        case .demoRestart: return ("restart the demo (a new file)", "ulangi demo (berkas baru)")
        case .retry: return ("send the failed entry again", "kirim lagi isian yang gagal")
        case .hintRetry: return ("r retry", "r coba lagi")
        case .stepUp: return ("previous step", "langkah sebelumnya")
        case .stepDown: return ("next step", "langkah berikutnya")
        case .stepPageUp: return ("ten steps up", "sepuluh langkah naik")
        case .stepPageDown: return ("ten steps down", "sepuluh langkah turun")
        case .stepDone: return ("mark the step done", "tandai langkah selesai")
        case .stepUndo: return ("open the step again", "buka lagi langkah")
        case .stepSkip: return ("skip the step (a reason is asked)", "lewati langkah (dengan alasan)")
        case .stepNote: return ("note on the step", "catatan pada langkah")
        case .startChecklist: return ("start the checklist", "mulai daftar periksa")
        case .teamStatus: return ("a team's status", "status tim")
        case .recordFinding: return ("record a finding", "catat temuan")
        case .nextPhase: return ("next phase (closing asks first)", "tahap berikutnya (penutupan ditanya dulu)")
        case .hintStepDone: return ("Space done", "Spasi selesai")
        case .hintStepSkip: return ("s skip", "s lewati")
        case .hintStepUndo: return ("u undo", "u batal")
        case .hintStepNote: return ("n note", "n catatan")
        case .hintTeam: return ("T team", "T tim")
        case .hintFinding: return ("f finding", "f temuan")
        case .hintPhase: return ("> next phase", "> tahap berikut")
        case .typeText: return ("type", "ketik")
        case .moveCursor: return ("move the cursor, delete", "gerakkan kursor, hapus")
        case .save: return ("save", "simpan")
        case .cancel: return ("cancel", "batal")
        case .previousTeam: return ("previous team", "tim sebelumnya")
        case .nextTeam: return ("next team", "tim berikutnya")
        case .previousStatus: return ("previous status", "status sebelumnya")
        case .nextStatus: return ("next status", "status berikutnya")
        case .nextField: return ("next field", "isian berikutnya")
        case .previousField: return ("previous field", "isian sebelumnya")
        case .changeValue: return ("change the value", "ubah nilai")
        case .confirmYes: return ("yes, close the operation", "ya, tutup operasi")
        case .confirmOther: return ("any other key: no", "tombol lain: tidak")
        case .hintSave: return ("Enter save", "Enter simpan")
        case .hintCancel: return ("Esc cancel", "Esc batal")
        }
    }
}
