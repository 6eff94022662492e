import BorderOps
import Configuration
import Testing

@Suite struct TOMLFileTests {
    static let headerWithoutKey = "a table header needs a key after its [ (letters, digits, _ or -, or a quoted key)"
    static let timeWithoutDigit = "a date-time needs a time after its T, such as 2024-11-20T13:00:00+08:00"

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
        #expect(throws: FileProblem(path: "posts.toml", line: line, key: "", reason: Self.headerWithoutKey)) {
            _ = try PostDirectory.parse(text, path: "posts.toml")
        }
    }

    /// Found by scripts/fuzz.sh: toml++ read the date, then asserted that a digit followed the T.
    @Test(arguments: [
        ("n=1312-11-20T:", 1),
        ("title = \"x\"\nwhen = 2024-11-20t\n", 2),
        ("a = [\n  1,\n  2024-11-20T+08:00,\n]\n", 3),
        ("a = { b = 2024-11-20TZ }\n", 1),
    ])
    func dateTimeWithoutTimeIsAnErrorNotACrash(_ text: String, _ line: Int) {
        #expect(throws: FileProblem(path: "t.toml", line: line, key: "", reason: Self.timeWithoutDigit)) {
            _ = try ChecklistTemplate.parse(text, path: "t.toml", name: "t")
        }
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
        #expect(throws: FileProblem(path: "t.toml", line: line, key: "", reason: "an array needs a value or its closing ] here")) {
            _ = try ChecklistTemplate.parse(text, path: "t.toml", name: "t")
        }
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
        #expect(throws: FileProblem(path: "t.toml", line: 24, key: "", reason: Self.headerWithoutKey)) {
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
        #expect(throws: FileProblem(path: "t.toml", line: 7, key: "title", reason: "missing in step b")) {
            _ = try ChecklistTemplate.parse(text, path: "t.toml", name: "t")
        }
    }

    @Test(arguments: ["\n", "\r\n"])
    func postsProblemIsOnItsLine(_ lineBreak: String) {
        let text = Self.posts.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: lineBreak)
        #expect(throws: FileProblem(path: "p.toml", line: 13, key: "zone", reason: "\"XYZ\" is not WIB, WITA or WIT")) {
            _ = try PostDirectory.parse(text, path: "p.toml")
        }
    }
}
