/// The dashboard's words: pane titles, labels, notices and prompts.
extension Word {
    public static let appTitle = Word(en: "Borderdesk", id: "Borderdesk")
    public static let paneVoyages = Word(en: "Port checks", id: "Pemeriksaan pelabuhan")
    public static let paneOperations = Word(en: "Joint operations", id: "Operasi gabungan")
    public static let paneTimpora = Word(en: "Timpora", id: "Timpora")
    public static let paneDesk = Word(en: "Smuggling desk", id: "Desk penyelundupan")
    /// A pane showing only what is open and today's (`h`), with nothing of either.
    public static let nothingOpenToday = Word(en: "Nothing open or of today · h: every row", id: "Tidak ada yang terbuka atau hari ini · h: semua baris")
    /// The title's count with only the working rows shown: `12 dari 4.485 terbuka & hari ini`.
    public static let rowsOutOf = Word(en: "of", id: "dari")
    public static let rowsOpenAndToday = Word(en: "open & today", id: "terbuka & hari ini")
    public static let noVoyages = Word(en: "No voyages yet", id: "Belum ada pelayaran")
    public static let noOperations = Word(en: "No operations yet", id: "Belum ada operasi")
    public static let noMeetings = Word(en: "No meetings yet", id: "Belum ada rapat")
    public static let noDesk = Word(en: "No reports yet", id: "Belum ada laporan")
    public static let departs = Word(en: "departs", id: "berangkat")
    public static let checked = Word(en: "checked", id: "diperiksa")
    public static let lastCheck = Word(en: "last", id: "terakhir")
    public static let closed = Word(en: "closed", id: "ditutup")
    public static let open = Word(en: "open", id: "terbuka")
    public static let cleared = Word(en: "cleared", id: "lolos")
    public static let postponed = Word(en: "postponed", id: "ditunda")
    public static let referred = Word(en: "referred", id: "dirujuk")
    public static let violation = Word(en: "violation", id: "pelanggaran")
    public static let denied = Word(en: "denied", id: "ditolak")
    /// The voyages list's one count of the four results other than cleared, where five columns do not fit.
    public static let otherResults = Word(en: "others", id: "lainnya")
    public static let latestChecks = Word(en: "Latest checks", id: "Pemeriksaan terakhir")
    public static let manifest = Word(en: "manifest", id: "manifes")
    public static let route = Word(en: "route", id: "rute")
    public static let phase = Word(en: "phase", id: "tahap")
    public static let teams = Word(en: "Teams", id: "Tim")
    public static let findings = Word(en: "Findings", id: "Temuan")
    public static let sinceStart = Word(en: "since start", id: "sejak mulai")
    /// How long a closed operation took: `lama 3 j 05 mnt`.
    public static let lasted = Word(en: "took", id: "lama")
    public static let lead = Word(en: "lead", id: "pimpinan")
    public static let location = Word(en: "at", id: "di")
    public static let chair = Word(en: "chair", id: "ketua")
    public static let attendees = Word(en: "attendees", id: "peserta")
    public static let agenda = Word(en: "Agenda", id: "Agenda")
    public static let actions = Word(en: "Actions", id: "Tindak lanjut")
    public static let due = Word(en: "due", id: "tenggat")
    public static let overdue = Word(en: "OVERDUE", id: "TERLAMBAT")
    public static let patrol = Word(en: "patrol", id: "patroli")
    /// A community or site visit by officers (one of the desk's four daily KPIs, domain.md).
    public static let sambang = Word(en: "visit", id: "sambang")
    public static let routineCheck = Word(en: "routine check", id: "pemeriksaan rutin")
    public static let socialisation = Word(en: "socialisation", id: "sosialisasi")
    public static let seizures = Word(en: "seizures", id: "penindakan")
    /// `t`: the theme now in use, named on the bottom line.
    public static let themeInUse = Word(en: "Theme", id: "Tema")
    public static let value = Word(en: "value", id: "nilai")
    public static let suspects = Word(en: "suspects", id: "tersangka")
    public static let following = Word(en: "following", id: "mengikuti")
    public static let notFollowed = Word(en: "not followed", id: "tidak diikuti")
    public static let rotated = Word(en: "rotated", id: "dirotasi")
    public static let truncated = Word(en: "truncated", id: "dipotong")
    public static let deleted = Word(en: "deleted", id: "dihapus")
    public static let missing = Word(en: "waiting for file", id: "menunggu berkas")
    public static let ended = Word(en: "ended", id: "selesai")
    public static let error = Word(en: "error", id: "galat")
    public static let malformed = Word(en: "malformed", id: "rusak")
    public static let duplicates = Word(en: "duplicates", id: "duplikat")
    public static let lastEvent = Word(en: "last event", id: "kejadian terakhir")
    public static let badLines = Word(en: "Bad lines", id: "Baris rusak")
    public static let noBadLines = Word(en: "No bad lines", id: "Tidak ada baris rusak")
    public static let exerciseBanner = Word(en: "EXERCISE / LATIHAN", id: "LATIHAN / EXERCISE")
    public static let tooSmall = Word(en: "Terminal too small", id: "Terminal terlalu kecil")
    public static let filter = Word(en: "filter", id: "saring")
    public static let posts = Word(en: "Posts", id: "Pos")
    public static let allPosts = Word(en: "all posts", id: "semua pos")
    public static let help = Word(en: "Keys", id: "Tombol")
    public static let keys = Word(en: "? help  q quit", id: "? bantuan  q keluar")
    public static let theme = Word(en: "theme", id: "tema")
    public static let catchingUp = Word(en: "Reading the log", id: "Membaca log")
    /// The first frame, drawn from the checkpoint's preview while the rest of it is read.
    public static let previewShown = Word(en: "Reading the log · shown as last saved", id: "Membaca log · tampilan tersimpan terakhir")
    public static let checklist = Word(en: "Checklist", id: "Daftar periksa")
    public static let nextStep = Word(en: "NEXT", id: "BERIKUTNYA")
    public static let noChecklist = Word(en: "No checklist for this operation: c starts one", id: "Belum ada daftar periksa: c untuk memulai")
    public static let startChecklistHint = Word(en: "c: start the checklist", id: "c: mulai daftar periksa")
    /// Enter on an empty reason (a void, a skip, an action dropped): the one word for it.
    public static let reasonNeeded = Word(en: "A reason is needed", id: "Alasan wajib diisi")
    public static let noTeams = Word(en: "No teams in this operation yet", id: "Belum ada tim dalam operasi ini")
    public static let readOnlyInput = Word(en: "Read-only terminal: input is off", id: "Terminal hanya baca: input dimatikan")
    public static let readOnlyBanner = Word(en: "READ-ONLY", id: "HANYA BACA")
    /// The status line while the mouse is not reported: a drag selects text.
    public static let mouseSelectsText = Word(en: "mouse: select text", id: "tetikus: pilih teks")
    public static let checklistExists = Word(en: "This operation already has a checklist", id: "Operasi ini sudah punya daftar periksa")
    public static let noTemplate = Word(en: "No operation template in the templates directory", id: "Tidak ada templat operasi")
    public static let alreadyClosed = Word(en: "The operation is closed", id: "Operasi sudah ditutup")
    public static let notePrompt = Word(en: "Note", id: "Catatan")
    public static let skipPrompt = Word(en: "Reason to skip", id: "Alasan dilewati")
    public static let teamPrompt = Word(
        en: "Team status (↑↓ team, ←→ status, Enter saves, e corrects the team, v voids its latest record, Esc cancels)",
        id: "Status tim (↑↓ tim, ←→ status, Enter simpan, e koreksi tim, v batalkan catatan terakhir tim, Esc batal)")
    public static let appendFailed = Word(en: "Not saved", id: "Tidak tersimpan")
    public static let savedUnconfirmed = Word(
        en: "Saved, but the disk did not confirm it (do not retry)",
        id: "Tersimpan, tetapi disk belum memastikannya (jangan diulang)")
    public static let retryHint = Word(en: "r retries", id: "r untuk coba lagi")
    public static let writingTo = Word(en: "writing to", id: "menulis ke")
    public static let syncConflict = Word(en: "sync conflict", id: "konflik sinkron")
    public static let files = Word(en: "files", id: "berkas")
    public static let oneFile = Word(en: "file", id: "berkas")
    public static let today = Word(en: "today", id: "hari ini")
    public static let reportWritten = Word(en: "Report written", id: "Laporan ditulis")
    public static let reportReplaced = Word(en: "Report replaced", id: "Laporan diganti")
    public static let nothingToReport = Word(en: "Nothing selected to report on", id: "Tidak ada yang dipilih untuk dilaporkan")
    public static let silent = Word(en: "silent", id: "senyap")
    public static let stale = Word(en: "STALE", id: "TERPUTUS")
    public static let neverHeard = Word(en: "not heard from yet", id: "belum ada kabar")
    public static let alerts = Word(en: "Alerts", id: "Peringatan")
    public static let noAlerts = Word(en: "No alerts", id: "Tidak ada peringatan")
    public static let acknowledgedBy = Word(en: "acknowledged by", id: "diakui oleh")
    public static let ackPrompt = Word(
        en: "Acknowledge: note (optional) · Enter saves · Esc cancels",
        id: "Akui: catatan (opsional) · Enter simpan · Esc batal")
    public static let moreAlerts = Word(en: "more · a: list", id: "lagi · a: daftar")

