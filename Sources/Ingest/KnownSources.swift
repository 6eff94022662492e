import BorderOps
import EventLog

#if canImport(Glibc)
import Glibc
#endif

/// Every source `append` checks a batch's references against: the file it writes (read again
/// under the append lock) and the other files or folders it is told of (`--known`, else the
/// settings' `sources`), read once before the lock. A voyage opened only in another post's file
/// is known; a void in any source removes its target wherever the target is, as in the fold.
public struct KnownSources {
    /// The file written to.
    public var target: ExistingEventIDs
    /// The other files, in the order named.
    public var others: [ExistingEventIDs]

    public init(target: ExistingEventIDs, others: [ExistingEventIDs] = []) {
        self.target = target
        self.others = others
    }

    var all: [ExistingEventIDs] { [target] + others }

    /// The paths, the written file first, as a refusal names them.
    public var paths: [String] { all.map(\.path) }

    /// The `event.voided` (in any source) that removes the event `id`, if one does.
    public func void(of id: String) -> String? { all.lazy.compactMap { $0.void(of: id) }.first }

    /// Whether `id` is an `event.voided` in some source (voiding it would have no effect).
    public func isVoid(_ id: String) -> Bool { all.contains { $0.isVoid(id) } }

    /// Whether a line of some source opens `thing` and no void of any source removed it.
    public func knows(_ thing: NamedThing) -> Bool {
        all.contains { $0.openerIDs(thing).contains { void(of: $0) == nil } }
    }

    /// When every line that opened `thing` was voided: the void that removed the first of them.
    public func voidedOpening(_ thing: NamedThing) -> (opener: String, void: String)? {
        guard !knows(thing) else { return nil }
        for source in all {
            for opener in source.openerIDs(thing) {
                if let void = void(of: opener) { return (opener, void) }
            }
        }
        return nil
    }

    /// Every name of `kind` opened and not voided in any source, read again whole (the
    /// did-you-mean of a refusal: only then is every name needed).
    public func everyName(_ kind: ReferenceKind) -> [String] {
        var everything = all.map { ExistingEventIDs(path: $0.path, ids: [], everyName: true) }
        for i in everything.indices { try? everything[i].update() }
        let combined = KnownSources(target: everything[0], others: Array(everything.dropFirst()))
        return Array(Set(everything.flatMap { $0.openedNames(kind) })).filter { combined.knows(NamedThing(kind, $0)) }.sorted()
    }

    /// The event files `names` stand for, as `run` reads them: a file as named, a folder's
    /// `*.jsonl` files (not its subfolders), `written` left out (it is read under the lock).
    /// Standard input cannot be one: `append` may be reading its events from it.
    public static func files(_ names: [String], besides written: String) throws(AppendRefusal) -> [String] {
        var files: [String] = []
        for name in names {
            switch SourceSpec.classify(name) {
            case .standardInput:
                throw AppendRefusal(message: "--known: standard input (-) cannot be a known source; name files or folders")
            case .directory(let folder): files += DirectoryListing.files(in: folder, suffix: ".jsonl")
            case .file(let file): files.append(file)
            }
        }
        var seen: Set<String> = [resolved(written)]
        return files.filter { seen.insert(resolved($0)).inserted }
    }

    /// The path with links and `..` resolved, so one file named twice is read once.
    static func resolved(_ path: String) -> String {
        guard let real = realpath(path, nil) else { return path }
        defer { free(real) }
        return String(cString: real)
    }
}
