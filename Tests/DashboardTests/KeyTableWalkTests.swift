import BorderOps
import Dashboard
import Testing
import Words

/// Walks every context of the key table: each key `?` lists does something there (the model,
/// an effect or the notice changes) in at least one of the context's set-ups, and no other key
/// does anything (a key that writes, on a read-only terminal, only says it cannot).
@Suite struct KeyTableWalkTests {
    /// Three voyages, three operations (the first in debrief with two teams and a three-step
    /// checklist), two posts, two critical findings (two alerts), a KPI report and a seizure.
    static let input: DashboardInput = {
        var lines: [String] = []
        for (n, post) in ["nunukan", "tawau", "nunukan"].enumerated() {
            lines.append(#"{"id":"v\#(n)","ts":"2024-11-20T08:0\#(n):00+08:00","type":"voyage.opened","post":"\#(post)","voyage":"v\#(n)","vessel":"KM. \#(n)","from":"Nunukan","to":"Makassar","departs":"2024-11-20T18:00:00+08:00","manifest":40}"#)
            lines.append(#"{"id":"c\#(n)a","ts":"2024-11-20T10:0\#(n):00+08:00","type":"passenger.checked","post":"\#(post)","voyage":"v\#(n)","passenger":"P-\#(n)1","doc":"ktp","result":"cleared"}"#)
            lines.append(#"{"id":"c\#(n)b","ts":"2024-11-20T10:1\#(n):00+08:00","type":"passenger.checked","post":"\#(post)","voyage":"v\#(n)","passenger":"P-\#(n)2","doc":"ktp","result":"cleared"}"#)
            lines.append(#"{"id":"o\#(n)","ts":"2024-11-20T09:0\#(n):00+08:00","type":"op.planned","post":"nunukan","op":"op\#(n)","title":"Opgab \#(n)","location":"Tunon Taka","lead":"imigrasi","agencies":["imigrasi"],"starts":"2024-11-20T1\#(n + 2):00:00+08:00"}"#)
        }
        lines += [
            #"{"id":"t1","ts":"2024-11-20T12:31:00+08:00","type":"op.team","post":"nunukan","op":"op0","team":"tim-xray","agency":"bea-cukai","status":"deployed"}"#,
            #"{"id":"t2","ts":"2024-11-20T12:31:00+08:00","type":"op.team","post":"nunukan","op":"op0","team":"tim-gangway","agency":"lanal","status":"standby"}"#,
            #"{"id":"p1","ts":"2024-11-20T12:32:00+08:00","type":"op.phase","post":"nunukan","op":"op0","phase":"debrief"}"#,
            #"{"id":"c1","ts":"2024-11-20T12:33:00+08:00","type":"checklist.started","post":"nunukan","checklist":"cl-op0","op":"op0","title":"Opgab","steps":[{"step":"a1","title":"Satu"},{"step":"a2","title":"Dua"},{"step":"a3","title":"Tiga"}]}"#,
            #"{"id":"f1","ts":"2024-11-20T12:40:00+08:00","type":"op.finding","post":"nunukan","op":"op0","finding":"f1","category":"pmi","severity":"critical","summary":"satu"}"#,
            #"{"id":"f2","ts":"2024-11-20T12:41:00+08:00","type":"op.finding","post":"nunukan","op":"op0","finding":"f2","category":"pmi","severity":"critical","summary":"dua"}"#,
        ]
        for n in 0..<2 {
            lines.append(#"{"id":"m\#(n)","ts":"2024-11-20T08:3\#(n):00+08:00","type":"meeting.opened","post":"nunukan","meeting":"m\#(n)","title":"Rapat \#(n)","chair":"Kepala","location":"Kantor","attendees":["imigrasi"]}"#)
        }
        lines += [
            #"{"id":"mi","ts":"2024-11-20T08:40:00+08:00","type":"agenda.item","post":"nunukan","meeting":"m0","item":"i1","title":"Pembukaan","owner":"imigrasi","state":"pending"}"#,
            #"{"id":"ma","ts":"2024-11-20T08:41:00+08:00","type":"action.assigned","post":"nunukan","meeting":"m0","action":"x1","title":"Kirim data","owner":"ksop","due":"2024-11-25"}"#,
            #"{"id":"mi1","ts":"2024-11-20T08:40:00+08:00","type":"agenda.item","post":"nunukan","meeting":"m1","item":"i1","title":"Penutup","owner":"imigrasi","state":"done"}"#,
            #"{"id":"ma1","ts":"2024-11-20T08:41:00+08:00","type":"action.assigned","post":"nunukan","meeting":"m1","action":"x2","title":"Patroli bersama","owner":"lanal","due":"2024-11-25"}"#,
            #"{"id":"ma2","ts":"2024-11-20T08:41:00+08:00","type":"action.assigned","post":"nunukan","meeting":"m1","action":"x3","title":"Imbauan publik","owner":"kesbangpol","due":"2024-11-26"}"#,
            #"{"id":"mc","ts":"2024-11-20T08:42:00+08:00","type":"meeting.closed","post":"nunukan","meeting":"m1"}"#,
            #"{"id":"k1","ts":"2024-11-20T12:50:00+08:00","type":"kpi.reported","post":"nunukan","date":"2024-11-20","agency":"bea-cukai","metric":"patrol","count":4}"#,
            #"{"id":"z1","ts":"2024-11-20T12:51:00+08:00","type":"seizure.recorded","post":"nunukan","case":"BC-1","commodity":"tobacco","value_idr":1000000,"suspects":1,"agency":"bea-cukai"}"#,
        ]
        var fold = EventFold()
        for (i, line) in lines.enumerated() { fold.ingest(LineDecoder.decode(line), origin: LineOrigin(source: "t", line: i + 1)) }
        let now = Timestamp.parse("2024-11-20T13:00:00+08:00")!
        var input = DashboardInput(fold: fold, sources: [], now: now)
        input.alerts = AlertRules.evaluate(fold.state, now: now, settings: AlertSettings())
        return input
    }()

    struct Walk: Sendable, CustomStringConvertible {
        var description: String
        var setups: [[Key]]
        var writes = true
        var demo = false
        var failing = false
        var catchingUp = false
    }

    static let openOperation: [Key] = [.character("2"), .enter]
    static let openMeeting: [Key] = [.character("3"), .enter]
    static let walks: [Walk] = [
        // A desk that shows nothing (its filter matches nothing) has no row to correct.
        Walk(description: "general", setups: [[.character("j")], [.character("/"), .character("K"), .enter],
                                              [.character("4"), .character("/"), .character("Q"), .enter]]),
        // The desk's rows: a figure, then the seizure (its row after the four figures); zoomed.
        Walk(description: "desk", setups: [[.character("4")], [.character("4"), .down, .down, .down, .down], [.character("4"), .enter]]),
        Walk(description: "desk, read-only", setups: [[.character("4")], [.character("4"), .down, .down, .down, .down], [.character("4"), .enter]], writes: false),
        Walk(description: "correction form", setups: [[.character("4"), .character("e")], [.character("4"), .character("e"), .character("x")],
                                                      [.character("4"), .character("e"), .left]]),
        Walk(description: "finding correction", setups: [openOperation + [.character("e")], openOperation + [.character("e"), .right]]),
        // The operations pane has the same keys (`3` acts there).
        Walk(description: "Timpora pane (report)", setups: [[.character("3")], [.character("3"), .character("j")], [.character("2")],
                                                            [.character("3"), .character("/"), .character("R"), .enter]]),
        // The second meeting is closed: open in detail, it takes no minutes, only its actions' follow-up.
        Walk(description: "closed meeting", setups: [[.character("3"), .character("j"), .enter], [.character("3"), .character("j"), .enter, .character("j")],
                                                     [.character("3"), .character("j"), .enter, .character("G")]]),
        Walk(description: "closed meeting, read-only", setups: [[.character("3"), .character("j"), .enter], [.character("3"), .character("j"), .enter, .character("G")]],
             writes: false),
        Walk(description: "closed meeting's drop reason", setups: [[.character("3"), .character("j"), .enter, .character("j"), .character("d")],
                                                                   [.character("3"), .character("j"), .enter, .character("j"), .character("d"), .character("x")],
                                                                   [.character("3"), .character("j"), .enter, .character("j"), .character("d"), .character("x"), .left]]),
        Walk(description: "meeting", setups: [openMeeting, openMeeting + [.character("j")]]),
        Walk(description: "meeting, read-only", setups: [openMeeting, openMeeting + [.character("j")]], writes: false),
        Walk(description: "meeting form", setups: [openMeeting + [.character("i")], openMeeting + [.character("i"), .character("x")],
                                                   openMeeting + [.character("i"), .character("x"), .left]]),
        Walk(description: "drop reason", setups: [openMeeting + [.character("j"), .character("d")], openMeeting + [.character("j"), .character("d"), .character("x")],
                                                  openMeeting + [.character("j"), .character("d"), .character("x"), .left]]),
        Walk(description: "meeting closing question", setups: [openMeeting + [.character("x")]]),
        Walk(description: "operation", setups: [openOperation + [.character("j")], [.character("2"), .character("j"), .enter, .character("j")]]),
        Walk(description: "operation, read-only", setups: [openOperation + [.character("j")], [.character("2"), .character("j"), .enter, .character("j")]], writes: false),
        Walk(description: "voyage", setups: [[.enter], [.enter, .down], [.character("j"), .enter]]),
        Walk(description: "voyage, read-only", setups: [[.enter], [.enter, .down], [.character("j"), .enter]], writes: false),
        Walk(description: "void reason", setups: [[.enter, .character("v")], [.enter, .character("v"), .character("x")],
                                                  [.enter, .character("v"), .character("x"), .left]]),
        Walk(description: "gate", setups: [[.enter, .character("g")], [.enter, .character("g"), .character("x")],
                                           [.enter, .character("g"), .character("x"), .left], [.enter, .character("g"), .tab, .down, .character("x")]]),
        Walk(description: "voyage form", setups: [[.character("N")], [.character("N"), .character("x")], [.character("N"), .character("x"), .left]]),
        Walk(description: "voyage form, discard question", setups: [[.character("N"), .character("x"), .escape]]),
        Walk(description: "voyage closing question", setups: [[.enter, .character("x")], [.enter, .character("x"), .character("9")],
                                                              [.enter, .character("x"), .character("9"), .left]]),
        Walk(description: "gate, nationality", setups: [[.enter, .character("g"), .down, .down], [.enter, .character("g"), .down, .down, .character("M")],
                                                        [.enter, .character("g"), .down, .down, .character("M"), .left]]),
        Walk(description: "filter", setups: [[.character("/")], [.character("/"), .character("K")]]),
        // Three operations match `Opgab`: the arrows have somewhere to go, Enter a hit to open.
        Walk(description: "search", setups: [[.character("s")], [.character("s")] + "Opgab".map { .character($0) },
                                             [.character("s")] + "Opgab".map { .character($0) } + [.down]]),
        Walk(description: "help", setups: [[.character("?")], [.character("?"), .character("j")]]),
        Walk(description: "posts", setups: [[.character("p")], [.character("p"), .character("j")], [.character("p"), .character(" ")]]),
        Walk(description: "alerts", setups: [[.character("a")], [.character("a"), .character("j")]]),
        Walk(description: "alert note", setups: [[.character("a"), .enter], [.character("a"), .enter, .character("x")], [.character("a"), .enter, .character("x"), .left]]),
        Walk(description: "team status form", setups: [openOperation + [.character("S")]]),
        Walk(description: "form pick-list", setups: [openOperation + [.character("f")], openOperation + [.character("f"), .right],
                                                     [.character("2"), .character("N"), .tab, .tab, .tab]]),
        Walk(description: "form text field", setups: [openOperation + [.character("f"), .tab, .tab], openOperation + [.character("f"), .tab, .tab, .character("x")],
                                                      openOperation + [.character("T"), .character("x"), .left]]),
        Walk(description: "skip reason", setups: [openOperation + [.character("s")], openOperation + [.character("s"), .character("x")],
                                                  openOperation + [.character("s"), .character("x"), .left]]),
        Walk(description: "phase form, phase", setups: [openOperation + [.character(">")], openOperation + [.character(">"), .right]]),
        Walk(description: "phase form, note", setups: [openOperation + [.character(">"), .tab], openOperation + [.character(">"), .tab, .character("x")],
                                                       openOperation + [.character(">"), .tab, .character("x"), .left]]),
        Walk(description: "demo", setups: [[.character("j")], [.character("4"), .character("/"), .character("Q"), .enter], [.character("/"), .character("K"), .enter]],
             writes: false, demo: true),
        Walk(description: "retry", setups: [openOperation + [.character("u"), .character("1"), .character("j")], openOperation + [.character("u"), .character("4"), .character("/"), .character("Q"), .enter],
                                            openOperation + [.character("u"), .character("1"), .character("/"), .character("K"), .enter]], failing: true),
        Walk(description: "catching up", setups: [[]], catchingUp: true),
    ]

    /// A loop in the walk's context after `setup` (its model: `from`, when known), drawing nothing.
    func fresh(_ walk: Walk, _ setup: [Key], from model: LoopModel? = nil) -> TestLoop {
        let loop = TestLoop(Self.input, writer: walk.writes ? TestLoop.writer : nil, demo: walk.demo, template: sampleTemplate,
                            from: model, drawing: false)
        if walk.failing {
            loop.results = { effect in
                guard case .append(let request) = effect else { return [] }
                return [.appended(request.intent, .failed("no"))]
            }
        }
        if model == nil {
            loop.press(setup)
            if walk.catchingUp { loop.send(.catchUpProgress(done: 1, total: 2)) }
        }
        _ = loop.takeEffects()
        return loop
    }

    func context(_ loop: TestLoop, _ walk: Walk) -> KeyContext {
        if walk.catchingUp { return KeyContext(scopes: [.catchUp], canWrite: walk.writes) }
        return KeyContext.of(loop.ui, input: loop.model.frame(loop.data, demo: walk.demo))
    }

    /// What pressing `key` changed: the model (the notice aside), the effects, a new notice.
    func press(_ key: Key, _ loop: TestLoop) -> (model: Bool, effects: Bool, notice: String?) {
        var before = loop.model
        loop.press(key)
        var after = loop.model
        let notice = after.notice != before.notice ? after.notice : nil
        before.notice = nil
        after.notice = nil
        return (before != after, !loop.takeEffects().isEmpty, notice)
    }

    static let tried: [Key] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/?*+-<> ".map { .character($0) }
        + [.tab, .backTab, .enter, .escape, .backspace, .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .control("c")]

    @Test(arguments: walks)
    func everyListedKeyActsAndNoOtherDoes(_ walk: Walk) {
        let models = walk.setups.map { fresh(walk, $0).model }
        let contexts = walk.setups.map { context(fresh(walk, $0), walk) }
        #expect(Set(contexts.map(\.scopes)).count == 1, "\(walk): one context for every set-up: \(contexts)")
        let listed = contexts[0].listed
        #expect(!listed.isEmpty)
        var listedKeys: Set<Key> = []
        for row in listed {
            let keys = row.keys + (row.entry.typing || row.entry.otherKeys ? [.character("x")] : [])
            for key in keys {
                listedKeys.insert(key)
                let acted = models.contains { model in
                    let outcome = press(key, fresh(walk, [], from: model))
                    return outcome.model || outcome.effects || outcome.notice != nil
                }
                #expect(acted, "\(walk): \(key.label) (\(row.entry.help.text(.en))) does nothing")
            }
        }
        let readOnly = Word.readOnlyInput.text(.id)
        for key in Self.tried where !listedKeys.contains(key) && !listed.contains(where: { $0.entry.typing && $0.entry.matches(key) || $0.entry.otherKeys }) {
            for model in models {
                let loop = fresh(walk, [], from: model)
                let refused = context(loop, walk).lookup(key) == .refused
                let outcome = press(key, loop)
                #expect(!outcome.model && !outcome.effects, "\(walk): \(key.label) is not listed but acts")
                #expect(outcome.notice == nil || (refused && outcome.notice == readOnly), "\(walk): \(key.label) says \(outcome.notice ?? "")")
            }
        }
    }

    @Test func hintsLinesAreTheWordsTheyWere() {
        let context = KeyContext(scopes: [.general], canWrite: false)
        #expect(context.hints(.id) == " Tab panel · ↑↓ pilih · Enter buka · Esc balik · / saring · a peringatan · p pos · L English · ? bantuan · q keluar · h semua")
        #expect(KeyContext(scopes: [.general], canWrite: false, allRows: true).hints(.en).hasSuffix(" · q quit · h today"))
        #expect(KeyContext(scopes: [.filter], canWrite: true).hints(.en) == " type to filter · Enter keep · Esc clear")
        #expect(KeyContext(scopes: [.posts], canWrite: true).hints(.id) == " Spasi tampil/sembunyi · Enter hanya ini · * semua")
        #expect(KeyContext(scopes: [.demo], canWrite: false).hints(.en) == " Space pause · n next · +/- speed")
    }

    /// `?` names a row that takes typed text, and one that takes any other key, in the help's
    /// language (from the words table, as every other label).
    @Test(arguments: [(Language.id, "teks", "lain"), (.en, "text", "other")])
    func helpLabelsTextAndOtherKeysInItsLanguage(_ language: Language, _ typing: String, _ other: String) {
        // A `?` line is its keys' labels in the first 22 columns, then what they do.
        func labels(_ scope: KeyScope) -> [String] {
            KeyContext(scopes: [scope], canWrite: true).helpLines(language).map { $0.prefix(22).split(separator: " ").joined(separator: " ") }
        }
        let filter = labels(.filter)
        #expect(filter.contains { $0.split(separator: " ").last.map(String.init) == typing }, "\(filter)")
        let confirm = labels(.confirm)
        #expect(confirm.contains { $0.split(separator: " ").last.map(String.init) == other }, "\(confirm)")
        for row in filter + confirm {
            #expect(!row.contains(language == .id ? "text" : "teks") && !row.contains(language == .id ? "other" : "lain"), "\(row)")
        }
    }
}
