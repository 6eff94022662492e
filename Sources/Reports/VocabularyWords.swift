import BorderOps

/// The format's closed vocabularies as words in a report.
enum VocabularyWords {
    static func phase(_ p: OperationPhase, _ l: Language) -> String {
        switch p {
        case .planned: return l == .en ? "planned" : "perencanaan"
        case .briefing: return l == .en ? "briefing (apel)" : "apel / pengarahan"
        case .deployed: return l == .en ? "teams deployed" : "pengerahan tim"
        case .checking: return l == .en ? "checking" : "pemeriksaan"
        case .debrief: return l == .en ? "debrief" : "evaluasi"
        case .closed: return l == .en ? "closed" : "selesai"
        }
    }

    static func step(_ s: StepState, _ l: Language) -> String {
        switch s {
        case .done: return l == .en ? "done" : "selesai"
        case .skipped: return l == .en ? "skipped" : "dilewati"
        case .open: return l == .en ? "open" : "belum"
        }
    }

    static func severity(_ s: Severity, _ l: Language) -> String {
        switch s {
        case .critical: return l == .en ? "CRITICAL" : "KRITIS"
        case .warning: return l == .en ? "warning" : "perhatian"
        case .info: return "info"
        }
    }

    static func category(_ c: FindingCategory, _ l: Language) -> String {
        switch c {
        case .narcotics: return l == .en ? "narcotics" : "narkotika"
        case .immigration: return l == .en ? "immigration" : "keimigrasian"
        case .pmi: return l == .en ? "migrant workers (PMI)" : "PMI"
        case .smuggling: return l == .en ? "smuggling" : "penyelundupan"
        case .document: return l == .en ? "documents" : "dokumen"
        case .other: return l == .en ? "other" : "lainnya"
        }
    }

    static func team(_ s: TeamStatus, _ l: Language) -> String {
        switch s {
        case .standby: return l == .en ? "standby" : "siaga"
        case .deployed: return l == .en ? "deployed" : "bertugas"
        case .checking: return l == .en ? "checking" : "memeriksa"
        case .returned: return l == .en ? "returned" : "kembali"
        }
    }

    static func agenda(_ s: AgendaState, _ l: Language) -> String {
        switch s {
        case .pending: return l == .en ? "not discussed" : "belum dibahas"
        case .discussing: return l == .en ? "under discussion" : "sedang dibahas"
        case .done: return l == .en ? "concluded" : "selesai dibahas"
        case .deferred: return l == .en ? "deferred" : "ditunda"
        }
    }

    static func action(_ s: ActionState, _ l: Language) -> String {
        switch s {
        case .open: return l == .en ? "open" : "belum selesai"
        case .done: return l == .en ? "done" : "selesai"
        case .dropped: return l == .en ? "dropped" : "dibatalkan"
        }
    }

    static func commodity(_ c: Commodity, _ l: Language) -> String {
        switch c {
        case .narcotics: return l == .en ? "narcotics" : "narkotika"
        case .tobacco: return l == .en ? "tobacco" : "rokok / tembakau"
        case .lobster_seed: return l == .en ? "lobster seed" : "benih bening lobster"
        case .electronics: return l == .en ? "electronics" : "barang elektronik"
        case .alcohol: return l == .en ? "alcohol" : "minuman beralkohol"
        case .plant_seed: return l == .en ? "plant seed" : "benih tanaman"
        case .wildlife: return l == .en ? "wildlife" : "satwa"
        case .other: return l == .en ? "other" : "lainnya"
        }
    }

    static let monthsID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]
    static let monthsEN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    /// `20 November 2024`.
    static func longDate(_ d: CivilDate, _ l: Language) -> String {
        "\(d.day) \((l == .en ? monthsEN : monthsID)[d.month - 1]) \(d.year)"
    }
}
