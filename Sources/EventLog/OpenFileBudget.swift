/// How many followed files may hold a descriptor at once. A headquarters' tree holds a file per
/// post per day, more than the common limit of 1,024 descriptors; most of them never change
/// again. When a file opens over the budget, the one that has been idle longest gives its
/// descriptor back (`FileTail.park`): it keeps its place (inode, offset, fingerprints, partial
/// line) and opens again when a poll finds it changed.
///
/// The cost: a closed file that is renamed away (rotated) with bytes appended just before cannot
/// have those last bytes read; the files that do change stay open, as the most recently active.
final class OpenFileBudget {
    let limit: Int
    private struct Holder {
        weak var tail: FileTail?
        var lastUse: UInt64
    }
    private var holders: [ObjectIdentifier: Holder] = [:]
    /// Every use in time order, from `start`; an entry is stale when its holder has been used
    /// since or closed. The idlest holder is the first entry that is not stale: found without
    /// scanning every open file (a headquarters may follow tens of thousands).
    private var uses: [(id: ObjectIdentifier, clock: UInt64)] = []
    private var start = 0
    private var clock: UInt64 = 0

    init(limit: Int) { self.limit = max(1, limit) }

    /// A quarter of the process's descriptor limit (the rest is for everything else: the
    /// terminal, inotify, pipes, an append, a report), and never more than 1,024.
    static func forThisProcess() -> OpenFileBudget {
        OpenFileBudget(limit: min(1_024, max(8, ProcessLimits.descriptorLimit / 4)))
    }

    /// `tail` took a descriptor: when that is one too many, the idlest other one gives its back.
    func opened(_ tail: FileTail) {
        use(tail)
        while holders.count > limit && start < uses.count {
            let (id, clock) = uses[start]
            start += 1
            guard id != ObjectIdentifier(tail), let holder = holders[id], holder.lastUse == clock else { continue }
            holders[id] = nil
            holder.tail?.park()
        }
    }

    /// `tail` read something: it is active.
    func use(_ tail: FileTail) {
        clock += 1
        let id = ObjectIdentifier(tail)
        holders[id, default: Holder(tail: tail, lastUse: 0)].lastUse = clock
        uses.append((id, clock))
        if uses.count - start > 2 * holders.count + 64 {
            // Mostly stale entries: keep one per holder.
            uses = holders.map { ($0.key, $0.value.lastUse) }.sorted { $0.clock < $1.clock }
            start = 0
        } else if start > 1_024 && start > uses.count / 2 {
            uses.removeFirst(start)
            start = 0
        }
    }

    /// `tail` closed its descriptor.
    func closed(_ tail: FileTail) {
        holders[ObjectIdentifier(tail)] = nil
    }
}
