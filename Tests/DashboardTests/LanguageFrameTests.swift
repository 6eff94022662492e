import BorderOps
import Dashboard
import Foundation
import Testing
import Words

/// No code of the format on an Indonesian screen and no Indonesian word of the vocabularies on
/// an English one: frames at every layout, with an operation, a voyage, the forms and the alerts
/// open, over data that uses the codes (a finding, a seizure, a passport referred, a team on
/// standby).
@Suite struct LanguageFrameTests {
    static let extra = [
        #"{"id":"x1","ts":"2024-11-20T14:10:00+08:00","type":"op.finding","post":"nunukan","op":"opgab-tunontaka-20241120","finding":"fx","category":"smuggling","severity":"warning","summary":"tas tanpa pemilik"}"#,
        #"{"id":"x2","ts":"2024-11-20T14:11:00+08:00","type":"op.finding","post":"nunukan","op":"opgab-tunontaka-20241120","finding":"fy","category":"narcotics","severity":"critical","summary":"sabu"}"#,
        #"{"id":"x3","ts":"2024-11-20T14:12:00+08:00","type":"seizure.recorded","post":"nunukan","case":"BC-1","commodity":"lobster_seed","value_idr":750000000,"suspects":2,"agency":"bea-cukai"}"#,
        #"{"id":"x4","ts":"2024-11-20T14:13:00+08:00","type":"passenger.checked","post":"nunukan","voyage":"thalia-20241120","passenger":"P-9","doc":"passport","result":"referred"}"#,
        #"{"id":"x5","ts":"2024-11-20T14:14:00+08:00","type":"op.team","post":"nunukan","op":"opgab-tunontaka-20241120","team":"tim-x","agency":"bnn","status":"standby"}"#,
    ]
    /// A bad line, for its detail view.
    static let badLine = #"{"id":"x6","ts":"2024-11-20T14:15:00+08:00","type":"op.team""#

    /// Each vocabulary of the format by its type's name, with each code's raw value and word.
    static var vocabularies: [String: [(code: String, word: Word)]] {
        func all<C: FormatVocabulary>(_ word: (C) -> Word) -> (String, [(code: String, word: Word)]) {
            (String(describing: C.self), C.allCases.map { ($0.rawValue, word($0)) })
        }
        var table = Dictionary(uniqueKeysWithValues: [
            all(Word.code as (OperationPhase) -> Word), all(Word.code as (StepState) -> Word), all(Word.code as (Severity) -> Word),
            all(Word.code as (FindingCategory) -> Word), all(Word.code as (TeamStatus) -> Word), all(Word.code as (AgendaState) -> Word),
            all(Word.code as (ActionState) -> Word), all(Word.code as (Commodity) -> Word), all(Word.code as (CheckResult) -> Word),
            all(Word.code as (DocumentKind) -> Word), all(Word.code as (KPIMetric) -> Word),
        ])
        table["OperationPhase"]! += all(Word.shortCode as (OperationPhase) -> Word).1
        table["AlertSeverity"] = AlertSeverity.allCases.map { ($0.rawValue, $0.word) }
        return table
    }

    /// String enumerations of the model that never reach a screen as words, and why.
    static let notOnScreen = [
        "EventType": "an event's type names no screen row; a bad line shows it inside the line as written (data)",
        "ExtensionType": "the same, for the extension events",
        "Kind": "a post's kind (port, plbn, …) is read from posts.toml and not shown",
    ]

    static var vocabulary: [(code: String, word: Word)] { vocabularies.values.flatMap { $0 } }

