/// The command line's help for each argument, option and flag (`--help`), shared where two
/// commands take the same one.
extension Word {
    // Sources, shared by the folding commands.
    public static let optionSources = Word(en: "Event files, directories or - for standard input.", id: "Berkas peristiwa, folder atau - untuk masukan standar.")
    public static let optionSourcesDefaulted = Word(en: "Event files, directories or - for standard input (default: sample-data).", id: "Berkas peristiwa, folder atau - untuk masukan standar (bawaan: sample-data).")
    public static let optionReportSources = Word(en: "Event files, directories or - (default: sample-data).", id: "Berkas peristiwa, folder atau - (bawaan: sample-data).")
    public static let optionRecursive = Word(en: "Directory sources take in their subfolders too (a headquarters' tree of posts).", id: "Sumber folder ikut membaca subfoldernya (pohon pos di kantor pusat).")
    public static let optionRecursiveShort = Word(en: "Directory sources take in their subfolders too.", id: "Sumber folder ikut membaca subfoldernya.")
    public static let optionNoCheckpointShared = Word(en: "Read every source from its start, not from the checkpoint the dashboard keeps (docs/checkpoints.md).", id: "Baca setiap sumber dari awal, bukan dari titik simpan yang dijaga dasbor (docs/checkpoints.md).")
    public static let optionNoCheckpoint = Word(en: "Read every source from its start, not from the dashboard's checkpoint (docs/checkpoints.md).", id: "Baca setiap sumber dari awal, bukan dari titik simpan dasbor (docs/checkpoints.md).")
    public static let optionPostsZones = Word(en: "The posts file: each post's zone (default: sample-data/posts.toml when present).", id: "Berkas pos: zona waktu setiap pos (bawaan: sample-data/posts.toml bila ada).")
    public static let optionPostsReport = Word(en: "The posts file (each post's zone; default: sample-data/posts.toml when present).", id: "Berkas pos (zona waktu setiap pos; bawaan: sample-data/posts.toml bila ada).")
    public static let optionPostsRun = Word(en: "The posts file: names, provinces and zones (default: sample-data/posts.toml when present).", id: "Berkas pos: nama, provinsi dan zona waktu (bawaan: sample-data/posts.toml bila ada).")
    public static let optionPost = Word(en: "The border post id, e.g. nunukan.", id: "Id pos lintas batas, mis. nunukan.")
    public static let optionJSONScripts = Word(en: "Print JSON for scripts.", id: "Cetak JSON untuk skrip.")

    // Languages.
    public static let optionLanguage = Word(en: "Language: id (Bahasa Indonesia) or en.", id: "Bahasa: id (Bahasa Indonesia) atau en.")
    public static let optionLanguageReport = Word(en: "Language: id (default) or en.", id: "Bahasa: id (bawaan) atau en.")
    public static let optionLanguageTable = Word(en: "Language of the table: id or en.", id: "Bahasa tabel: id atau en.")
    public static let optionLanguageDemo = Word(en: "Language of the captions and the screen: id or en.", id: "Bahasa keterangan dan layar: id atau en.")

    // Alerts.
    public static let optionWarnDeparture = Word(en: "Warn this many minutes before a voyage departs with unchecked passengers (0-525600).", id: "Peringatkan sekian menit sebelum pelayaran berangkat dengan penumpang belum diperiksa (0-525600).")
    public static let optionStale = Word(en: "Minutes of silence after which a post is stale (1-525600; off unless given).", id: "Menit tanpa kabar sebelum pos dianggap basi (1-525600; mati bila tidak diberikan).")
    public static let optionNotify = Word(
        en: "Run the settings' notify_command once for each new critical alert instead of printing the list (the systemd timer's way).",
        id: "Jalankan notify_command dari pengaturan sekali untuk tiap peringatan kritis baru, bukan mencetak daftar (cara timer systemd).")
    public static let optionNotified = Word(
        en: "The file that remembers which alerts were notified (default: /var/lib/borderdesk/notified-alerts.json).",
        id: "Berkas yang mengingat peringatan mana yang sudah diberitahukan (bawaan: /var/lib/borderdesk/notified-alerts.json).")
    public static let optionAt = Word(en: "The instant to judge at, RFC 3339 (default: now).", id: "Saat penilaian, RFC 3339 (bawaan: sekarang).")

