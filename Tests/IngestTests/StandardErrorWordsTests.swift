#if canImport(Glibc)
import Glibc
#endif
import EventLog
import Ingest
import Testing
import Words

/// What the command line says that a library produced as a value (an argument's bytes, a file
/// not followed, a checkpoint not used, `verify`'s findings): each said whole in Indonesian and
/// in English, from the value, not by looking up an English sentence.
@Suite struct StandardErrorWordsTests {
    @Test func anArgumentThatIsNotUTF8() {
        let program = Array("borderdesk".utf8)
        func said(_ arguments: [[UInt8]]) -> Word? {
            ArgumentBytes.firstInvalidUTF8([program] + arguments).map {
                .argumentNotUTF8(index: $0.index, option: $0.option, isSeparateValue: $0.isSeparateValue, byte: $0.byte, offset: $0.offset)
            }
        }
        #expect(said([Array("--zone".utf8), [0x57, 0xFF]]) == Word(
            en: "argument 2 (the value of --zone) is not UTF-8: invalid byte 0xFF at byte 2",
            id: "argumen 2 (nilai --zone) bukan UTF-8: bita 0xFF tidak sah pada bita ke-2"))
        #expect(said([Array("--field=a".utf8) + [0xC3]]) == Word(
            en: "argument 1 (--field) is not UTF-8: invalid byte 0xC3 at byte 10",
            id: "argumen 1 (--field) bukan UTF-8: bita 0xC3 tidak sah pada bita ke-10"))
        #expect(said([[0xFE]]) == Word(en: "argument 1 is not UTF-8: invalid byte 0xFE at byte 1",
                                       id: "argumen 1 bukan UTF-8: bita 0xFE tidak sah pada bita ke-1"))
    }

    /// The status line's `galat: …` for a source that cannot be read, from the C library's code:
    /// each error the app meets in both languages, one not in the table as `galat N`.
    @Test func aSourceThatCannotBeRead() {
        let met: [(Int32, String, String)] = [
            (EACCES, "Permission denied", "izin ditolak"), (ENOENT, "No such file or directory", "berkas atau direktori tidak ada"),
            (EISDIR, "Is a directory", "berupa direktori"), (ENOSPC, "No space left on device", "ruang perangkat habis"),
            (EROFS, "Read-only file system", "sistem berkas hanya-baca"), (EMFILE, "Too many open files", "terlalu banyak berkas terbuka"),
            (EIO, "Input/output error", "galat masukan/keluaran"), (ESTALE, "Stale file handle", "pegangan berkas kedaluwarsa (NFS)"),
        ]
        for (code, en, id) in met {
            #expect(SourceFailure.system(code).word == Word(en: en, id: id))
            #expect(SourceFailure.system(code).statusWord == Word(en: "error: \(en)", id: "galat: \(id)"))
            // The English is the C library's own, so a log and the screen agree.
            #expect(SourceFailure.system(code).description == en)
        }
        #expect(SourceFailure.system(4242).statusWord == Word(en: "error 4242", id: "galat 4242"))
        #expect(SourceFailure.notRegular(.fifo).statusWord == Word(en: "error: is a named pipe (FIFO), not a regular file",
                                                                  id: "galat: berupa pipa bernama (FIFO), bukan berkas biasa"))
    }

    @Test func aFileNotFollowed() {
        #expect(Word.sourceNotFollowed(path: "hq/up", reason: NotFollowedReason.linkOutside(target: "/etc", folder: "hq").word) == Word(
            en: "hq/up: not followed: a link to /etc, outside hq", id: "hq/up: tidak diikuti: tautan ke /etc, di luar hq"))
        let kinds: [(FileKind, String, String)] = [
            (.fifo, "a named pipe (FIFO)", "pipa bernama (FIFO)"), (.directory, "a directory", "direktori"),
            (.characterDevice, "a character device", "perangkat karakter"), (.blockDevice, "a block device", "perangkat blok"),
            (.socket, "a socket", "soket"), (.special, "a special file", "berkas khusus"),
        ]
        for (kind, en, id) in kinds {
            #expect(NotFollowedReason.notRegular(kind).word == Word(en: "is \(en), not a regular file", id: "berupa \(id), bukan berkas biasa"))
            #expect(kind.english == en, "EventLog's own refusals say the same kind")
        }
    }

    @Test func aCheckpointNotUsed() {
        let cases: [(CheckpointStore.Refusal, String, String)] = [
            (.damaged("seal does not match"), "damaged", "rusak"),
            (.unreadable("Permission denied"), "cannot be read (Permission denied)", "tidak dapat dibaca (izin ditolak)"),
            (.otherVersion("x"), "made by another version", "dibuat versi lain"),
            (.sources(.otherSources), "made for other sources", "dibuat untuk sumber lain"),
            (.sources(.unreadable(path: "a.jsonl", reason: "No such file or directory")),
             "a.jsonl: cannot be read (No such file or directory)", "a.jsonl: tidak dapat dibaca (berkas atau direktori tidak ada)"),
            (.sources(.shorter(path: "a.jsonl")), "a.jsonl: file is shorter than it was", "a.jsonl: berkas lebih pendek dari sebelumnya"),
            (.sources(.changed(path: "a.jsonl")), "a.jsonl: file was replaced or changed", "a.jsonl: berkas diganti atau diubah"),
            (.replacedWhileRead, "replaced while it was read", "diganti saat sedang dibaca"),
        ]
        for (refusal, en, id) in cases {
            #expect(refusal.word == Word(en: "Checkpoint not used: \(en); reading everything", id: "Titik simpan tidak dipakai: \(id); membaca semuanya"))
        }
    }

    @Test func verifysFindings() {
        let cases: [(ChainFinding, String, String)] = [
            (.file(path: "f", lines: 2, links: 0, lastLink: 0, uncovered: 2), "f: 2 lines, none carries prev; no link covers any line",
             "f: 2 baris, tidak ada yang memuat prev; tidak ada baris yang dicakup tautan"),
            (.file(path: "f", lines: 1, links: 1, lastLink: 1, uncovered: 1), "f: 1 line, 1 carry prev; 1 line at the end not covered by a link (line 1, the last link)",
             "f: 1 baris, 1 memuat prev; 1 baris di akhir belum dicakup tautan (baris 1, tautan terakhir)"),
            (.file(path: "f", lines: 9, links: 4, lastLink: 7, uncovered: 3), "f: 9 lines, 4 carry prev; 3 lines at the end not covered by a link (lines 7-9, from the last link)",
             "f: 9 baris, 4 memuat prev; 3 baris di akhir belum dicakup tautan (baris 7-9, dari tautan terakhir)"),
            (.file(path: "e", lines: 0, links: 0, lastLink: 0, uncovered: 0), "e: 0 lines, none carries prev; nothing to cover",
             "e: 0 baris, tidak ada yang memuat prev; tidak ada yang perlu dicakup"),
            (.broken(path: "f", line: 3, reason: .twice), "f:3: prev appears twice", "f:3: prev muncul dua kali"),
            (.broken(path: "f", line: 3, reason: .notHex), "f:3: prev is not 64 lower-case hex digits", "f:3: prev bukan 64 digit heksadesimal huruf kecil"),
            (.broken(path: "f", line: 3, reason: .mismatch(suspectsFrom: 2)),
             "f:3: prev does not match the running hash: line 2 or this prev changed, or lines were added or removed there",
             "f:3: prev tidak cocok dengan hash berjalan: baris 2 atau prev ini berubah, atau ada baris ditambah atau dihapus di sana"),
            (.broken(path: "f", line: 6, reason: .mismatch(suspectsFrom: 2)),
             "f:6: prev does not match the running hash: lines 2-5 or this prev changed, or lines were added or removed there",
             "f:6: prev tidak cocok dengan hash berjalan: baris 2-5 atau prev ini berubah, atau ada baris ditambah atau dihapus di sana"),
            (.broken(path: "f", line: 1, reason: .mismatch(suspectsFrom: 1)),
             "f:1: prev does not match the running hash: this line's prev changed, or lines were added or removed there",
             "f:1: prev tidak cocok dengan hash berjalan: prev baris ini berubah, atau ada baris ditambah atau dihapus di sana"),
            (.anchorHolds(path: "f", line: 1), "f:1: anchor holds", "f:1: jangkar cocok"),
            (.anchorDiffers(path: "f", line: 2, found: "ab", said: "cd"), "f:2: anchor does not hold: the running hash there is ab, the anchor says cd",
             "f:2: jangkar tidak cocok: hash berjalan di sana ab, jangkar menyebut cd"),
            (.anchorNotReached(path: "f", line: 5, fileLines: 2), "f:5: anchor not reached: the file has only 2 lines (cut short, or the wrong file)",
             "f:5: jangkar tidak tercapai: berkas hanya 2 baris (terpotong, atau berkas yang salah)"),
            (.anchorFileNotRead(path: "g", line: 1), "g: anchor at line 1 not checked: no such file among the sources read",
             "g: jangkar pada baris 1 tidak diperiksa: berkas itu tidak ada di antara sumber yang dibaca"),
            (.verdict(holds: true, unreadable: 0), "every link and anchor holds", "semua tautan dan jangkar cocok"),
            (.verdict(holds: false, unreadable: 0), "a link or an anchor does not hold", "ada tautan atau jangkar yang tidak cocok"),
            (.verdict(holds: true, unreadable: 1), "1 source could not be read", "1 sumber tidak dapat dibaca"),
            (.verdict(holds: true, unreadable: 2), "2 sources could not be read", "2 sumber tidak dapat dibaca"),
        ]
        for (finding, en, id) in cases {
            #expect(finding.word == Word(en: en, id: id), "\(finding)")
        }
    }
}