    /// Words as a frame holds them: runs of letters, digits and `_`.
    static func tokens(_ text: String) -> Set<String> {
        Set(text.split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init))
    }

    /// What must not appear on a frame in `language`: the other language's words and the codes,
    /// where they differ from this language's word.
    static func foreign(in language: Language) -> Set<String> {
        var words: Set<String> = []
        for (code, word) in vocabulary {
            let own = tokens(word.text(language))
            let other = language == .id ? tokens(word.en).union([code]) : tokens(word.id)
            words.formUnion(other.subtracting(own))
        }
        // Words both languages share under another code (`selesai`, `lainnya`, `INFO`) stay.
        let shared = vocabulary.reduce(into: Set<String>()) { $0.formUnion(tokens($1.word.text(language))) }
        return words.subtracting(shared)
    }

    static func frames(_ language: Language) -> [(String, String)] {
        var input = thaliaAt1440(extra + [badLine])
        input.writer = TestLoop.writer
        var frames: [(String, String)] = []
        for (width, height) in [(120, 35), (80, 24), (60, 20), (40, 12)] {
            let loop = TestLoop(input, language: language, width: width, height: height)
            frames.append(("overview \(width)×\(height)", loop.text))
            loop.press(.enter)
            frames.append(("voyage \(width)×\(height)", loop.text))
            loop.press(.escape, .character("2"), .enter)
            frames.append(("operation \(width)×\(height)", loop.text))
            loop.press(.character("T"))
            frames.append(("team form \(width)×\(height)", loop.text))
            loop.press(.escape, .character("f"))
            frames.append(("finding form \(width)×\(height)", loop.text))
            loop.press(.escape, .escape, .character("3"), .enter)
            frames.append(("meeting \(width)×\(height)", loop.text))
            loop.press(.escape, .character("a"))
            frames.append(("alerts \(width)×\(height)", loop.text))
            // Each detail view (`d`): the alert's from the list, then each pane's selected item's.
            loop.press(.character("d"))
            frames.append(("alert detail \(width)×\(height)", loop.text))
            for (pane, name) in [("1", "voyage"), ("2", "operation"), ("3", "meeting"), ("4", "desk")] {
                loop.press(.escape, .escape, .character(Character(pane)), .character("d"))
                frames.append(("\(name) detail \(width)×\(height)", loop.text))
            }
            loop.press(.enter)
            frames.append(("seizure detail \(width)×\(height)", loop.text))
            loop.press(.escape, .escape, .escape, .character("b"), .character("d"))
            frames.append(("bad line detail \(width)×\(height)", loop.text))
            loop.press(.escape, .escape)
        }
        return frames
    }

    /// The words of the data itself (titles, notes, team names are Indonesian in both languages):
    /// the sample day and `lines`.
    static func dataWords(_ lines: [String] = extra + [badLine]) throws -> Set<String> {
        tokens(try String(contentsOfFile: Paths.sampleData + "/nunukan-2024-11-20.jsonl", encoding: .utf8) + lines.joined(separator: "\n"))
    }

    /// What must not appear on a frame in `language` showing the sample day and `lines`: on an
    /// English frame the data's own Indonesian words may.
    static func foreign(in language: Language, data lines: [String]) throws -> Set<String> {
        foreign(in: language).subtracting(language == .en ? try dataWords(lines) : [])
    }

    /// Every string enumeration of the model (read from the sources, so a new one cannot be
    /// missed) is either checked above or said not to reach a screen.
    @Test func everyEnumerationOfTheModelIsChecked() throws {
        let root = Paths.packageRoot + "/Sources/BorderOps"
        let files = try FileManager.default.subpathsOfDirectory(atPath: root).filter { $0.hasSuffix(".swift") }
        let declaration = try Regex<(Substring, Substring)>(#"enum (\w+): String\b[^{]*\bCaseIterable\b"#)
        var found: Set<String> = []
        for file in files {
            let text = try String(contentsOfFile: root + "/" + file, encoding: .utf8)
            for match in text.matches(of: declaration) { found.insert(String(match.1)) }
        }
        #expect(found.contains("Commodity") && found.contains("AlertSeverity"), "the scan finds the enumerations: \(found)")
        let covered = Set(Self.vocabularies.keys).union(Self.notOnScreen.keys)
        #expect(found.subtracting(covered).isEmpty, "not checked on the frames: \(found.subtracting(covered).sorted())")
        #expect(covered.subtracting(found).isEmpty, "no longer in the model: \(covered.subtracting(found).sorted())")
    }

    @Test(arguments: Language.allCases)
    func noForeignCodeOrWordOnAFrame(_ language: Language) throws {
        // The Indonesian frames hold no code at all, even one the data spells; an English
        // frame shows the data's own Indonesian words, but no Indonesian word of the interface.
        let foreign = try Self.foreign(in: language, data: Self.extra + [Self.badLine])
        #expect(foreign.contains(language == .id ? "lobster_seed" : "kembali"), "the list is not empty")
        for (name, text) in Self.frames(language) {
            let found = Self.tokens(text).intersection(foreign)
            #expect(found.isEmpty, "\(language) \(name): \(found.sorted())\n\(text)")
        }
    }

    /// The interface's own words, not only the vocabularies': every `Word(en:id:)` of the
    /// words table (read from `Sources/Words`, so a new one cannot be missed), split into words;
    /// a word only Indonesian sentences use may not appear on an English frame (nor in the data
    /// it shows), and the other way round. Words both languages write (`Timpora`, `WITA`, `Esc`)
    /// are in both sides' sentences, so never counted.
    @Test func noInterfaceWordOfTheOtherLanguageOnAFrame() throws {
        var sides: [Language: Set<String>] = [.en: [], .id: []]
        for (en, id) in try Self.wordsTable() {
            sides[.en]!.formUnion(Self.tokens(en).filter { $0.count >= 3 })
            sides[.id]!.formUnion(Self.tokens(id).filter { $0.count >= 3 })
        }
        #expect(sides[.id]!.contains("rincian") && sides[.en]!.contains("detail"), "the scan finds the words")
        let data = try Self.dataWords()
        for language in Language.allCases {
            let other: Language = language == .en ? .id : .en
            let theirs = sides[other]!.subtracting(sides[language]!).subtracting(data)
            for (name, text) in Self.frames(language) {
                let found = Self.tokens(text).intersection(theirs)
                #expect(found.isEmpty, "\(language) \(name): \(found.sorted())\n\(text)")
            }
        }
    }

    /// Every `Word(en:id:)` of the words table, read from `Sources/Words` (so a new one cannot
    /// be missed).
    static func wordsTable() throws -> [(en: String, id: String)] {
        let root = Paths.packageRoot + "/Sources/Words"
        let files = try FileManager.default.contentsOfDirectory(atPath: root).filter { $0.hasSuffix(".swift") }
        let pair = try Regex<(Substring, Substring, Substring)>(#"Word\(en: "([^"\\]*)", id: "([^"\\]*)"\)"#)
        var words: [(en: String, id: String)] = []
        for file in files {
            let text = try String(contentsOfFile: root + "/" + file, encoding: .utf8)
            words += text.matches(of: pair).map { (String($0.1), String($0.2)) }
        }
        return words
    }

    /// A word written the same in both languages is in both sides' sentences, so the check
    /// above cannot see it (English once said `sambang` and `Modus`): each such word is one both
    /// languages really write, listed here with why; a new one must be added on purpose.
    @Test func wordsWrittenAlikeInBothLanguagesAreMeantToBe() throws {
        let meant: Set<String> = [
            "", "—", "%: %", "id",                     // empty, a dash, a join, the field name `id`
            "Borderdesk", "Timpora", "desk",           // names (Desk Pencegahan: the desk is named so in Indonesian)
            "April", "September", "November",          // months spelt alike
            "Agenda", "Status", "INFO",                // words both languages use
        ]
        let alike = Set(try Self.wordsTable().filter { $0.en == $0.id }.map(\.en))
        #expect(alike.contains("Timpora"), "the scan finds them")
        #expect(alike.subtracting(meant).isEmpty, "written alike, not meant to be: \(alike.subtracting(meant).sorted())")
    }

    /// The golden frames themselves (the overview and each detail view at 120×35, 80×24 and
    /// 40×12, in both languages, `Golden/`): an Indonesian one holds no code and no English word
    /// of the vocabularies; an English one no Indonesian word of them beyond its data's.
    @Test func theGoldenFramesHoldNoForeignWord() throws {
        let dir = Paths.packageRoot + "/Tests/DashboardTests/Golden"
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".txt") }
        #expect(files.contains("detail-seizure-id-40x12.txt") && files.contains("full-en-120x35.txt"), "\(files.sorted())")
        for file in files {
            let language: Language = file.contains("-en-") ? .en : .id
            let text = try String(contentsOfFile: dir + "/" + file, encoding: .utf8)
            let found = Self.tokens(text).intersection(try Self.foreign(in: language, data: Self.extra + [Self.badLine]))
            #expect(found.isEmpty, "\(file): \(found.sorted())\n\(text)")
        }
    }

    @Test func theFramesShowTheWords() {
        let text = Self.frames(.id).map(\.1).joined(separator: "\n")
        for word in ["benih bening", "KRITIS", "PERHATIAN", "memeriksa", "paspor", "dirujuk", "narkotika", "[pemeriksaan]", "Rp750 jt"] {
            #expect(text.contains(word), "\(word)")
        }
    }
}

