import BorderOps
import Dashboard
import Testing
import Words

/// A batch of keys makes the frame's data (the alert rules over the whole state) once, not
/// once per key: a scanner typing references into gate mode must not re-evaluate every alert
/// for every character.
@Suite struct KeyBatchDataTests {
    final class Calls { var count = 0; var languages: [Language] = [] }

    func runner(_ calls: Calls) -> LoopRunner {
        let input = sampleInput()
        let environment = LoopEnvironment(now: { input.now }, newID: { "\($0)-1" }, writer: nil, operationTemplate: nil)
        return LoopRunner(model: LoopModel(ui: DashboardModel(language: .id, rowScope: .all)), environment: environment,
                          screen: InMemoryScreen(width: 120, height: 35),
                          data: { ui in calls.count += 1; calls.languages.append(ui.language); return input }, perform: { _ in [] })
    }

    @Test func oneBatchOfKeysMakesTheDataOnce() {
        let calls = Calls()
        let loop = runner(calls)
        loop.send(keys: Array(repeating: .character("j"), count: 20))
        #expect(calls.count == 1)
        #expect(loop.model.ui.selection[.voyages] != nil, "the keys were handled")
        loop.send(keys: [.character("j"), .character("k")])
        #expect(calls.count == 2, "a new batch sees the data as it is then")
    }

    @Test func anotherMessageOrAnotherLanguageMakesItAgain() {
        let calls = Calls()
        let loop = runner(calls)
        loop.send(keys: [.character("j"), .character("L"), .character("j")])
        #expect(calls.languages == [.id, .en], "the caption is in the language the key left")
        loop.send(.sourcesChanged)
        loop.send(keys: [.character("j")])
        #expect(calls.count == 3)
    }
}
