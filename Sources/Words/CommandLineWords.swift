/// What the command line says on standard error (`borderdesk: …`: an append's refusal, a file
/// that cannot be read, a bad option value), in both languages. The code below says it in
/// English, as the tests and the logs keep it; the edge (`reportingErrors`) says it in the
/// officer's language through this table, the same way bad-line reasons are said
/// (`LineProblemWords`): each English sentence with `%` for what varies, beside its Indonesian;
/// what a `%` holds is looked up again (a decoder's reason, the C library's `No such file or
/// directory`), a quoted value stays as written. Most specific first.
extension Word {
    public static func commandLine(_ message: String) -> Word {
        Word(en: message, id: LineProblemPhrases.indonesian(message, using: CommandLinePhrases.table))
    }

    /// Every phrase of the table (for the test that each has its Indonesian).
    public static var commandLinePhrases: [Word] { CommandLinePhrases.own }

    /// Before each alert `alerts --notify` told (`terkirim: LINE`). The line is already in the
    /// language, so it is put after the word, not looked up as a phrase.
    public static let notified = Word(en: "notified", id: "terkirim")

    /// `alerts --notify`'s `notify_command` exited non-zero for this alert (id already escaped).
    public static func notifyCommandFailed(status: Int32, alert: String) -> Word {
        Word(en: "notify_command exited \(status) for \(alert); told again next run",
             id: "notify_command keluar dengan status \(status) untuk \(alert); dikirim lagi pada jalan berikutnya")
    }
}

enum CommandLinePhrases {
    static let table: [Word] = own + systemErrors + LineProblemPhrases.table + joins

    /// The C library's reasons (`strerror`) the app meets, as the status line says them
    /// (`SystemErrorWords`).
    static let systemErrors: [Word] = Word.systemErrorCodes.compactMap(Word.systemErrorReason)

    /// Last, after every whole sentence: a place and what is wrong there, each side looked up.
    static let joins: [Word] = [
        Word(en: "% line %", id: "% baris %"),
        Word(en: "%: %", id: "%: %"),
    ]

