import BorderOps
import Configuration
import Dashboard
import Foundation
import ExactKeys
import JSON
import Testing
import Words

/// The Timpora secretary's day of a sample scenario recorded from the dashboard alone (issue
/// 17's "Done when"), replayed key by key from the scenario's own file: the Nunukan meeting of
/// 20 Nov 2024 (domain notes §10-11) and Tarakan's two meetings of 18-19 June 2025. `3 N` with
/// the title, chair, place and attendees (Tarakan's agencies offered from the posts file), the
/// agenda items (`i`, owner), their states (`s`, Space), the actions (`a`, owner, due date or
/// hour, item), the close (`x`, asked), then the actions done after the meeting (Space in the
/// closed meeting, opened again). `summary --json`'s meeting figures then equal the scenario's
/// own, and every item and action says what the file says. The files have no minutes and no
/// dropped action, so the day adds one item's minutes and one action dropped with a reason: the
/// summary counts neither, and the figures must still be equal.
@Suite struct SecretaryDayScenarioTests {
    typealias Day = RoleDayScenarioTests

    static func path(_ scenario: String) -> String { Paths.sampleData + "/scenarios/\(scenario).jsonl" }

    /// The scenario's meeting events, in the file's order.
    static func meetingEvents(_ scenario: String) -> [Event] {
        let text = (try? String(contentsOfFile: path(scenario), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { line -> Event? in
            guard case .event(let event) = LineDecoder.decode(String(line)) else { return nil }
            switch event.body {
            case .meetingOpened, .agendaItem, .actionAssigned, .actionState, .meetingClosed: return event
            default: return nil
            }
        }
    }

    static func expectedFold(_ scenario: String) -> EventFold {
        let text = (try? String(contentsOfFile: path(scenario), encoding: .utf8)) ?? ""
        var fold = EventFold()
        for (i, line) in text.split(separator: "\n").enumerated() { fold.ingest(LineDecoder.decode(String(line)), origin: LineOrigin(source: "s", line: i + 1)) }
        return fold
    }

    /// The secretary's terminal on an empty file when the first meeting opens, with the sample
    /// posts file, its appends read back.
    static func loop(_ language: Language, at now: Timestamp, operatorID: String) throws -> TestLoop {
        var input = DashboardInput(fold: EventFold(), sources: [], now: now)
        input.postDirectory = try PostDirectory.parse(try String(contentsOfFile: Paths.sampleData + "/posts.toml", encoding: .utf8), path: "posts.toml")
        let loop = TestLoop(input, writer: (operatorID: operatorID, file: "/tmp/post/post.jsonl"), language: language)
        loop.readAppendsBack(after: 0)
        return loop
    }

    /// Meeting `id` open in detail, as an officer opens it: Esc out, `3`, its row, Enter.
    static func open(_ loop: TestLoop, _ id: String) {
        guard loop.data.openMeeting(loop.ui)?.id != id else { return }
        while loop.ui.detail != nil { loop.press(.escape) }
        loop.press(.character("3"))
        let ids = DashboardView.rowIDs(.timpora, input: loop.data, model: loop.ui)
        guard let index = ids.firstIndex(of: id) else {
            Issue.record("no meeting \(id) in the pane: \(loop.text)")
            return
        }
        for _ in 0..<ids.count { loop.press(.character("k")) }
        for _ in 0..<index { loop.press(.character("j")) }
        loop.press(.enter)
        if loop.data.openMeeting(loop.ui)?.id != id { Issue.record("\(id) not opened: \(loop.text)") }
    }

    /// The row `key` of the open meeting selected with the keys: `g` to the top, `j` down.
    static func select(_ loop: TestLoop, _ key: String) {
        guard let meeting = loop.data.openMeeting(loop.ui),
              let index = MeetingRow.rows(meeting, state: loop.data.state).firstIndex(where: { $0.key == key }) else {
            Issue.record("no row \(key): \(loop.text)")
            return
        }
        loop.press(.character("g"))
        for _ in 0..<index { loop.press(.character("j")) }
    }

    /// Pick field `key`'s entry `code`, from none chosen too (an owner has no default).
    static func pick(_ loop: TestLoop, _ key: String, _ code: String) {
        Day.focus(loop, key)
        if Day.form(loop)?.current.chosen.isEmpty == true { loop.press(.right) }
        Day.pick(loop, key, code)
        if Day.form(loop)?.current.chosen.first.flatMap({ Day.form(loop)?.current.choices[$0].code }) != code { Issue.record("\(code) not offered in \(key)") }
    }

    static func field(_ loop: TestLoop, _ key: String) -> String? {
        if case .string(let s)? = loop.appended.last?.intent.fields.first(where: { $0.key == key })?.value { return s }
        return nil
    }

    @Test(arguments: ["nunukan-2024-11-20", "tarakan-2025-06"], [Language.id, .en])
    func theSecretarysDayEqualsTheScenarios(_ scenario: String, _ language: Language) throws {
        let events = Self.meetingEvents(scenario)
        let first = try #require(events.first)
        let loop = try Self.loop(language, at: first.envelope.ts, operatorID: first.envelope.by ?? "sekretariat")
        // The secretary's own post only (`p`, the post, Enter): the forms write for it.
        let posts = DashboardView.posts(loop.data)
        let post = try #require(posts.firstIndex(of: first.envelope.post))
        loop.press(.character("p"))
        for _ in 0..<post { loop.press(.character("j")) }
        loop.press(.enter)
        if loop.ui.overlay != nil { loop.press(.escape) }
        // Scenario ids → the forms' ids: meetings, items (by meeting), actions.
        var meetings: [String: String] = [:], items: [String: [String: String]] = [:], actions: [String: String] = [:]
        var extrasAdded = false
        for event in events {
            switch event.body {
            case let .meetingOpened(meeting, title, chair, location, attendees):
                while loop.ui.detail != nil { loop.press(.escape) }
                loop.press(.character("3"), .character("N"))
                Day.set(loop, "title", title)
                Day.set(loop, "chair", chair)
                Day.set(loop, "location", location)
                Day.pickAll(loop, "attendees", attendees)
                Day.save(loop, "meeting \(meeting)")
                meetings[meeting] = Self.field(loop, "meeting")
                #expect(loop.data.openMeeting(loop.ui)?.id == meetings[meeting], "the new meeting opens: \(loop.text)")
            case let .agendaItem(meeting, item, title, owner, state, _):
                Self.open(loop, meetings[meeting] ?? "")
                if let id = items[meeting]?[item] {
                    Self.select(loop, "item:" + id)
                    if state == .done {
                        loop.press(.character(" "))
                    } else {
                        // `s` moves it on, one state at a time, to the file's.
                        for _ in 0..<AgendaState.allCases.count {
                            guard loop.data.state.meetings[meetings[meeting] ?? ""]?.items.first(where: { $0.item == id })?.state != state else { break }
                            loop.press(.character("s"))
                        }
                    }
                } else {
                    loop.press(.character("i"))
                    Day.set(loop, "title", title)
                    Self.pick(loop, "owner", owner)
                    Self.pick(loop, "state", state.rawValue)
                    Day.save(loop, "item \(item)")
                    items[meeting, default: [:]][item] = Self.field(loop, "item")
                }
            case let .actionAssigned(meeting, action, title, owner, due, item):
                Self.open(loop, meetings[meeting] ?? "")
                if let item, let id = items[meeting]?[item] { Self.select(loop, "item:" + id) }
                loop.press(.character("a"))
                Day.set(loop, "title", title)
                Self.pick(loop, "owner", owner)
                switch due {
                case .day(let d): Day.set(loop, "due", "\(d.day)/\(d.month)/\(d.year)")
                // A due hour as officers write it: `20/11/2024 13.00`.
                case .time(let t): Day.set(loop, "due", Day.typed(t))
                }
                if let item { Self.pick(loop, "item", items[meeting]?[item] ?? "") }
                Day.save(loop, "action \(action)")
                actions[action] = Self.field(loop, "action")
            case let .actionState(action, state, reason):
                // Days later, as a rule: the closed meeting opened again.
                let scenarioMeeting = Self.expectedFold(scenario).state.actions[action]?.meeting ?? ""
                Self.open(loop, meetings[scenarioMeeting] ?? "")
                Self.select(loop, "action:" + (actions[action] ?? ""))
                switch state {
                case .done: loop.press(.character(" "))
                case .dropped:
                    loop.press(.character("d"))
                    loop.type(reason ?? "dibatalkan")
                    loop.press(.enter)
                case .open: Issue.record("no key reopens an action")
                }
            case let .meetingClosed(meeting):
                let id = meetings[meeting] ?? ""
                Self.open(loop, id)
                if !extrasAdded {
                    // Before the first closes, what the files lack: one item's minutes, one action dropped.
                    extrasAdded = true
                    Self.select(loop, "item:" + (items[meeting]?["i05"] ?? ""))
                    loop.press(.enter)
                    Day.set(loop, "discussion", "jalur rawan di sekitar pelabuhan")
                    Day.set(loop, "decision", "patroli bersama tiap pekan")
                    Day.save(loop, "minutes")
                    loop.press(.character("a"))
                    Day.set(loop, "title", "Rapat lanjutan")
                    Self.pick(loop, "owner", "imigrasi")
                    Day.set(loop, "due", "27/12/2025")
                    Day.save(loop, "extra action")
                    let extra = Self.field(loop, "action") ?? ""
                    loop.press(.character("d"))
                    loop.type("digabung ke rapat bulanan")
                    loop.press(.enter)
                    #expect(loop.data.state.actions[extra]?.state == .dropped && loop.data.state.actions[extra]?.stateReason == "digabung ke rapat bulanan")
                    #expect(loop.data.state.meetings[id]?.items.first { $0.item == items[meeting]?["i05"] }?.minutes.decision == "patroli bersama tiap pekan")
                }
                loop.press(.character("x"), .character("y"))
                #expect(loop.data.state.meetings[id]?.closed == true, "closed: \(loop.text)")
            default: continue
            }
        }
        let expectedFold = Self.expectedFold(scenario)
        let recorded = HeadlessSummary.json(loop.data.fold)
        let expected = Day.rows(HeadlessSummary.json(expectedFold), "meetings", without: ["meeting"])
        #expect(expected.count == expectedFold.state.meetings.count && !expected.isEmpty)
        #expect(Day.rows(recorded, "meetings", without: ["meeting"]) == expected, "\(recorded)")

        // Meeting by meeting, item by item and action by action, what the file says (a due hour too).
        for (scenarioID, id) in meetings {
            let meeting = try #require(loop.data.state.meetings[id]), original = try #require(expectedFold.state.meetings[scenarioID])
            #expect(meeting.items.map { [$0.title, $0.owner, $0.state.rawValue] } == original.items.map { [$0.title, $0.owner, $0.state.rawValue] })
            #expect(meeting.attendees.sorted() == original.attendees.sorted() && meeting.chair == original.chair && meeting.location == original.location)
        }
        func due(_ due: DueDate?) -> String {
            switch due {
            case .day(let d)?: return d.description
            case .time(let t)?: return t.rfc3339()
            case nil: return ""
            }
        }
        for (action, id) in actions {
            let was = try #require(expectedFold.state.actions[action]), now = try #require(loop.data.state.actions[id])
            #expect([now.title, now.owner, now.state.rawValue, due(now.due)] == [was.title, was.owner, was.state.rawValue, due(was.due)])
            #expect(now.item == was.item.flatMap { items[was.meeting ?? ""]?[$0] }, "\(action) under its item")
            #expect(now.meeting == was.meeting.flatMap { meetings[$0] })
        }
        #expect(actions.count == expectedFold.state.actions.count && loop.appended.allSatisfy { $0.at.rfc3339().hasSuffix("+08:00") && $0.intent.post == first.envelope.post })
    }

    /// A closed meeting keeps only its actions' follow-up: Space and `d` on an action, `?` says
    /// so; on an agenda item they say why not, and `i` and `x` record nothing.
    @Test(arguments: [Language.id, .en]) func aClosedMeetingsActionsAreFollowedUp(_ language: Language) throws {
        let lines = [
            #"{"id":"m","ts":"2024-11-20T08:00:00+08:00","type":"meeting.opened","post":"nunukan","meeting":"m1","title":"Rapat","chair":"Ketua","location":"Kantor","attendees":["imigrasi"]}"#,
            #"{"id":"i","ts":"2024-11-20T08:01:00+08:00","type":"agenda.item","post":"nunukan","meeting":"m1","item":"i1","title":"Pembukaan","owner":"imigrasi","state":"pending"}"#,
            #"{"id":"a1","ts":"2024-11-20T08:02:00+08:00","type":"action.assigned","post":"nunukan","meeting":"m1","action":"a1","title":"Kirim data","owner":"ksop","due":"2024-12-10"}"#,
            #"{"id":"a2","ts":"2024-11-20T08:03:00+08:00","type":"action.assigned","post":"nunukan","meeting":"m1","action":"a2","title":"Patroli bersama","owner":"lanal-nunukan","due":"2024-12-11"}"#,
            #"{"id":"c","ts":"2024-11-20T09:00:00+08:00","type":"meeting.closed","post":"nunukan","meeting":"m1"}"#,
        ]
        let loop = TestLoop.on(lines, language: language, keys: [.character("3"), .enter])
        let t = { (word: Word) in word.text(language) }
        loop.press(.character("?"))
        #expect(loop.text.contains(t(.keyMarkActionDone)) && loop.text.contains(t(.keyDropAction)), "\(loop.text)")
        #expect(!loop.text.contains(t(.keyNewAgendaItem)) && !loop.text.contains(t(.keyCloseMeeting)))
        loop.press(.escape)
        // On the agenda item: nothing, and the reason; `i` and `x` are not the secretary's here.
        loop.press(.character(" "))
        #expect(loop.appended.isEmpty && loop.text.contains(t(.meetingClosedActionsOnly)), "\(loop.text)")
        loop.press(.character("d"), .character("i"), .character("x"))
        #expect(loop.appended.isEmpty && loop.ui.operatorMode == .browsing, "\(loop.text)")
        // The first action done; the selection moves on to the next open action, dropped.
        loop.press(.character("j"), .character(" "))
        #expect(loop.appended.last?.intent.type == "action.state" && loop.data.state.actions["a1"]?.state == .done)
        #expect(loop.ui.meetingRow.key == "action:a2")
        loop.press(.character("d"))
        loop.type("sudah ditangani Polres")
        loop.press(.enter)
        #expect(loop.data.state.actions["a2"]?.state == .dropped && loop.data.state.actions["a2"]?.stateReason == "sudah ditangani Polres")
        #expect(loop.appended.count == 2)

        let readOnly = TestLoop.on(lines, writer: nil, language: language, keys: [.character("3"), .enter, .character("j"), .character(" ")])
        #expect(readOnly.appended.isEmpty && readOnly.data.state.actions["a1"]?.state == .open)
    }

    /// An action due at an hour (`20/11 13.00`, as the Nunukan meeting's "opgab 13.00 WITA"):
    /// written as that instant in the post's zone, and kept when the action is corrected (`e`).
    @Test(arguments: [Language.id, .en]) func anActionDueAtAnHourIsKeptWhenCorrected(_ language: Language) throws {
        let lines = [
            #"{"id":"m","ts":"2024-11-20T08:00:00+08:00","type":"meeting.opened","post":"nunukan","meeting":"m1","title":"Rapat","chair":"Ketua","location":"Kantor","attendees":["imigrasi"]}"#,
        ]
        let loop = TestLoop.on(lines, language: language, keys: [.character("3"), .enter, .character("a")])
        loop.type("Laksanakan operasi gabungan")
        Self.pick(loop, "owner", "imigrasi")
        Day.set(loop, "due", "20/11 13.00")
        #expect(loop.row(Word.fieldDue.text(language)).contains("2024-11-20T13:00:00+08:00"), "\(loop.text)")
        Day.set(loop, "due", "20/11 25.00")
        #expect(loop.row(Word.fieldDue.text(language)).contains("✗"), "why not: \(loop.text)")
        Day.set(loop, "due", "20/11 13.00")
        Day.save(loop, "action")
        let id = try #require(Self.field(loop, "action"))
        #expect(Self.field(loop, "due") == "2024-11-20T13:00:00+08:00")
        // `e`: the form holds the hour; the title changed, the due is written as it was.
        Self.select(loop, "action:" + id)
        loop.press(.character("e"))
        #expect(Day.form(loop)?.fields.first { $0.key == "due" }?.editor.text == "20/11/2024 13.00")
        Day.set(loop, "title", "Laksanakan opgab KM. Thalia")
        Day.set(loop, "reason", "judul kurang jelas")
        Day.save(loop, "correction")
        #expect(loop.appended.last?.intents.map(\.type) == ["event.voided", "action.assigned"])
        guard case .time(let due)? = loop.data.state.actions[id]?.due else {
            Issue.record("the hour is lost: \(String(describing: loop.data.state.actions[id]?.due))")
            return
        }
        #expect(due.rfc3339() == "2024-11-20T13:00:00+08:00" && loop.data.state.actions[id]?.title == "Laksanakan opgab KM. Thalia")
        // A day alone stays a day.
        loop.press(.character("a"))
        loop.type("Kajian")
        Self.pick(loop, "owner", "imigrasi")
        Day.set(loop, "due", "18/12/2024")
        Day.save(loop, "second action")
        #expect(Self.field(loop, "due") == "2024-12-18")
    }
}
