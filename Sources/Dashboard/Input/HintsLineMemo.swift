import Synchronization
import Words

/// The hints lines made so far, by key context, language and width. The key table never
/// changes, so a context's line is the same on every frame; walking the table for it (every
/// scope's entries, the keys already taken, the segments that fit) was a twentieth of a frame
/// in a debug build, on every key of a list walked with ↓. Contexts are few (scopes, whether
/// the terminal writes, where Esc goes back); bounded anyway. Shared by threads, so locked.
enum HintsLineMemo {
    private struct Key: Hashable {
        var context: KeyContext
        var language: Language
        var width: Int
    }

    private static let capacity = 256
    private static let kept = Mutex<[Key: String]>([:])

    static func line(_ context: KeyContext, _ language: Language, width: Int, make: () -> String) -> String {
        let key = Key(context: context, language: language, width: width)
        if let hit = kept.withLock({ $0[key] }) { return hit }
        let line = make()
        kept.withLock { kept in
            if kept.count >= capacity { kept.removeAll() }
            kept[key] = line
        }
        return line
    }
}
