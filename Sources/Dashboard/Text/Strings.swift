import BorderOps

/// Every user-facing word of the dashboard, in English and Bahasa Indonesia: one table, so a
/// missing translation is a compile error rather than a blank on screen.
public enum UIText: Sendable {
    case appTitle, paneVoyages, paneOperations, paneTimpora, paneDesk
    case noVoyages, noOperations, noMeetings, noDesk
    case departs, checked, lastCheck, closed, open
    case cleared, postponed, referred, violation, denied
    case latestChecks, manifest, route
    case phase, teams, findings, sinceStart, lead, location
    case chair, attendees, agenda, actions, due, overdue
    case patrol, sambang, routineCheck, socialisation, seizures, value, suspects
    case following, rotated, truncated, deleted, missing, ended, error, notFollowed
    case malformed, duplicates, lastEvent, badLines, noBadLines
    case exerciseBanner, tooSmall, filter, posts, allPosts, help, keys, theme
    case catchingUp
    case checklist, nextStep, noChecklist, startChecklistHint, reasonNeeded, summaryNeeded, noTeams
    case readOnlyInput, readOnlyBanner, checklistExists, noTemplate, alreadyClosed
    case notePrompt, skipPrompt, teamPrompt, findingPrompt, confirmClosePrompt, appendFailed, savedUnconfirmed, retryHint, writingTo
    case operatorKeys
    case syncConflict, files, today, silent, stale, neverHeard, reportWritten, reportReplaced, nothingToReport
    case alerts, noAlerts, acknowledgedBy, ackPrompt, moreAlerts, alertKeys

    public func text(_ language: Language) -> String {
        let (en, id) = Self.table(self)
        return language == .en ? en : id
    }

