/// Why a line of an event file is malformed, in both languages. The decoder says it in English
/// (`LineOutcome.malformed`; the fold, checkpoints and tests keep that text as it is), and the
/// screen and `check` say it in the officer's language through this table: each English
/// phrase with `%` for what varies (a field's name, a byte offset, a nested phrase), beside its
/// Indonesian. What a `%` holds is itself looked up (`got a string` → `ternyata teks`), except a
/// quoted value from the file, which stays as written. A reason no phrase matches is shown as
/// the decoder wrote it. Most specific first: the first whole match wins.
extension Word {
    public static func lineProblem(_ reason: String) -> Word {
        Word(en: reason, id: LineProblemPhrases.indonesian(reason))
    }

    /// Every phrase of the table (for the test that no English is left in a translated reason).
    public static var lineProblemPhrases: [Word] { LineProblemPhrases.table }
}

enum LineProblemPhrases {
    static let table: [Word] = [
        // The line as a whole (`LineOutcome`).
        Word(en: "line is % bytes, longer than the 1 MiB (1048576-byte) limit", id: "baris % bita, melebihi batas 1 MiB (1048576 bita)"),
        Word(en: "invalid UTF-8 at byte %", id: "UTF-8 tidak sah pada bita ke-%"),
        Word(en: "invalid JSON at byte %: %", id: "JSON tidak sah pada bita ke-%: %"),
        Word(en: "not a JSON object (found %)", id: "bukan objek JSON (berisi %)"),
        // A field (`EventDecoding`).
        Word(en: "missing field %", id: "kolom % tidak ada"),
        Word(en: "field %: %", id: "kolom %: %"),
        Word(en: "must not be empty (say why the event is voided)", id: "tidak boleh kosong (tulis alasan pembatalan)"),
        Word(en: "must not be empty", id: "tidak boleh kosong"),
        Word(en: "% code points, longer than %", id: "% titik kode, lebih dari %"),
        Word(en: "expected true or false, got %", id: "seharusnya true atau false, ternyata %"),
        Word(en: "expected a string, got %", id: "seharusnya teks, ternyata %"),
        Word(en: "expected a string or null, got %", id: "seharusnya teks atau null, ternyata %"),
        Word(en: "expected an integer from 0 to 2^63-1, %", id: "seharusnya bilangan bulat 0 sampai 2^63-1, %"),
        Word(en: "got %, which has a fraction or exponent", id: "ternyata %, yang berpecahan atau berpangkat"),
        Word(en: "got a negative number (%)", id: "ternyata bilangan negatif (%)"),
        Word(en: "got %, larger than 2^63-1", id: "ternyata %, lebih dari 2^63-1"),
        Word(en: "got %", id: "ternyata %"),
        Word(en: "% is not an RFC 3339 date-time with offset (e.g. 2024-11-20T13:00:00+08:00)",
             id: "% bukan tanggal-waktu RFC 3339 dengan zona (mis. 2024-11-20T13:00:00+08:00)"),
        Word(en: "% is not a date YYYY-MM-DD", id: "% bukan tanggal YYYY-MM-DD"),
        Word(en: "% is not a date (YYYY-MM-DD) or an RFC 3339 date-time", id: "% bukan tanggal (YYYY-MM-DD) atau tanggal-waktu RFC 3339"),
        Word(en: "% is not one of %", id: "% bukan salah satu dari %"),
        Word(en: "element % is %, expected a string", id: "elemen ke-% berupa %, seharusnya teks"),
        Word(en: "element % is %, expected {\"step\": id, \"title\": text}", id: "elemen ke-% berupa %, seharusnya {\"step\": id, \"title\": teks}"),
        Word(en: "element % needs \"step\" as a string", id: "elemen ke-% perlu \"step\" berupa teks"),
        Word(en: "element % needs \"title\" as a string", id: "elemen ke-% perlu \"title\" berupa teks"),
        Word(en: "element % has \"phase\" that is not a string", id: "elemen ke-% punya \"phase\" yang bukan teks"),
        Word(en: "expected an array of strings, got %", id: "seharusnya larik teks, ternyata %"),
        Word(en: "expected an array of steps, got %", id: "seharusnya larik langkah, ternyata %"),
        // What a value is (`FieldValue.kindName`, `LineDecoder.describe`).
        Word(en: "nothing", id: "tidak ada"),
        Word(en: "a string", id: "teks"),
        Word(en: "the number %", id: "angka %"),
        Word(en: "a number", id: "angka"),
        Word(en: "a boolean", id: "boolean"),
        Word(en: "an array", id: "larik"),
        Word(en: "an object", id: "objek"),
        // The JSON itself (`StrictJSONParser`).
        Word(en: "unexpected end of line, expected a value", id: "baris berakhir, seharusnya ada nilai"),
        Word(en: "unexpected % after the JSON value", id: "% tak terduga setelah nilai JSON"),
        Word(en: "unexpected %, expected a value", id: "% tak terduga, seharusnya nilai"),
        Word(en: "invalid literal (NaN, Infinity and bare words are not JSON)", id: "literal tidak sah (NaN, Infinity dan kata tanpa kutip bukan JSON)"),
        Word(en: "invalid literal", id: "literal tidak sah"),
        Word(en: "nested deeper than % levels", id: "bersarang lebih dari % tingkat"),
        Word(en: "expected a quoted key, found %", id: "seharusnya kunci berkutip, ditemukan %"),
        Word(en: "key % appears twice", id: "kunci % muncul dua kali"),
        Word(en: "expected ':' after a key, found %", id: "seharusnya ':' setelah kunci, ditemukan %"),
        Word(en: "unexpected end of line inside an object", id: "baris berakhir di dalam objek"),
        Word(en: "expected ',' or '}', found %", id: "seharusnya ',' atau '}', ditemukan %"),
        Word(en: "unexpected end of line inside an array", id: "baris berakhir di dalam larik"),
        Word(en: "expected ',' or ']', found %", id: "seharusnya ',' atau ']', ditemukan %"),
        Word(en: "invalid number (leading zero)", id: "angka tidak sah (nol di depan)"),
        Word(en: "invalid number (no digit after '.')", id: "angka tidak sah (tidak ada digit setelah '.')"),
        Word(en: "invalid number (no digit in exponent)", id: "angka tidak sah (tidak ada digit pada pangkat)"),
        Word(en: "invalid number", id: "angka tidak sah"),
        Word(en: "raw control character % inside a string (must be escaped)", id: "karakter kendali % mentah di dalam teks (harus di-escape)"),
        Word(en: "unterminated string", id: "teks tidak ditutup"),
        Word(en: "truncated \\u escape", id: "escape \\u terpotong"),
        Word(en: "invalid \\u escape", id: "escape \\u tidak sah"),
        Word(en: "escaped lone surrogate %", id: "surrogate tunggal % di-escape"),
        Word(en: "invalid escape %", id: "escape % tidak sah"),
        Word(en: "end of line", id: "akhir baris"),
        Word(en: "byte %", id: "bita %"),
    ]