    public static let vessel = Word(en: "vessel", id: "kapal")
    public static let have = Word(en: "have", id: "ada")
    public static let need = Word(en: "need", id: "perlu")
    /// Duration units, written straight after the number: `3h 05m` / `3 j 05 mnt`.
    public static let dayUnit = Word(en: "d", id: " hr")
    public static let hourUnit = Word(en: "h", id: " j")
    public static let minuteUnit = Word(en: "m", id: " mnt")

    // A file's integrity chain in the status line (docs/event-format.md, "Integrity").
    public static let chainSealed = Word(en: "sealed", id: "tersegel")
    public static let chainChecking = Word(en: "checking chain", id: "memeriksa rantai")
    public static func chainNotCovered(_ lines: Int) -> Word {
        Word(en: "\(lines) line\(lines == 1 ? "" : "s") not covered yet", id: "\(lines) baris belum tercakup")
    }
    /// The same where the line is narrow (80 columns).
    public static func chainNotCoveredShort(_ lines: Int) -> Word {
        Word(en: "\(lines) not covered", id: "\(lines) belum tercakup")
    }
    public static func chainBroken(at place: String) -> Word {
        Word(en: "chain broken at \(place)", id: "rantai putus di \(place)")
    }

    // The demo's caption once the scenario is played (its keys come from the key table).
    public static let demoFinished = Word(en: "Finished · r replays · q quits", id: "Selesai · r ulangi · q keluar")
}