    static func table(_ key: UIText) -> (String, String) {
        switch key {
        case .appTitle: return ("Borderdesk", "Borderdesk")
        case .paneVoyages: return ("Port checks", "Pemeriksaan pelabuhan")
        case .paneOperations: return ("Joint operations", "Operasi gabungan")
        case .paneTimpora: return ("Timpora", "Timpora")
        case .paneDesk: return ("Smuggling desk", "Desk penyelundupan")
        case .noVoyages: return ("No voyages yet", "Belum ada pelayaran")
        case .noOperations: return ("No operations yet", "Belum ada operasi")
        case .noMeetings: return ("No meetings yet", "Belum ada rapat")
        case .noDesk: return ("No reports yet", "Belum ada laporan")
        case .departs: return ("departs", "berangkat")
        case .checked: return ("checked", "diperiksa")
        case .lastCheck: return ("last", "terakhir")
        case .closed: return ("closed", "ditutup")
        case .open: return ("open", "terbuka")
        case .cleared: return ("cleared", "lolos")
        case .postponed: return ("postponed", "ditunda")
        case .referred: return ("referred", "dirujuk")
        case .violation: return ("violation", "pelanggaran")
        case .denied: return ("denied", "ditolak")
        case .latestChecks: return ("Latest checks", "Pemeriksaan terakhir")
        case .manifest: return ("manifest", "manifes")
        case .route: return ("route", "rute")
        case .phase: return ("phase", "tahap")
        case .teams: return ("Teams", "Tim")
        case .findings: return ("Findings", "Temuan")
        case .sinceStart: return ("since start", "sejak mulai")
        case .lead: return ("lead", "pimpinan")
        case .location: return ("at", "di")
        case .chair: return ("chair", "ketua")
        case .attendees: return ("attendees", "peserta")
        case .agenda: return ("Agenda", "Agenda")
        case .actions: return ("Actions", "Tindak lanjut")
        case .due: return ("due", "tenggat")
        case .overdue: return ("OVERDUE", "TERLAMBAT")
        case .patrol: return ("patrol", "patroli")
        case .sambang: return ("sambang", "sambang")
        case .routineCheck: return ("routine check", "pemeriksaan rutin")
        case .socialisation: return ("socialisation", "sosialisasi")
        case .seizures: return ("seizures", "penindakan")
        case .value: return ("value", "nilai")
        case .suspects: return ("suspects", "tersangka")
        case .following: return ("following", "mengikuti")
        case .notFollowed: return ("not followed", "tidak diikuti")
        case .rotated: return ("rotated", "dirotasi")
        case .truncated: return ("truncated", "dipotong")
        case .deleted: return ("deleted", "dihapus")
        case .missing: return ("waiting for file", "menunggu berkas")
        case .ended: return ("ended", "selesai")
        case .error: return ("error", "galat")
        case .malformed: return ("malformed", "rusak")
        case .duplicates: return ("duplicates", "duplikat")
        case .lastEvent: return ("last event", "kejadian terakhir")
        case .badLines: return ("Bad lines", "Baris rusak")
        case .noBadLines: return ("No bad lines", "Tidak ada baris rusak")
        case .exerciseBanner: return ("EXERCISE / LATIHAN", "LATIHAN / EXERCISE")
        case .tooSmall: return ("Terminal too small", "Terminal terlalu kecil")
        case .filter: return ("filter", "saring")
        case .posts: return ("Posts", "Pos")
        case .allPosts: return ("all posts", "semua pos")
        case .help: return ("Keys", "Tombol")
        case .keys: return ("? help  q quit", "? bantuan  q keluar")
        case .theme: return ("theme", "tema")
        case .catchingUp: return ("Reading the log", "Membaca log")
        case .checklist: return ("Checklist", "Daftar periksa")
        case .nextStep: return ("NEXT", "BERIKUTNYA")
        case .noChecklist: return ("No checklist for this operation: c starts one", "Belum ada daftar periksa: c untuk memulai")
        case .startChecklistHint: return ("c: start the checklist", "c: mulai daftar periksa")
        case .reasonNeeded: return ("A skip needs a reason", "Lewati perlu alasan")
        case .summaryNeeded: return ("A finding needs a summary", "Temuan perlu ringkasan")
        case .noTeams: return ("No teams in this operation yet", "Belum ada tim dalam operasi ini")
        case .readOnlyInput: return ("Read-only terminal: input is off", "Terminal hanya baca: input dimatikan")
        case .readOnlyBanner: return ("READ-ONLY", "HANYA BACA")
        case .checklistExists: return ("This operation already has a checklist", "Operasi ini sudah punya daftar periksa")
        case .noTemplate: return ("No operation template in the templates directory", "Tidak ada templat operasi")
        case .alreadyClosed: return ("The operation is closed", "Operasi sudah ditutup")
        case .notePrompt: return ("Note", "Catatan")
        case .skipPrompt: return ("Reason to skip", "Alasan dilewati")
        case .teamPrompt: return ("Team status (↑↓ team, ←→ status, Enter saves, Esc cancels)", "Status tim (↑↓ tim, ←→ status, Enter simpan, Esc batal)")
        case .findingPrompt: return ("Finding (Tab next field, ←→ choose, Enter saves, Esc cancels)", "Temuan (Tab kolom berikut, ←→ pilih, Enter simpan, Esc batal)")
        case .confirmClosePrompt: return ("Close the operation? y = yes, any other key = no", "Tutup operasi? y = ya, tombol lain = tidak")
        case .appendFailed: return ("Not saved", "Tidak tersimpan")
        case .savedUnconfirmed: return ("Saved, but the disk did not confirm it (do not retry)", "Tersimpan, tetapi disk belum memastikannya (jangan diulang)")
        case .retryHint: return ("r retries", "r untuk coba lagi")
        case .writingTo: return ("writing to", "menulis ke")
        case .syncConflict: return ("sync conflict", "konflik sinkron")
        case .files: return ("files", "berkas")
        case .today: return ("today", "hari ini")
        case .reportWritten: return ("Report written", "Laporan ditulis")
        case .reportReplaced: return ("Report replaced", "Laporan diganti")
        case .nothingToReport: return ("Nothing selected to report on", "Tidak ada yang dipilih untuk dilaporkan")
        case .silent: return ("silent", "senyap")
        case .stale: return ("STALE", "TERPUTUS")
        case .neverHeard: return ("not heard from yet", "belum ada kabar")
        case .alerts: return ("Alerts", "Peringatan")
        case .noAlerts: return ("No alerts", "Tidak ada peringatan")
        case .acknowledgedBy: return ("acknowledged by", "diakui oleh")
        case .ackPrompt: return ("Acknowledge: note (optional) · Enter saves · Esc cancels", "Akui: catatan (opsional) · Enter simpan · Esc batal")
        case .moreAlerts: return ("more · a: list", "lagi · a: daftar")
        case .alertKeys: return ("Enter acknowledge · Esc close", "Enter akui · Esc tutup")
        case .operatorKeys: return ("Space done · s skip · u undo · n note · T team · f finding · > next phase · Esc back",
                                    "Spasi selesai · s lewati · u batal · n catatan · T tim · f temuan · > tahap berikut · Esc kembali")
        }
    }
}

extension CheckResult {
    public var label: UIText {
        switch self {
        case .cleared: return .cleared
        case .postponed: return .postponed
        case .referred: return .referred
        case .violation: return .violation
        case .denied: return .denied
        }
    }
}