    // The dashboard.
    public static let optionTheme = Word(en: "Theme name (from --themes-dir) or path to a .toml file.", id: "Nama tema (dari --themes-dir) atau jalur ke berkas .toml.")
    public static let optionThemesDir = Word(en: "Directory of theme files.", id: "Folder berkas tema.")
    public static let optionASCII = Word(en: "ASCII box drawing and marks (also when the locale is not UTF-8).", id: "Garis kotak dan tanda ASCII (juga bila lokal bukan UTF-8).")
    public static let optionNoColor = Word(en: "No colours (also when NO_COLOR is set).", id: "Tanpa warna (juga bila NO_COLOR diisi).")
    public static let optionPoll = Word(en: "Poll files with stat every 500 ms instead of inotify (network mounts).", id: "Periksa berkas dengan stat setiap 500 ms, bukan inotify (kandar jaringan).")
    public static let optionOperator = Word(en: "Who this terminal writes as (the events' `by`; default: the login name).", id: "Atas nama siapa terminal ini menulis (`by` peristiwa; bawaan: nama login).")
    public static let optionWrite = Word(en: "The file this terminal appends to (default: the first file source, or operator-HOST.jsonl in the first directory source).", id: "Berkas tempat terminal ini menambah (bawaan: sumber berkas pertama, atau operator-HOST.jsonl di sumber folder pertama).")
    public static let optionReadOnly = Word(en: "Turn input off: show, never write.", id: "Matikan masukan: hanya tampil, tidak pernah menulis.")
    public static let optionTemplatesTOML = Word(en: "Directory of checklist templates (TOML).", id: "Folder templat daftar periksa (TOML).")
    public static let optionZone = Word(en: "The viewer's zone for the clock: WIB, WITA, WIT or an offset such as +08:00 (each post's times show in its own zone).", id: "Zona waktu jam penonton: WIB, WITA, WIT atau selisih seperti +08:00 (waktu setiap pos tampil dalam zonanya sendiri).")
    public static let optionAppendZone = Word(en: "The zone of times typed without an offset (17.00, 3/12 17.00): WIB, WITA or WIT (default: the post's in the posts file, else WITA).", id: "Zona waktu untuk jam yang diketik tanpa selisih (17.00, 3/12 17.00): WIB, WITA atau WIT (bawaan: zona pos di berkas pos, selain itu WITA).")
    public static let optionAllRows = Word(en: "Start with every row listed, not only what is open and today's (h switches).",
                                           id: "Mulai dengan semua baris, bukan hanya yang terbuka dan hari ini (h mengganti).")
    public static let optionBell = Word(en: "Ring the terminal bell once for each new critical alert.", id: "Bunyikan bel terminal sekali untuk setiap peringatan kritis baru.")

    // The demo.
    public static let optionScenario = Word(en: "The scenario (see --list).", id: "Skenario (lihat --list).")
    public static let optionSpeed = Word(en: "Scenario minutes per real minute (1-3600, e.g. 60), or max.", id: "Menit skenario per menit nyata (1-3600, mis. 60), atau max.")
    public static let optionList = Word(en: "Name the scenarios and stop.", id: "Sebutkan skenario lalu berhenti.")
    public static let optionScenarios = Word(en: "Directory of scenarios (*.jsonl with a .captions.toml beside).", id: "Folder skenario (*.jsonl dengan .captions.toml di sebelahnya).")
    public static let optionDemoOut = Word(en: "Keep the replayed events in this directory (default: a new temporary one).", id: "Simpan peristiwa yang diputar di folder ini (bawaan: folder sementara baru).")

    // Summary.
    public static let optionSummaryJSON = Word(en: "Print the headless summary as JSON (docs/event-format.md).", id: "Cetak ringkasan tanpa layar sebagai JSON (docs/event-format.md).")
    public static let optionStrictDecoder = Word(en: "Decode with the strict full-JSON path only (slower; the fast path's reference).", id: "Urai hanya dengan jalur JSON ketat penuh (lebih lambat; acuan jalur cepat).")
    public static let optionSingleThread = Word(en: "Read, decode and fold on one thread (the reference for the two-thread pipeline).", id: "Baca, urai dan lipat di satu utas (acuan untuk pipa dua utas).")

    // Verify.
    public static let optionAnchor = Word(en: "[FILE:]LINE:HASH from a report (repeatable).", id: "[BERKAS:]BARIS:HASH dari laporan (boleh berulang).")