    static let own: [Word] = [
        // An append that wrote nothing (`AppendRefusal`), and why.
        Word(en: "not appended: %", id: "tidak ditambahkan: %"),
        Word(en: "%: % is not opened in % (no %) (did you mean %?); --force appends it anyway",
             id: "%: % belum dibuka di % (tidak ada %) (maksudnya %?); --force tetap menambahkannya"),
        Word(en: "% is not opened in % (no %) (did you mean %?); --force appends it anyway",
             id: "% belum dibuka di % (tidak ada %) (maksudnya %?); --force tetap menambahkannya"),
        Word(en: "%: % is not opened in % (no %); --force appends it anyway", id: "%: % belum dibuka di % (tidak ada %); --force tetap menambahkannya"),
        Word(en: "% is not opened in % (no %); --force appends it anyway", id: "% belum dibuka di % (tidak ada %); --force tetap menambahkannya"),
        Word(en: "%: % was voided (% % by event.voided %); --force appends it anyway",
             id: "%: % sudah dibatalkan (% % oleh event.voided %); --force tetap menambahkannya"),
        Word(en: "% was voided (% % by event.voided %); --force appends it anyway", id: "% sudah dibatalkan (% % oleh event.voided %); --force tetap menambahkannya"),
        Word(en: "%: target % is already voided (event.voided %)", id: "%: target % sudah dibatalkan (event.voided %)"),
        Word(en: "target % is already voided (event.voided %)", id: "target % sudah dibatalkan (event.voided %)"),
        Word(en: "%: target % is an event.voided: a void cannot be voided (it would have no effect); append the voided event again with a new id to restore it",
             id: "%: target % adalah event.voided: pembatalan tidak dapat dibatalkan (tidak berpengaruh); tambahkan lagi kejadian yang dibatalkan dengan id baru untuk memulihkannya"),
        Word(en: "target % is an event.voided: a void cannot be voided (it would have no effect); append the voided event again with a new id to restore it",
             id: "target % adalah event.voided: pembatalan tidak dapat dibatalkan (tidak berpengaruh); tambahkan lagi kejadian yang dibatalkan dengan id baru untuk memulihkannya"),
        Word(en: "--known: standard input (-) cannot be a known source; name files or folders",
             id: "--known: masukan standar (-) tidak dapat menjadi sumber yang dikenal; sebutkan berkas atau folder"),
        Word(en: "%: id % is also on %", id: "%: id % juga ada di %"),
        Word(en: "%: id % is already in % at line %", id: "%: id % sudah ada di % baris %"),
        Word(en: "id % is already in % at line %", id: "id % sudah ada di % baris %"),
        Word(en: "%: action % belongs to meeting % (%); --force moves it", id: "%: tindak lanjut % milik rapat % (%); --force memindahkannya"),
        Word(en: "action % belongs to meeting % (%); --force moves it", id: "tindak lanjut % milik rapat % (%); --force memindahkannya"),
        Word(en: "--field %: expected key=value or key:=JSON", id: "--field %: seharusnya kunci=nilai atau kunci:=JSON"),
        Word(en: "--field %:= is not JSON: %", id: "--field %:= bukan JSON: %"),
        Word(en: "--field %: empty key", id: "--field %: kunci kosong"),
        Word(en: "field %: expected an integer ≥ 0, got %", id: "kolom %: seharusnya bilangan bulat ≥ 0, ternyata %"),
        Word(en: "field %: % is not in the list; accepted: %", id: "kolom %: % tidak ada dalam daftar; yang diterima: %"),
        Word(en: "field %: %: %", id: "kolom %: %: %"),
        Word(en: "standard input is more than % bytes, the most an event may be (1 MiB)",
             id: "masukan standar lebih dari % bita, batas satu kejadian (1 MiB)"),
        Word(en: "% is longer than % bytes, the most an event may be (1 MiB)", id: "% lebih dari % bita, batas satu kejadian (1 MiB)"),
        Word(en: "% is not UTF-8: %", id: "% bukan UTF-8: %"),
        Word(en: "invalid byte % at byte % of the file", id: "bita % tidak sah pada bita ke-% dalam berkas"),
        Word(en: "invalid byte % at byte %", id: "bita % tidak sah pada bita ke-%"),
        Word(en: "not UTF-8 text", id: "bukan teks UTF-8"),
        Word(en: "% is not one JSON object: % at byte %", id: "% bukan satu objek JSON: % pada bita ke-%"),
        Word(en: "% is not one JSON object", id: "% bukan satu objek JSON"),
        Word(en: "no event type (use --type, e.g. --type passenger.checked)", id: "tidak ada jenis kejadian (pakai --type, mis. --type passenger.checked)"),
        Word(en: "no border post (use --post, e.g. --post nunukan)", id: "tidak ada pos perbatasan (pakai --post, mis. --post nunukan)"),
        Word(en: "the event is % bytes; with the % bytes of its prev it would pass the %-byte line limit (at most % bytes)",
             id: "kejadian ini % bita; dengan % bita prev-nya akan melewati batas baris % bita (paling banyak % bita)"),
        Word(en: "unknown type % (known: %)", id: "jenis % tidak dikenal (yang dikenal: %)"),
        Word(en: "empty event", id: "kejadian kosong"),
        Word(en: "--post: which post (or `post` in %)", id: "--post: pos mana (atau `post` di %)"),
        // Where the input came from.
        Word(en: "standard input line %", id: "masukan standar baris %"),
        Word(en: "standard input", id: "masukan standar"),
        Word(en: "the command line", id: "baris perintah"),
        Word(en: "the event", id: "kejadian itu"),
        // Files (`FileFailure`, `RegularFile.Refusal`, `EventAppender.Failure`).
        Word(en: "cannot read it to find the running hash the new line carries: %", id: "tidak dapat membacanya untuk mencari hash berjalan baris baru: %"),
        Word(en: "cannot read it to find the running hash the new line carries", id: "tidak dapat membacanya untuk mencari hash berjalan baris baru"),
        Word(en: "cannot read %: %", id: "tidak dapat membaca %: %"),
        Word(en: "cannot read %", id: "tidak dapat membaca %"),
        Word(en: "cannot write checkpoint %: %", id: "tidak dapat menulis titik simpan %: %"),
        Word(en: "cannot write %: %", id: "tidak dapat menulis %: %"),
        Word(en: "cannot create a new demo file in %: % all exist", id: "tidak dapat membuat berkas demo baru di %: % sudah ada semua"),
        Word(en: "cannot create a temporary directory", id: "tidak dapat membuat direktori sementara"),
        Word(en: "cannot create a pipe: %", id: "tidak dapat membuat pipa: %"),
        Word(en: "cannot create %: %", id: "tidak dapat membuat %: %"),
        Word(en: "cannot lock: %", id: "tidak dapat mengunci: %"),
        Word(en: "another writer held the lock for more than % s", id: "penulis lain memegang kunci lebih dari % dtk"),
        Word(en: "line % of the batch holds a line break; nothing was appended", id: "baris % dari kumpulan memuat pindah baris; tidak ada yang ditambahkan"),
        Word(en: "%: its last line had no newline (a torn write); ended it before appending",
             id: "%: baris terakhirnya tanpa akhir baris (tulisan terputus); diakhiri dulu sebelum menambahkan"),
        Word(en: "%: appended, but the disk did not confirm it (%); do not append it again",
             id: "%: ditambahkan, tetapi disk tidak mengonfirmasi (%); jangan tambahkan lagi"),
        Word(en: "%: last line has no newline yet (% bytes); not read until it is complete",
             id: "%: baris terakhir belum berakhir (% bita); tidak dibaca sampai lengkap"),
        Word(en: "%: another writer appended without taking the lock while this was written: the first new line's prev does not cover its bytes (verify will report that link)",
             id: "%: penulis lain menambahkan tanpa mengambil kunci saat ini ditulis: prev baris baru pertama tidak mencakup bita itu (verify akan melaporkan tautan itu)"),
        Word(en: "%: last line has no newline yet (% bytes); not counted until it is complete",
             id: "%: baris terakhir belum berakhir (% bita); tidak dihitung sampai lengkap"),
        Word(en: "is a symbolic link, not a regular file", id: "berupa tautan simbolik, bukan berkas biasa"),
        Word(en: "is %, not a regular file", id: "berupa %, bukan berkas biasa"),
        Word(en: "a named pipe (FIFO)", id: "pipa bernama (FIFO)"),
        Word(en: "a directory", id: "direktori"),
        Word(en: "a character device", id: "perangkat karakter"),
        Word(en: "a block device", id: "perangkat blok"),
        Word(en: "a socket", id: "soket"),
        Word(en: "a special file", id: "berkas khusus"),
        // Configuration files (`TextFile`, `PostsFile`, the catalogs).
        Word(en: "posts file %", id: "berkas pos %"),
        Word(en: "template", id: "templat"),
        Word(en: "cannot be read", id: "tidak dapat dibaca"),
        Word(en: "larger than 1 MiB, too large for a configuration file", id: "lebih dari 1 MiB, terlalu besar untuk berkas konfigurasi"),
        Word(en: "% is not WIB, WITA or WIT", id: "% bukan WIB, WITA atau WIT"),
        Word(en: "it is a FIFO, not a regular file; not replaced", id: "berupa FIFO, bukan berkas biasa; tidak diganti"),
        // Option values.
        Word(en: "--zone: WIB, WITA, WIT or an offset such as +08:00, got %", id: "--zone: WIB, WITA, WIT atau selisih seperti +08:00, ternyata %"),
        Word(en: "--at: expected an RFC 3339 date-time such as 2024-11-20T14:40:00+08:00, got %",
             id: "--at: seharusnya tanggal-waktu RFC 3339 seperti 2024-11-20T14:40:00+08:00, ternyata %"),
        Word(en: "--anchor %: expected [FILE:]LINE:HASH (HASH: 64 hex digits)", id: "--anchor %: seharusnya [BERKAS:]BARIS:HASH (HASH: 64 digit heksadesimal)"),
        Word(en: "%: % is out of range (%–% %)", id: "%: % di luar rentang (%–% %)"),
        Word(en: "%: % is not a whole number (%–% %)", id: "%: % bukan bilangan bulat (%–% %)"),
        Word(en: "--notify: no notify_command in %", id: "--notify: tidak ada notify_command di %"),
        Word(en: "--from: a date such as %", id: "--from: tanggal seperti %"),
        Word(en: "--to: a date such as %", id: "--to: tanggal seperti %"),
        Word(en: "--end: a date such as %", id: "--end: tanggal seperti %"),
        Word(en: "--end: at most %", id: "--end: paling lambat %"),
        Word(en: "--end: the events take % days, which would begin before the year 1",
             id: "--end: peristiwa memerlukan % hari, yang akan dimulai sebelum tahun 1"),
        Word(en: "--by: only agency", id: "--by: hanya agency"),
        Word(en: "minutes", id: "menit"),
        Word(en: "events", id: "kejadian"),
        Word(en: "posts", id: "pos"),
        Word(en: "seconds since 1970", id: "detik sejak 1970"),
        Word(en: "scenario minutes a minute", id: "menit skenario per menit"),
        Word(en: "--anchor %: with more than one file (or a directory, or -) say which: FILE:LINE:HASH",
             id: "--anchor %: dengan lebih dari satu berkas (atau direktori, atau -) sebutkan yang mana: BERKAS:BARIS:HASH"),
        // The demo and the terminal.
        Word(en: "no scenario % in % (borderdesk demo --list)", id: "tidak ada skenario % di % (borderdesk demo --list)"),
        Word(en: "demo events are in %", id: "kejadian demo ada di %"),
        Word(en: "no terminal (/dev/tty): %; for output without a terminal use `borderdesk summary`",
             id: "tidak ada terminal (/dev/tty): %; untuk keluaran tanpa terminal pakai `borderdesk summary`"),
        Word(en: "cannot start the terminal (TERM=%)", id: "tidak dapat memulai terminal (TERM=%)"),
    ]
}