/// Times and durations in the officer's terms.
@Suite struct TimeWordsTests {
    /// An alert from last year says since when with the year; this year's without it.
    @Test func theAlertStripSaysSinceWhenWithTheYearWhenNotThisYear() {
        var input = thaliaAt1440()
        let thisYear = DashboardView.render(input, model: DashboardModel(rowScope: .all), width: 120, height: 35)
        #expect(thisYear.lines[1].contains("PERHATIAN sejak 14.30  KM. Thalia"), "\(thisYear.lines[1])")
        input.now = Timestamp.parse("2025-01-02T09:00:00+08:00")!
        let nextYear = DashboardView.render(input, model: DashboardModel(language: .en, rowScope: .all), width: 120, height: 35)
        #expect(nextYear.lines[1].contains("WARNING since Wed 20/11/2024 14.30  KM. Thalia"), "\(nextYear.lines[1])")
    }

    /// A closed operation says when it closed and how long it took, not the time since its start.
    @Test func aClosedOperationShowsItsDuration() {
        var model = DashboardModel(rowScope: .all)
        model.focus = .operations
        model.detail = .operations
        let text = DashboardView.render(sampleInput(), model: model, width: 120, height: 35).text
        #expect(text.contains("· selesai Rab 20/11 16.45 · lama 3 j 45 mnt"), "\(text)")
        #expect(!text.contains("sejak mulai"), "\(text)")
        #expect(text.contains("[selesai]"))
    }
}
