/// What `verify` says of each file's integrity chain and its anchors (`ChainFinding`, said by
/// Ingest's `ChainFinding.word`). Paths come in already escaped. The counts stay plain digits in
/// both languages, as `check`'s do: scripts read these lines.
extension Word {
    public static func verifyFile(path: String, lines: Int, links: Int, lastLink: Int, uncovered: Int) -> Word {
        let lineWord = Word(en: "\(lines) line\(lines == 1 ? "" : "s")", id: "\(lines) baris")
        let carry = links == 0 ? Word(en: "none carries prev", id: "tidak ada yang memuat prev")
            : Word(en: "\(links) carry prev", id: "\(links) memuat prev")
        let cover: Word
        if lines == 0 {
            cover = Word(en: "nothing to cover", id: "tidak ada yang perlu dicakup")
        } else if links == 0 {
            cover = Word(en: "no link covers any line", id: "tidak ada baris yang dicakup tautan")
        } else if uncovered == 1 {
            cover = Word(en: "1 line at the end not covered by a link (line \(lastLink), the last link)",
                         id: "1 baris di akhir belum dicakup tautan (baris \(lastLink), tautan terakhir)")
        } else {
            cover = Word(en: "\(uncovered) lines at the end not covered by a link (lines \(lastLink)-\(lines), from the last link)",
                         id: "\(uncovered) baris di akhir belum dicakup tautan (baris \(lastLink)-\(lines), dari tautan terakhir)")
        }
        return Word(en: "\(path): \(lineWord.en), \(carry.en); \(cover.en)", id: "\(path): \(lineWord.id), \(carry.id); \(cover.id)")
    }

    public static func verifyPrevTwice(path: String, line: Int) -> Word {
        Word(en: "\(path):\(line): prev appears twice", id: "\(path):\(line): prev muncul dua kali")
    }

    public static func verifyPrevNotHex(path: String, line: Int) -> Word {
        Word(en: "\(path):\(line): prev is not 64 lower-case hex digits", id: "\(path):\(line): prev bukan 64 digit heksadesimal huruf kecil")
    }

    /// A `prev` that is not the running hash: the change is after the last link that held
    /// (`from`), up to this line's own `prev`.
    public static func verifyPrevMismatch(path: String, line: Int, from: Int) -> Word {
        let suspects: Word
        if from >= line {
            suspects = Word(en: "this line's prev", id: "prev baris ini")
        } else if from == line - 1 {
            suspects = Word(en: "line \(from) or this prev", id: "baris \(from) atau prev ini")
        } else {
            suspects = Word(en: "lines \(from)-\(line - 1) or this prev", id: "baris \(from)-\(line - 1) atau prev ini")
        }
        return Word(en: "\(path):\(line): prev does not match the running hash: \(suspects.en) changed, or lines were added or removed there",
                    id: "\(path):\(line): prev tidak cocok dengan hash berjalan: \(suspects.id) berubah, atau ada baris ditambah atau dihapus di sana")
    }

    public static func verifyAnchorHolds(path: String, line: Int) -> Word {
        Word(en: "\(path):\(line): anchor holds", id: "\(path):\(line): jangkar cocok")
    }

    public static func verifyAnchorDiffers(path: String, line: Int, found: String, said: String) -> Word {
        Word(en: "\(path):\(line): anchor does not hold: the running hash there is \(found), the anchor says \(said)",
             id: "\(path):\(line): jangkar tidak cocok: hash berjalan di sana \(found), jangkar menyebut \(said)")
    }

    public static func verifyAnchorNotReached(path: String, line: Int, fileLines: Int) -> Word {
        Word(en: "\(path):\(line): anchor not reached: the file has only \(fileLines) lines (cut short, or the wrong file)",
             id: "\(path):\(line): jangkar tidak tercapai: berkas hanya \(fileLines) baris (terpotong, atau berkas yang salah)")
    }

    public static func verifyAnchorFileNotRead(path: String, line: Int) -> Word {
        Word(en: "\(path): anchor at line \(line) not checked: no such file among the sources read",
             id: "\(path): jangkar pada baris \(line) tidak diperiksa: berkas itu tidak ada di antara sumber yang dibaca")
    }

    public static func verifyVerdict(holds: Bool, unreadable: Int) -> Word {
        if unreadable > 0 {
            return Word(en: "\(unreadable) source\(unreadable == 1 ? "" : "s") could not be read", id: "\(unreadable) sumber tidak dapat dibaca")
        }
        return holds ? Word(en: "every link and anchor holds", id: "semua tautan dan jangkar cocok")
            : Word(en: "a link or an anchor does not hold", id: "ada tautan atau jangkar yang tidak cocok")
    }
}
