import BorderOps

/// The format's closed vocabularies (codes) as words: `Word.code(op.phase)`. The reports and the
/// dashboard say the same words; no code reaches an officer's screen as it is in the file.
extension Word {
    public static func code(_ p: OperationPhase) -> Word {
        switch p {
        case .planned: return Word(en: "planned", id: "perencanaan")
        case .briefing: return Word(en: "briefing (apel)", id: "apel / pengarahan")
        case .deployed: return Word(en: "teams deployed", id: "pengerahan tim")
        case .checking: return Word(en: "checking", id: "pemeriksaan")
        case .debrief: return Word(en: "debrief", id: "evaluasi")
        case .closed: return Word(en: "closed", id: "selesai")
        }
    }

    /// A phase in one short word, for the dashboard's phase line where the full words do not fit
    /// (`rencana → apel → gerak → periksa → evaluasi → selesai`).
    public static func shortCode(_ p: OperationPhase) -> Word {
        switch p {
        case .planned: return Word(en: "plan", id: "rencana")
        case .briefing: return Word(en: "briefing", id: "apel")
        case .deployed: return Word(en: "deployed", id: "gerak")
        case .checking: return Word(en: "checking", id: "periksa")
        case .debrief: return Word(en: "debrief", id: "evaluasi")
        case .closed: return Word(en: "closed", id: "selesai")
        }
    }

    public static func code(_ s: StepState) -> Word {
        switch s {
        case .done: return Word(en: "done", id: "selesai")
        case .skipped: return Word(en: "skipped", id: "dilewati")
        case .open: return Word(en: "open", id: "belum")
        }
    }

    /// A finding's severity: the same words as an alert's (`AlertSeverity.word`), so the
    /// alerts strip, the operation pane and the reports say one family of words.
    public static func code(_ s: Severity) -> Word {
        switch s {
        case .critical: return .severityCritical
        case .warning: return .severityWarning
        case .info: return .severityInfo
        }
    }

    public static let severityCritical = Word(en: "CRITICAL", id: "KRITIS")
    public static let severityWarning = Word(en: "WARNING", id: "PERHATIAN")
    public static let severityInfo = Word(en: "INFO", id: "INFO")

    public static func code(_ c: FindingCategory) -> Word {
        switch c {
        case .narcotics: return Word(en: "narcotics", id: "narkotika")
        case .immigration: return Word(en: "immigration", id: "keimigrasian")
        case .pmi: return Word(en: "migrant workers (PMI)", id: "PMI")
        case .smuggling: return Word(en: "smuggling", id: "penyelundupan")
        case .document: return Word(en: "documents", id: "dokumen")
        case .other: return Word(en: "other", id: "lainnya")
        }
    }

    public static func code(_ s: TeamStatus) -> Word {
        switch s {
        case .standby: return Word(en: "standby", id: "siaga")
        case .deployed: return Word(en: "deployed", id: "bertugas")
        case .checking: return Word(en: "checking", id: "memeriksa")
        case .returned: return Word(en: "returned", id: "kembali")
        }
    }

    public static func code(_ s: AgendaState) -> Word {
        switch s {
        case .pending: return Word(en: "not discussed", id: "belum dibahas")
        case .discussing: return Word(en: "under discussion", id: "sedang dibahas")
        case .done: return Word(en: "concluded", id: "selesai dibahas")
        case .deferred: return Word(en: "deferred", id: "ditunda")
        }
    }

    public static func code(_ s: ActionState) -> Word {
        switch s {
        case .open: return Word(en: "open", id: "belum selesai")
        case .done: return Word(en: "done", id: "selesai")
        case .dropped: return Word(en: "dropped", id: "dibatalkan")
        }
    }

    public static func code(_ c: Commodity) -> Word {
        switch c {
        case .narcotics: return Word(en: "narcotics", id: "narkotika")
        case .tobacco: return Word(en: "tobacco", id: "rokok / tembakau")
        case .lobster_seed: return Word(en: "lobster seed", id: "benih bening lobster")
        case .electronics: return Word(en: "electronics", id: "barang elektronik")
        case .alcohol: return Word(en: "alcohol", id: "minuman beralkohol")
        case .plant_seed: return Word(en: "plant seed", id: "benih tanaman")
        case .wildlife: return Word(en: "wildlife", id: "satwa")
        case .other: return Word(en: "other", id: "lainnya")
        }
    }

    /// A passenger check's result (the dashboard's latest checks).
    public static func code(_ result: CheckResult) -> Word {
        switch result {
        case .cleared: return .cleared
        case .postponed: return .postponed
        case .referred: return .referred
        case .violation: return .violation
        case .denied: return .denied
        }
    }

    /// A result in one short word, for the voyages list's column headings where the full words
    /// do not fit (`lolos tunda rujuk langgar tolak`).
    public static func shortCode(_ result: CheckResult) -> Word {
        switch result {
        case .cleared: return Word(en: "clear", id: "lolos")
        case .postponed: return Word(en: "later", id: "tunda")
        case .referred: return Word(en: "refer", id: "rujuk")
        case .violation: return Word(en: "viol.", id: "langgar")
        case .denied: return Word(en: "deny", id: "tolak")
        }
    }
}
