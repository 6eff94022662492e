import BorderOps
import Configuration
import ExactKeys
import Foundation
import JSON
import TestSupport
import Testing
import Words

@Suite struct ChecklistTemplateTests {
    static var templates: String {
        PackagePaths.sampleData + "/checklists"
    }

    func load(_ name: String) throws -> ChecklistTemplate {
        let path = Self.templates + "/\(name).toml"
        return try ChecklistTemplate.parse(try String(contentsOfFile: path, encoding: .utf8), path: path, name: name)
    }

    @Test func tunonTakaOperationHas21StepsIn4Phases() throws {
        let t = try load("opgab-tunontaka")
        #expect(t.kind == .operation)
        #expect(t.steps.count == 21)
        #expect(t.phases == ["persiapan", "apel", "pelaksanaan", "evaluasi"])
        #expect(t.steps.filter { $0.phase == "apel" }.map(\.step) == ["b6", "b7", "b8", "b9"])
        #expect(t.phaseTitles["evaluasi"] == "D. Evaluasi / laporan")
    }

    @Test func timporaRunOfShow() throws {
        let t = try load("rapat-timpora")
        #expect(t.kind == .meeting)
        #expect(t.steps.count == 11)
        #expect(t.steps.first?.title.hasPrefix("08.30 Registrasi") == true)
    }

    /// The started event folds into a checklist with the template's steps and phases.
    @Test func startedEventIsValidAndFolds() throws {
        let t = try load("opgab-tunontaka")
        let line = JSONWriter.compact(.object([
            JSONMember("id", .string("s-1")), JSONMember("ts", .string("2024-11-20T12:30:00+08:00")),
            JSONMember("type", .string("checklist.started")), JSONMember("post", .string("nunukan")),
        ] + t.startedFields(checklist: "cl-op1", op: "op1")))
        var fold = EventFold()
        fold.ingest(LineDecoder.decode(line), origin: LineOrigin(source: "t", line: 1))
        #expect(fold.counts.folded == 1)
        let checklist = try #require(fold.state.checklists["cl-op1"])
        #expect(checklist.total == 21)
        #expect(checklist.op == "op1")
        #expect(checklist.steps[5].phase == "apel")
        // Both decode paths read the added `phase`.
        #expect(LineDecoder.decode(line, path: .strictOnly) == LineDecoder.decode(line))
    }

    @Test(arguments: [
        // A key that is missing is reported at its entry's [[steps]] line.
        ("title = \"x\"\n[[steps]]\nstep = \"a\"\n", 2, "title", "missing in step a", "tidak ada di langkah a"),
        ("kind = \"drill\"\ntitle = \"x\"\n", 1, "kind", "\"drill\" is not one of operation, meeting", "\"drill\" bukan salah satu dari operation, meeting"),
        ("title = \"x\"\n", 1, "steps", "missing: at least one [[steps]] entry is required", "tidak ada: paling sedikit satu entri [[steps]] wajib ada"),
        ("title = \"x\"\n[phases]\np = \"P\"\n\n[[steps]]\nstep = \"a\"\ntitle = \"A\"\nphase = \"q\"\n", 8, "phase",
         "\"q\" is not one of the [phases]: p", "\"q\" bukan salah satu dari [phases]: p"),
        ("title = \"x\"\n[[steps]]\nstep = \"a\"\ntitle = \"A\"\n[[steps]]\nstep = \"a\"\ntitle = \"B\"\n", 6, "step", "\"a\" appears twice", "\"a\" muncul dua kali"),
        ("title = \"x\"\nsteps = [\n", 2, "", "", "kolom 11: TOML tidak sah"),
    ])
    func brokenTemplatesNameFileLineAndKey(_ text: String, _ line: Int, _ key: String, _ english: String, _ indonesian: String) {
        do {
            _ = try ChecklistTemplate.parse(text, path: "sample-data/checklists/bad.toml", name: "bad")
            Issue.record("accepted: \(text)")
        } catch {
            let place = "sample-data/checklists/bad.toml:\(line): " + (key.isEmpty ? "" : "\(key): ")
            #expect(error.line == line, "\(error)")
            #expect(error.key == key, "\(error)")
            #expect(error.word.id == place + indonesian)
            #expect(english.isEmpty ? error.word.en.hasPrefix(place) : error.word.en == place + english, "\(error)")
        }
    }
}
