import BorderOps
import Words

extension ViewContext {
    /// `make()`'s value, made again only when the part of the state it reads (`area`) or what
    /// the pane's rows depend on in the view (its filter, the hidden posts, the language) changed
    /// since the frame that made it. Without a memo (tests' frames, a fold catching up) it is
    /// `make()`.
    func kept<Value: Sendable>(_ slot: PaneMemo.Slot, pane: PaneID, reading area: KeyPath<StateRevisions, Int>, _ make: () -> Value) -> Value {
        kept(slot, pane: pane, reading: area, extra: 0, make)
    }

    /// The same, for values that depend on one more thing (`extra`: the meeting whose actions
    /// they are, say).
    func kept<Extra: Hashable & Sendable, Value: Sendable>(_ slot: PaneMemo.Slot, pane: PaneID, reading area: KeyPath<StateRevisions, Int>, extra: Extra,
                                                          _ make: () -> Value) -> Value {
        guard let memo = input.memo, let revisions = input.revisions else { return make() }
        let key = MemoKey(revision: revisions[keyPath: area], hiddenPosts: model.hiddenPosts, filter: model.filter(pane), language: language, extra: extra)
        return memo.value(slot, key: key, make: make)
    }
}

/// What a pane's derived rows depend on besides the state's revision.
private struct MemoKey<Extra: Hashable & Sendable>: Hashable, Sendable {
    var revision: Int
    var hiddenPosts: Set<String>
    var filter: String
    var language: Language
    var extra: Extra
}
