/// The command line's help: each command's one-line abstract and its discussion (`--help`).
extension Word {
    public static let commandBorderdesk = Word(
        en: "Border-post operations from append-only event files (JSON Lines).",
        id: "Operasi pos lintas batas dari berkas peristiwa yang hanya ditambah (JSON Lines).")
    public static let commandBorderdeskDiscussion = Word(
        en: "SOURCES are event files, directories (every *.jsonl in them) or - for standard input.\nEvent format: docs/event-format.md.",
        id: "SOURCES adalah berkas peristiwa, folder (setiap *.jsonl di dalamnya) atau - untuk masukan standar.\nFormat peristiwa: docs/event-format.md.")
    public static let commandRun = Word(
        en: "The live dashboard: follows the sources and updates its panes in place.",
        id: "Dasbor langsung: mengikuti sumber dan memperbarui panelnya di tempat.")
    public static let commandRunDiscussion = Word(
        en: "SOURCES are files, directories or - (standard input: `kcat -C -t border-events | borderdesk run -`).\nKeys: ? shows them all. q or Ctrl-C quits.",
        id: "SOURCES adalah berkas, folder atau - (masukan standar: `kcat -C -t border-events | borderdesk run -`).\nTombol: ? menampilkan semuanya. q atau Ctrl-C keluar.")
    public static let commandDemo = Word(
        en: "Replay a sample scenario into a fresh event file while the dashboard follows it.",
        id: "Putar ulang skenario contoh ke berkas peristiwa baru sementara dasbor mengikutinya.")
    public static let commandDemoDiscussion = Word(
        en: "Captions at the bottom explain each stage. Keys: Space pauses and resumes, n jumps to the\nnext stage, + and - change the speed, r restarts, q quits. Demo data is exercise data.",
        id: "Keterangan di bawah menjelaskan setiap tahap. Tombol: Spasi jeda dan lanjut, n ke tahap\nberikutnya, + dan - mengubah kecepatan, r mulai ulang, q keluar. Data demo adalah data latihan.")
    public static let commandSummary = Word(
        en: "Fold the sources and print the state: a table, or --json for scripts.",
        id: "Baca sumber dan cetak keadaannya: tabel, atau --json untuk skrip.")
    public static let commandCheck = Word(
        en: "Validate event files: every malformed line as FILE:LINE: reason.",
        id: "Periksa berkas peristiwa: setiap baris rusak sebagai BERKAS:BARIS: alasan.")
    public static let commandCheckDiscussion = Word(
        en: "Exit status: 0 when no line is malformed, 1 when any is, 2 when a source cannot be read.",
        id: "Status keluar: 0 bila tidak ada baris rusak, 1 bila ada, 2 bila sumber tidak dapat dibaca.")
    public static let commandVerify = Word(
        en: "Check the integrity chain of event files: every prev, and anchors from printed reports.",
        id: "Periksa rantai integritas berkas peristiwa: setiap prev, dan jangkar dari laporan cetak.")
    public static let commandVerifyDiscussion = Word(
        en: """
            Per file: the lines read, the lines that carry prev, the first broken link as
            FILE:LINE: reason, and how many lines at the end no link covers yet.
            --anchor LINE:HASH (or FILE:LINE:HASH when several files are read) checks that the
            running hash after line LINE is still HASH, as a printed report gives it.
            Exit status: 0 when every link and anchor holds, 1 when one does not, 2 when a
            source cannot be read.
            """,
        id: """
            Per berkas: baris yang dibaca, baris yang membawa prev, mata rantai putus pertama sebagai
            BERKAS:BARIS: alasan, dan berapa baris di akhir yang belum dicakup mata rantai.
            --anchor BARIS:HASH (atau BERKAS:BARIS:HASH bila beberapa berkas dibaca) memeriksa bahwa
            hash berjalan setelah baris BARIS masih HASH, seperti tercetak di laporan.
            Status keluar: 0 bila setiap mata rantai dan jangkar utuh, 1 bila ada yang tidak, 2 bila
            sumber tidak dapat dibaca.
            """)
    public static let commandAlerts = Word(
        en: "Print the alerts in force (exit 1 if an unacknowledged critical one is).",
        id: "Cetak peringatan yang berlaku (keluar 1 bila ada yang kritis dan belum diakui).")
    public static let commandAlertsDiscussion = Word(
        en: "With --at TIME the log is read as it stood then: events stamped later are left out,\nso every rule can be checked at any instant. Unreadable sources become alerts, not errors.",
        id: "Dengan --at WAKTU log dibaca seperti pada saat itu: peristiwa yang lebih lambat diabaikan,\nsehingga setiap aturan dapat diperiksa kapan pun. Sumber yang tak terbaca menjadi peringatan, bukan galat.")
    public static let commandReport = Word(
        en: "Write a report from the log: an operation, a Timpora meeting, or the desk's KPIs.",
        id: "Tulis laporan dari log: operasi, rapat Timpora, atau IKU meja pencegahan.")
    public static let commandReportDiscussion = Word(
        en: """
            Bahasa Indonesia by default (--lang en for English); text to the terminal by default,
            --format md or html (a self-contained printable A4 page) and -o FILE. The generation
            time honours SOURCE_DATE_EPOCH, so the same log gives a byte-identical report.
            """,
        id: """
            Bahasa Indonesia sebagai bawaan (--lang en untuk bahasa Inggris); teks ke terminal sebagai
            bawaan, --format md atau html (halaman A4 mandiri siap cetak) dan -o BERKAS. Waktu
            pembuatan mengikuti SOURCE_DATE_EPOCH, sehingga log yang sama memberi laporan yang sama persis.
            """)
    public static let commandReportOperation = Word(
        en: "Laporan hasil kegiatan of a joint operation.",
        id: "Laporan hasil kegiatan operasi gabungan.")
    public static let commandReportMeeting = Word(en: "Minutes of a Timpora meeting.", id: "Notulen rapat Timpora.")
    public static let commandReportDesk = Word(
        en: "The smuggling-prevention desk's KPIs and seizures for a date range.",
        id: "IKU dan penindakan meja pencegahan penyelundupan untuk rentang tanggal.")
    public static let commandAppend = Word(
        en: "Append one validated event to an event file (locked, one write, fsync).",
        id: "Tambahkan satu peristiwa yang sudah diperiksa ke berkas peristiwa (terkunci, sekali tulis, fsync).")
    public static let commandAppendDiscussion = Word(
        en: """
            --field key=value sets a field as officers write it: the screen's words in either
            language (result=lolos, metric=patroli, commodity=rokok), times in the post's zone
            (departs=17.00, 3/12 17.00, 03/12/2026 17.00), dates (due=10/12), counts
            (manifest=1.326), rupiah (value_idr=750 jt); the file gets the format's codes. A
            comma-separated list for agencies and attendees; --field key:=JSON sets any JSON
            value (steps, null, ...). id and ts are filled in when missing (ts: now, with the
            post's offset). Prints what it appended (type, id, file and line).
            Exit status 2, and nothing written, when the event is not valid or refers to a
            voyage, operation, meeting, checklist or action the file does not open (--force).
            """,
        id: """
            --field kunci=nilai mengisi satu kolom seperti petugas menulisnya: kata di layar dalam
            kedua bahasa (result=lolos, metric=patroli, commodity=rokok), jam dalam zona pos
            (departs=17.00, 3/12 17.00, 03/12/2026 17.00), tanggal (due=10/12), jumlah
            (manifest=1.326), rupiah (value_idr=750 jt); berkas menyimpan kode format. Daftar
            berpisah koma untuk agencies dan attendees; --field kunci:=JSON mengisi nilai JSON
            apa pun (steps, null, ...). id dan ts diisi bila tidak ada (ts: sekarang, dengan
            selisih waktu pos). Mencetak apa yang ditambahkan (jenis, id, berkas dan baris).
            Status keluar 2, dan tidak ada yang ditulis, bila peristiwa tidak sah atau merujuk
            pelayaran, operasi, rapat, daftar periksa atau tindak lanjut yang tidak dibuka di
            berkas (--force).
            """)
    public static let commandChecklist = Word(
        en: "Checklists from templates (sample-data/checklists/*.toml).",
        id: "Daftar periksa dari templat (sample-data/checklists/*.toml).")
    public static let commandChecklistStart = Word(
        en: "Start a checklist for an operation: appends checklist.started with the template's steps.",
        id: "Mulai daftar periksa untuk operasi: menambahkan checklist.started dengan langkah templat.")
    public static let commandGenerate = Word(
        en: "Write a valid random event stream of realistic shape (load tests, benchmarks).",
        id: "Tulis aliran peristiwa acak yang sah dan berbentuk realistis (uji beban, tolok ukur).")
    public static let commandGenerateDiscussion = Word(
        en: "The same --seed gives the same file. OUT - writes to standard output.",
        id: "--seed yang sama memberi berkas yang sama. OUT - menulis ke keluaran standar.")
    public static let commandConfig = Word(
        en: "Print the settings in force and where each came from (a settings file's line, or the default).",
        id: "Cetak pengaturan yang berlaku dan asal masing-masing (baris berkas pengaturan, atau bawaan).")
    public static let commandConfigDiscussion = Word(
        en: "The machine's file is /etc/borderdesk/config.toml (or $BORDERDESK_SYSTEM_CONFIG), the person's\n$XDG_CONFIG_HOME/borderdesk/config.toml (or ~/.config/borderdesk/config.toml); options on the\ncommand line win over both. See docs/configuration.md.",
        id: "Berkas mesin adalah /etc/borderdesk/config.toml (atau $BORDERDESK_SYSTEM_CONFIG), berkas pribadi\n$XDG_CONFIG_HOME/borderdesk/config.toml (atau ~/.config/borderdesk/config.toml); opsi di baris\nperintah mengalahkan keduanya. Lihat docs/configuration.md.")
}
