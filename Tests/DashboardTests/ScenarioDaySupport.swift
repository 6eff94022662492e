import BorderOps
import Configuration
import Dashboard
import Foundation
import JSON
import Testing
import Words

/// What the role-day tests share (`RoleDayScenarioTests`, `SecretaryDayScenarioTests`): a sample
/// scenario read and folded, a terminal on an empty file with the sample posts file, and typing
/// into a form's fields as an officer would.
extension RoleDayScenarioTests {
    static func path(_ scenario: String) -> String { Paths.sampleData + "/scenarios/\(scenario).jsonl" }

    static func lines(_ scenario: String) -> [Substring] {
        ((try? String(contentsOfFile: path(scenario), encoding: .utf8)) ?? "").split(separator: "\n")
    }

    static func events(_ scenario: String) -> [Event] {
        lines(scenario).compactMap { line in
            if case .event(let event) = LineDecoder.decode(String(line)) { return event }
            return nil
        }
    }

    /// The scenario folded: what the recorded day must come to.
    static func fold(_ scenario: String) -> EventFold {
        var fold = EventFold()
        for (i, line) in lines(scenario).enumerated() { fold.ingest(LineDecoder.decode(String(line)), origin: LineOrigin(source: "s", line: i + 1)) }
        return fold
    }

    /// A terminal of 80×24 (the smallest an officer is promised full use of) on an empty file at
    /// `now`, with the sample posts file, its appends read back (the panes' memo kept as the
    /// driver keeps it), showing only `post` (chosen with `p`, as an officer at that post would).
    /// A frame is drawn after every key, as the driver draws them: at 120×35 the days took a
    /// seventh longer for no more that they check.
    static func loop(_ language: Language, at now: Timestamp, operatorID: String, post: String,
                     template: ChecklistTemplate? = nil) throws -> TestLoop {
        var input = DashboardInput(fold: EventFold(), sources: [], now: now)
        input.postDirectory = try PostDirectory.parse(try String(contentsOfFile: Paths.sampleData + "/posts.toml", encoding: .utf8), path: "posts.toml")
        let loop = TestLoop(input, writer: (operatorID: operatorID, file: "/tmp/post/post.jsonl"), language: language, template: template, width: 80, height: 24)
        loop.readAppendsBack(after: 0, memo: true)
        choose(post, loop)
        return loop
    }

    /// Only `post` shown (`p`, its row, Enter): the forms write for it.
    static func choose(_ post: String, _ loop: TestLoop) {
        guard let index = DashboardView.posts(loop.data).firstIndex(of: post) else {
            Issue.record("no post \(post)")
            return
        }
        loop.press(.character("p"), .character("g"))
        for _ in 0..<index { loop.press(.character("j")) }
        loop.press(.enter)
        if loop.ui.overlay != nil { loop.press(.escape) }
    }

    /// `rows` of a summary (voyages, operations, checklists) without the members named `ids`
    /// (the forms make their own), sorted, so two days compare by their figures.
    static func rows(_ summary: JSONValue, _ key: String, without ids: Set<String>) -> [String] {
        guard case .array(let rows)? = summary[key] else { return [] }
        return rows.map { row -> String in
            guard case .object(let members) = row else { return "" }
            return JSONWriter.compact(.object(members.filter { !ids.contains($0.key) }))
        }.sorted()
    }

    /// `2024-12-17T09:30:00+08:00` as officers type it: `17/12/2024 09.30`.
    static func typed(_ ts: Timestamp) -> String {
        let text = ts.rfc3339()
        let d = text.prefix(10).split(separator: "-"), clock = text.dropFirst(11).prefix(5)
        return "\(d[2])/\(d[1])/\(d[0]) \(clock.replacingOccurrences(of: ":", with: "."))"
    }

    /// The string member `key` of the last batch's main event.
    static func field(_ loop: TestLoop, _ key: String) -> String? {
        if case .string(let s)? = loop.appended.last?.intent.fields.first(where: { $0.key == key })?.value { return s }
        return nil
    }

    // MARK: - Typing into forms

    static func form(_ loop: TestLoop) -> Form? {
        if case .form(let form) = loop.ui.operatorMode { return form }
        return nil
    }

    /// The Tabs from the field in focus to field `key`.
    static func tabs(_ loop: TestLoop, to key: String) -> [Key] {
        guard let form = form(loop), let target = form.fields.firstIndex(where: { $0.key == key }) else { return [] }
        return Array(repeating: .tab, count: (target - form.focus + form.fields.count) % form.fields.count)
    }

    /// Tab to field `key`.
    static func focus(_ loop: TestLoop, _ key: String) {
        let tabs = tabs(loop, to: key)
        if !tabs.isEmpty { loop.batch(tabs) }
    }

    /// Field `key` reached, emptied and `text` typed, as a trained officer types: the keys
    /// faster than frames are drawn, one batch.
    static func set(_ loop: TestLoop, _ key: String, _ text: String) {
        let filled = form(loop)?.fields.first { $0.key == key }?.editor.characters.count ?? 0
        loop.batch(tabs(loop, to: key) + (filled > 0 ? [.end] + Array(repeating: .backspace, count: filled) : []) + text.map { .character($0) })
    }

    /// The entry of pick field `key` whose code is `code`, with ←→.
    static func pick(_ loop: TestLoop, _ key: String, _ code: String) {
        focus(loop, key)
        for _ in 0..<40 {
            guard let field = form(loop)?.current, let chosen = field.chosen.first, field.choices[chosen].code != code else { return }
            loop.press(.right)
        }
    }

    /// The agency `code` of pick field `key`, typed by its code as officers would (found in the
    /// list, or a new code).
    static func typeAgency(_ loop: TestLoop, _ key: String, _ code: String) {
        loop.batch(tabs(loop, to: key) + code.map { .character($0) })
        let field = form(loop)?.current
        if field?.chosen.first.map({ field?.choices[$0].code }) != code { Issue.record("\(code) not picked by typing in \(key)") }
    }

    /// Exactly the entries `codes` of multi-pick field `key` ticked: each typed (found, or a new
    /// code) and ticked with Space, the others unticked.
    static func pickAll(_ loop: TestLoop, _ key: String, _ codes: [String]) {
        focus(loop, key)
        for code in codes {
            guard let field = form(loop)?.current, !field.chosen.contains(where: { field.choices[$0].code == code }) else { continue }
            loop.type(code)
            loop.press(.character(" "))
        }
        guard let count = form(loop)?.current.choices.count else { return }
        loop.press(.home)
        for _ in 0..<count {
            guard let field = form(loop)?.current else { return }
            if field.chosen.contains(field.cursor) && !codes.contains(field.choices[field.cursor].code) { loop.press(.character(" ")) }
            loop.press(.right)
        }
    }

    /// Enter; the form must be gone (saved) afterwards.
    static func save(_ loop: TestLoop, _ what: String) {
        loop.press(.enter)
        if form(loop) != nil { Issue.record("\(what) not saved: \(loop.model.notice ?? "")\n\(loop.text)") }
    }
}
