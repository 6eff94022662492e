import BorderOps
import Configuration
import Testing
import Words

@Suite struct TOMLFileTests {
    /// The problem `body` throws, said in both languages (`FileProblem.word`).
    static func said(_ body: () throws(FileProblem) -> Void) -> Word? {
        do { try body() } catch { return error.word }
        return nil
    }

    /// Found by scripts/fuzz.sh: toml++ inside TOMLKit asserted (the process aborted) on these
    /// headers. Now a FILE:LINE error, for every loader (all read through `TOMLFile.table`).
    @Test(arguments: [
        ("[[[1]]]\n", 1),
        ("[=\n", 1),
        ("[\u{01}", 1),
        ("title = \"x\"\n[\n", 2),
        ("\u{FEFF}[{a = 1}]\n", 1),
        ("a = 1\n\n  [[ #\n", 3),
    ])
    func headerWithoutKeyIsAnErrorNotACrash(_ text: String, _ line: Int) {
        #expect(Self.said { () throws(FileProblem) in _ = try PostDirectory.parse(text, path: "posts.toml") } == Word(
            en: "posts.toml:\(line): a table header needs a key after its [ (letters, digits, _ or -, or a quoted key)",
            id: "posts.toml:\(line): kepala tabel perlu kunci setelah [ (huruf, angka, _ atau -, atau kunci berkutip)"))
    }

    /// Found by scripts/fuzz.sh: toml++ read the date, then asserted that a digit followed the T.
    @Test(arguments: [
        ("n=1312-11-20T:", 1),
        ("title = \"x\"\nwhen = 2024-11-20t\n", 2),
        ("a = [\n  1,\n  2024-11-20T+08:00,\n]\n", 3),
        ("a = { b = 2024-11-20TZ }\n", 1),
    ])
    func dateTimeWithoutTimeIsAnErrorNotACrash(_ text: String, _ line: Int) {
        #expect(Self.said { () throws(FileProblem) in _ = try ChecklistTemplate.parse(text, path: "t.toml", name: "t") } == Word(
            en: "t.toml:\(line): a date-time needs a time after its T, such as 2024-11-20T13:00:00+08:00",
            id: "t.toml:\(line): tanggal-waktu perlu jam setelah T, seperti 2024-11-20T13:00:00+08:00"))
    }

    /// Found by scripts/fuzz.sh: toml++ asserted that an array element does not start with `}`
    /// or a Unicode line break.
    @Test(arguments: [
        ("0=[}", 1),
        ("title = \"x\"\na = [\n  1, # one\n  }\n", 4),
        ("a = [\u{2028}]\n", 1),
        ("a = [[1], \u{85}2]\n", 1),
        ("a = [\u{2029}", 1),
    ])
    func arrayElementStartingWithTerminatorIsAnErrorNotACrash(_ text: String, _ line: Int) {
        #expect(Self.said { () throws(FileProblem) in _ = try ChecklistTemplate.parse(text, path: "t.toml", name: "t") } == Word(
            en: "t.toml:\(line): an array needs a value or its closing ] here", id: "t.toml:\(line): larik perlu nilai atau penutup ] di sini"))
    }

    /// Keys and valid date-times that look alike still reach TOMLKit.
    @Test func dateShapedKeysAndDateTimesAreRead() throws {
        let text = "2024-11-20Tx = 1\nwhen = 2024-11-20T13:00:00+08:00\nday = 2024-11-20\ntitle = \"x\"\n[1312-11-20Tx]\n[[steps]]\nstep = \"a\"\ntitle = \"A\"\n"
        let template = try ChecklistTemplate.parse(text, path: "t.toml", name: "t")
        #expect(template.title == "x")
    }

    /// A `[` followed by what no key starts with, inside values, strings and comments, is not a
    /// header: valid text still reaches TOMLKit, and a bad header after it is found on its line.
    static let bracketsInValues = #"""
        title = """
        [=
        """
        kind = 'operation' # [=
        extra = [
          [{ x = 1 }],
          [
            2,
          ],
        ]
        note = '''
        [{
        '''
        quoted = "[=" # [=
        ends = """one quote at the end""""
        folded = """a line-ending backslash \
          [="""
        inline = { h = [
          1 ] }

        [[steps]]
        step = "a"
        title = "A"

        """#

    @Test func bracketsInValuesAreNotHeaders() throws {
        let template = try ChecklistTemplate.parse(Self.bracketsInValues, path: "t.toml", name: "t")
        #expect(template.title == "[=\n")
        #expect(template.steps == [ChecklistStepDefinition(step: "a", title: "A")])
    }

    @Test func headerWithoutKeyAfterValuesIsFoundOnItsLine() {
        #expect(throws: FileProblem(path: "t.toml", line: 24, key: "", reason: .tomlHeaderWithoutKey)) {
            _ = try ChecklistTemplate.parse(Self.bracketsInValues + "[ =]\n", path: "t.toml", name: "t")
        }
    }
}

/// Found by scripts/fuzz.sh: lines were split at the Character "\n", which a CRLF line break
/// ("\r\n", one Character) is not, so every problem in a CRLF file was said to be on line 1.
@Suite struct TOMLFileLineTests {
    static let template = "title = \"x\"\n\n[[steps]]\nstep = \"a\"\ntitle = \"A\"\n\n[[steps]]\nstep = \"b\"\n"
    static let posts = "[[post]]\nid = \"nunukan\"\nname = \"N\"\nprovince = \"P\"\nkind = \"port\"\nzone = \"WITA\"\n\n[[post]]\nid = \"t\"\nname = \"T\"\nprovince = \"P\"\nkind = \"port\"\nzone = \"XYZ\"\n"

    @Test(arguments: ["\n", "\r\n"])
    func templateProblemIsOnItsLine(_ lineBreak: String) {
        let text = Self.template.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: lineBreak)
        #expect(TOMLFileTests.said { () throws(FileProblem) in _ = try ChecklistTemplate.parse(text, path: "t.toml", name: "t") }
            == Word(en: "t.toml:7: title: missing in step b", id: "t.toml:7: title: tidak ada di langkah b"))
    }

    @Test(arguments: ["\n", "\r\n"])
    func postsProblemIsOnItsLine(_ lineBreak: String) {
        let text = Self.posts.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: lineBreak)
        #expect(TOMLFileTests.said { () throws(FileProblem) in _ = try PostDirectory.parse(text, path: "p.toml") }
            == Word(en: "p.toml:13: zone: \"XYZ\" is not WIB, WITA or WIT", id: "p.toml:13: zone: \"XYZ\" bukan WIB, WITA atau WIT"))
    }
}

/// TOMLKit's own message is English: the Indonesian says the file, line and column and that
/// the TOML is not valid; the English keeps the parser's text after the same place.
@Suite struct TOMLSyntaxWordsTests {
    @Test func aSyntaxErrorNamesLineAndColumnInBothLanguages() throws {
        let text = "title = \"x\"\n\n\n\n\n  = 3\n"
        let said = try #require(TOMLFileTests.said { () throws(FileProblem) in _ = try ChecklistTemplate.parse(text, path: "t.toml", name: "t") })
        #expect(said.id == "t.toml:6: kolom 3: TOML tidak sah")
        #expect(said.en.hasPrefix("t.toml:6: column 3: invalid TOML: "), "\(said.en)")
        #expect(said.en.count > "t.toml:6: column 3: invalid TOML: ".count, "the parser's text is kept in English")
    }
}
