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

extension ViewContext {
    /// The positions (in the pane's table of `count` rows) of the rows holding `pane`'s filter,
    /// ascending; nil when it has none. `index` makes the pane's `SearchIndex`, kept in the memo
    /// under the revision of the part of the state it reads, the table's size and the language
    /// (the codes' words are looked in), whatever the filter: the next key asks the same index.
    func filtered(_ pane: PaneID, _ slot: PaneMemo.Slot, reading area: KeyPath<StateRevisions, Int>, count: Int,
                  index: () -> SearchIndex) -> [Int]? {
        let filter = model.filter(pane)
        guard !filter.isEmpty else { return nil }
        guard let memo = input.memo, let revisions = input.revisions else { return index().matches(filter) }
        return memo.value(slot, key: IndexKey(revision: revisions[keyPath: area], count: count, language: language), make: index).matches(filter)
    }
}

/// What a pane's search index depends on.
private struct IndexKey: Hashable, Sendable {
    var revision: Int
    var count: Int
    var language: Language
}

/// What a pane's derived rows depend on besides the state's revision.
private struct MemoKey<Extra: Hashable & Sendable>: Hashable, Sendable {
    var revision: Int
    var hiddenPosts: Set<String>
    var filter: String
    var language: Language
    var extra: Extra
}