    /// `reason` in Indonesian: the first phrase matching it whole, its `%`s filled in turn.
    static func indonesian(_ reason: String) -> String { indonesian(reason, using: table) }

    /// `text` in Indonesian by the phrases of `table` (most specific first); what a `%` holds
    /// is looked up in the same table.
    static func indonesian(_ text: String, using table: [Word]) -> String {
        for phrase in table {
            guard let parts = match(text, phrase.en) else { continue }
            var pieces = phrase.id.split(separator: "%", omittingEmptySubsequences: false).map(String.init)
            var result = pieces.removeFirst()
            for (part, after) in zip(parts, pieces) { result += indonesianPart(part, using: table) + after }
            return result
        }
        return text
    }

    /// A quoted value (a field's name, a value from the file) stays as written; a number too,
    /// as no phrase matches it.
    static func indonesianPart(_ part: String, using table: [Word]) -> String {
        let quoted = part.count >= 2 && ["\"", "'"].contains(part.first) && part.last == part.first
        return quoted ? part : indonesian(part, using: table)
    }

    /// What each `%` of `pattern` holds when `text` matches it whole (the shortest each, left to
    /// right, the last to the end), or nil.
    static func match(_ text: String, _ pattern: String) -> [String]? {
        let literals = pattern.split(separator: "%", omittingEmptySubsequences: false).map(String.init)
        guard text.hasPrefix(literals[0]) else { return nil }
        if literals.count == 1 { return text == literals[0] ? [] : nil }
        var rest = text.dropFirst(literals[0].count)
        guard rest.hasSuffix(literals[literals.count - 1]) else { return nil }
        rest = rest.dropLast(literals[literals.count - 1].count)
        var parts: [String] = []
        for literal in literals.dropFirst().dropLast() {
            guard let found = rest.firstRange(of: literal) else { return nil }
            parts.append(String(rest[..<found.lowerBound]))
            rest = rest[found.upperBound...]
        }
        parts.append(String(rest))
        return parts.contains(where: \.isEmpty) ? nil : parts
    }
}
