import BorderOps

/// The detail views' words (`d`, "describe"), copying an id (`y`), and the alert rules' names.
extension Word {
    public static let keyDescribe = Word(en: "describe the selected item in full (every detail, ids, corrections)",
                                         id: "rincian lengkap butir terpilih (semua detail, id, koreksi)")
    public static let keyHintDescribe = Word(en: "d detail", id: "d rincian")
    public static let keyCopyID = Word(en: "copy the selected item's id", id: "salin id butir terpilih")
    public static let keyHintCopyID = Word(en: "y copy id", id: "y salin id")
    public static let detailID = Word(en: "id", id: "id")
    public static let detailPost = Word(en: "post", id: "pos")
    public static let detailOpened = Word(en: "opened", id: "dibuka")
    public static let detailCheckpoint = Word(en: "checkpoint", id: "titik periksa")
    public static let detailDeparted = Word(en: "departed", id: "berangkat pada")
    public static let detailNotOpened = Word(en: "not opened in the log (known from its checks)", id: "tidak dibuka dalam log (diketahui dari pemeriksaannya)")
    public static let detailResults = Word(en: "Results", id: "Hasil")
    public static let detailChecksHeld = Word(en: "the dashboard holds the latest checks; every check is in the event file and the reports",
                                              id: "dasbor menyimpan pemeriksaan terbaru; setiap pemeriksaan ada di berkas kejadian dan laporan")
    public static let detailAllChecks = Word(en: "Every check", id: "Semua pemeriksaan")
    public static let detailReadingChecks = Word(en: "reading the event files…", id: "membaca berkas kejadian…")
    public static let detailNoChecks = Word(en: "No checks recorded.", id: "Belum ada pemeriksaan.")
    public static let detailNoTeams = Word(en: "No teams recorded.", id: "Belum ada tim.")
    public static let detailPhases = Word(en: "Phases", id: "Tahapan")
    public static let detailChecklist = Word(en: "Checklist", id: "Daftar periksa")
    public static let detailSkipReason = Word(en: "skipped because", id: "dilewati karena")
    public static let detailNoAgenda = Word(en: "No agenda items.", id: "Belum ada butir agenda.")
    public static let detailSeizures = Word(en: "Seizures", id: "Penindakan")
    public static let detailRecorded = Word(en: "recorded", id: "dicatat")
    public static let detailRecordedAgain = Word(en: "last corrected", id: "terakhir dikoreksi")
    public static let keyOpenSeizure = Word(en: "open the selected seizure", id: "buka penindakan terpilih")
    public static let keyHintOpenSeizure = Word(en: "Enter open", id: "Enter buka")
    public static let keyNextSeizure = Word(en: "next seizure (then scroll)", id: "penindakan berikutnya (lalu gulir)")
    public static let keyPreviousSeizure = Word(en: "previous seizure (then scroll)", id: "penindakan sebelumnya (lalu gulir)")
    public static let detailKPIs = Word(en: "Reports by day", id: "Laporan per hari")
    public static let detailBegan = Word(en: "began", id: "mulai")
    public static let detailEscalated = Word(en: "rose to its present severity", id: "naik ke tingkat sekarang")
    public static let detailAcknowledged = Word(en: "acknowledged", id: "diakui")
    public static let detailNotAcknowledged = Word(en: "not acknowledged since it began", id: "belum diakui sejak mulai")
    public static let detailEarlierAck = Word(en: "an earlier episode was acknowledged", id: "episode sebelumnya diakui")
    public static let detailEpisodes = Word(en: "Episodes", id: "Episode")
    public static let detailRule = Word(en: "rule", id: "aturan")
    public static let detailBadLine = Word(en: "Bad line", id: "Baris rusak")
    public static let detailFile = Word(en: "file", id: "berkas")
    public static let detailLine = Word(en: "line", id: "baris")
    public static let detailProblem = Word(en: "problem", id: "masalah")
    public static let detailLineText = Word(en: "The line as written (escaped)", id: "Baris sebagaimana tertulis (di-escape)")
    public static let detailLineUnread = Word(en: "the line could not be read again from its file", id: "baris tidak dapat dibaca ulang dari berkasnya")
    public static let detailGone = Word(en: "No longer in the log (voided, or hidden by the posts chooser).",
                                        id: "Tidak ada lagi dalam log (dibatalkan, atau disembunyikan pilihan pos).")
    public static let detailCorrections = Word(en: "Corrections", id: "Koreksi")
    public static let detailVoided = Word(en: "voided", id: "dibatalkan")
    public static let detailVoidedBy = Word(en: "by", id: "oleh")
    public static let copiedID = Word(en: "id (copied to the clipboard where the terminal allows)", id: "id (disalin ke papan klip bila terminal mengizinkan)")
    public static let keyAcknowledgeRule = Word(en: "acknowledge every alert of the selected alert's rule", id: "akui semua peringatan dengan aturan yang sama")
    public static let keyHintAcknowledgeRule = Word(en: "A all of this rule", id: "A semua aturan ini")
    public static let allAcknowledged = Word(en: "Every alert of this rule is acknowledged", id: "Semua peringatan aturan ini sudah diakui")
    public static let alertsOpen = Word(en: "open", id: "belum diakui")
    public static let noMatch = Word(en: "No match", id: "Tidak ada yang cocok")
    public static let nothingToCopy = Word(en: "Nothing selected to copy", id: "Tidak ada yang dipilih untuk disalin")

    /// A correction's subject as a kind of thing.
    public static func correctionKind(_ subject: CorrectionSubject) -> Word {
        switch subject {
        case .passenger: return Word(en: "passenger check", id: "pemeriksaan penumpang")
        case .voyage: return Word(en: "voyage record", id: "catatan pelayaran")
        case .operation: return Word(en: "operation record", id: "catatan operasi")
        case .checklist: return Word(en: "checklist mark", id: "tanda daftar periksa")
        case .meeting: return Word(en: "meeting record", id: "catatan rapat")
        case .action: return Word(en: "action item", id: "tindak lanjut")
        case .kpi: return Word(en: "KPI report", id: "laporan KPI")
        case .seizure: return Word(en: "seizure", id: "penindakan")
        case .alert: return Word(en: "acknowledgement", id: "pengakuan peringatan")
        }
    }

    /// An alert rule's name, by the first part of its id (`departure:…`).
    public static func alertRule(_ rule: String) -> Word {
        switch rule {
        case "departure": return Word(en: "Departures", id: "Keberangkatan")
        case "action": return Word(en: "Overdue actions", id: "Tindak lanjut terlambat")
        case "finding": return Word(en: "Critical findings", id: "Temuan kritis")
        case "stale": return Word(en: "Silent posts", id: "Pos tidak aktif")
        case "source": return Word(en: "Unreadable sources", id: "Sumber tak terbaca")
        case "malformed": return Word(en: "Bad lines", id: "Baris rusak")
        case "chain": return Word(en: "Broken chains", id: "Rantai rusak")
        default: return Word(en: rule, id: rule)
        }
    }
}