    // Reports.
    public static let optionFormat = Word(en: "text, md or html.", id: "text, md atau html.")
    public static let optionOutput = Word(en: "Write to this file instead of standard output (- for standard output); only a regular file is replaced.", id: "Tulis ke berkas ini, bukan keluaran standar (- untuk keluaran standar); hanya berkas biasa yang diganti.")
    public static let optionOperationID = Word(en: "The operation id.", id: "Id operasi.")
    public static let optionMeetingID = Word(en: "The meeting id.", id: "Id rapat.")
    public static let optionFrom = Word(en: "First day, YYYY-MM-DD.", id: "Hari pertama, TTTT-BB-HH.")
    public static let optionTo = Word(en: "Last day, YYYY-MM-DD.", id: "Hari terakhir, TTTT-BB-HH.")
    public static let optionDeskPost = Word(en: "Only this post's figures, seizures and corrections (default: every post in the log).",
                                            id: "Hanya angka, penindakan dan koreksi pos ini (bawaan: semua pos dalam log).")
    public static let optionByAgency = Word(en: "Add a breakdown by contributing agency (--by agency).", id: "Tambahkan rincian per instansi penyumbang (--by agency).")

    // Append.
    public static let optionAppendFile = Word(en: "The event file to append to (created with mode 0640 if missing).", id: "Berkas peristiwa yang ditambah (dibuat dengan mode 0640 bila belum ada).")
    public static let optionType = Word(en: "The event type, e.g. passenger.checked.", id: "Jenis peristiwa, mis. passenger.checked.")
    public static let optionBy = Word(en: "Who records it: officer, operator or device id.", id: "Siapa yang mencatat: id petugas, operator atau perangkat.")
    public static let optionExercise = Word(en: "Mark the event as exercise (drill or demo) data.", id: "Tandai peristiwa sebagai data latihan (gladi atau demo).")
    public static let optionField = Word(en: "key=value or key:=JSON (repeatable).", id: "kunci=nilai atau kunci:=JSON (boleh berulang).")
    public static let optionAppendJSON = Word(en: "Read one event object from standard input instead of --type/--field.", id: "Baca satu objek peristiwa dari masukan standar, bukan --type/--field.")
    public static let optionForce = Word(en: "Append even a reference to a voyage, operation, meeting, checklist or action the file does not open, or an action.assigned that moves an action to another meeting.", id: "Tetap tambahkan rujukan ke pelayaran, operasi, rapat, daftar periksa atau tindak lanjut yang tidak dibuka di berkas, atau action.assigned yang memindahkan tindak lanjut ke rapat lain.")
    public static let optionKnown = Word(en: "Other event files or folders whose voyages, operations, meetings, checklists, actions and voids count when checking references (default: the settings' sources); the written file always counts.", id: "Berkas atau folder peristiwa lain yang pelayaran, operasi, rapat, daftar periksa, tindak lanjut dan pembatalannya dihitung saat memeriksa rujukan (bawaan: sources di pengaturan); berkas yang ditulis selalu dihitung.")
    public static let optionJSONLines = Word(en: "Read events from standard input, one object a line; all are checked before any is written.", id: "Baca peristiwa dari masukan standar, satu objek per baris; semua diperiksa sebelum ada yang ditulis.")

    // Checklists.
    public static let optionTemplate = Word(en: "A template name (in --templates) or a path to a .toml file.", id: "Nama templat (di --templates) atau jalur ke berkas .toml.")
    public static let optionChecklistOperation = Word(en: "The operation the checklist belongs to.", id: "Operasi pemilik daftar periksa.")
    public static let optionChecklistFile = Word(en: "The event file to append to.", id: "Berkas peristiwa yang ditambah.")
    public static let optionChecklistBy = Word(en: "Who starts it (default: the login name).", id: "Siapa yang memulai (bawaan: nama login).")
    public static let optionChecklistID = Word(en: "The checklist id (default: cl-OP).", id: "Id daftar periksa (bawaan: cl-OP).")
    public static let optionTemplates = Word(en: "Directory of checklist templates.", id: "Folder templat daftar periksa.")

    // Generate.
    public static let optionEvents = Word(en: "How many events (0-1000000000).", id: "Jumlah peristiwa (0-1000000000).")
    public static let optionSeed = Word(en: "Seed for the random generator.", id: "Benih pembangkit acak.")
    public static let optionGeneratePosts = Word(en: "How many border posts (1-50).", id: "Jumlah pos lintas batas (1-50).")
    public static let optionGenerateEnd = Word(
        en: "The history's last day (YYYY-MM-DD): it starts as many days before as the events take. Without it, it starts on 2024-11-01.",
        id: "Hari terakhir riwayat (YYYY-MM-DD): riwayat dimulai sebanyak hari sebelumnya yang dibutuhkan peristiwa. Tanpa ini, dimulai 2024-11-01.")
    public static let optionGenerateOut = Word(en: "The file to write (must not exist), or -.", id: "Berkas yang ditulis (belum boleh ada), atau -.")
}
