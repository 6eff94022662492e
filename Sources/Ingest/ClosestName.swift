/// The known name closest to a mistyped one, for a did-you-mean: fewest single-character
/// edits (insert, delete, replace, by Unicode scalar), at most a third of the longer name
/// (a name nothing like any known one gets no suggestion); ties go to the first in sorted
/// order, so the suggestion does not depend on the order of the file.
public enum ClosestName {
    public static func to(_ typed: String, among known: some Sequence<String>) -> String? {
        let t = Array(typed.unicodeScalars)
        var best: (name: String, distance: Int)?
        for name in known {
            let n = Array(name.unicodeScalars)
            let d = distance(t, n)
            guard d > 0, d * 3 <= max(t.count, n.count) else { continue }
            if best == nil || d < best!.distance || (d == best!.distance && name < best!.name) { best = (name, d) }
        }
        return best?.name
    }

    /// Levenshtein distance, two rows.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
