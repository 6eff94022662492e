import BorderOps
import ExactKeys
import SafeText
import Words

/// The bottom status line: each source and its state (with its integrity chain's seal), the
/// last event's time, malformed and duplicate counts, and the post clock in its zone.
enum StatusLine {
    /// Where a file's chain seal goes: after its name (in full or short words), or, when the
    /// line is too full for that, last, so the counts before it stay in view.
    enum SealPlace: Equatable {
        case afterName(short: Bool)
        case last
    }

    static func draw(into grid: inout Grid, rect: Rect, context: ViewContext) {
        grid.fill(rect, role: .muted, style: .reverse)
        let clock = " \(PostTime.clock(context.input.now, in: context.input.zone)) \(context.input.zone.name) "
        let clockWidth = DisplayWidth.of(clock)
        var x = rect.x + 1
        let limit = rect.maxX - clockWidth - 1
        let narrow = rect.width < 100
        let places: [SealPlace] = narrow ? [.afterName(short: true), .last] : [.afterName(short: false), .afterName(short: true), .last]
        // Everything if it fits; else the first way that keeps the malformed count in view; else
        // the short words, cut where the line ends. When even the first part would be cut (the
        // smallest screens: a long file name cut with `…` hid its state), the files are counted
        // rather than named (`● 1 berkas mengikuti`), a file with news keeps its state whole,
        // and only whole parts are shown.
        let room = limit - x
        // Each way made when first tried: the first usually fits, and making one is most of the line's cost.
        var made: [Int: (parts: [(String, Role)], essential: Int)] = [:]
        func way(_ i: Int) -> (parts: [(String, Role)], essential: Int) {
            if let kept = made[i] { return kept }
            let way = Self.parts(context, narrow: narrow, seal: places[i])
            made[i] = way
            return way
        }
        func width(_ parts: ArraySlice<(String, Role)>) -> Int { parts.reduce(3 * (parts.count - 1)) { $0 + DisplayWidth.of($1.0) } }
        func whole(_ parts: [(String, Role)]) -> [(String, Role)] {
            Array(parts.prefix((1...parts.count).last { width(parts.prefix($0)) <= room } ?? 1))
        }
        let parts: [(String, Role)]
        let fitting = places.indices.first { width(way($0).parts[...]) <= room }
            ?? places.indices.first { width(way($0).parts.prefix(way($0).essential)) <= room }
        func fallback() -> [(String, Role)] { way(narrow ? 0 : 1).parts }
        if let fitting {
            parts = way(fitting).parts
        } else if width(fallback().prefix(1)) <= room {
            parts = fallback()
        } else {
            let counted = places.map { whole(Self.parts(context, narrow: narrow, seal: $0, counted: room).parts) }
            parts = counted.enumerated().max { a, b in (a.element.count, b.offset) < (b.element.count, a.offset) }!.element
        }
        for (i, part) in parts.enumerated() where x < limit {
            if i > 0 { x += grid.text(" · ", x: x, y: rect.y, maxWidth: limit - x, role: .muted, style: .reverse) }
            x += grid.text(part.0, x: x, y: rect.y, maxWidth: limit - x, role: part.1, style: .reverse)
        }
        grid.text(clock, x: rect.maxX - clockWidth, y: rect.y, role: .accent, style: [.bold, .reverse])
    }

    /// The parts in order, and how many of them up to the malformed count. `counted` (the line's room): the files being followed are counted
    /// even when there are few, and the others' names cut to leave their state whole.
    static func parts(_ context: ViewContext, narrow: Bool, seal place: SealPlace, counted: Int? = nil) -> (parts: [(String, Role)], essential: Int) {
        let counts = context.input.fold.counts
        var parts: [(String, Role)] = []
        var seals: [String] = []
        let (dot, warning) = ("●", "⚠")
        // The mouse left to the terminal, first: why a drag selects text here (`DashboardModel.reportsMouse`).
        if !context.model.reportsMouse { parts.append((context.t(.mouseSelectsText), .accent)) }
        // A broken chain first, by name and line: an edited file is news whatever else is on.
        for source in context.input.sources {
            guard case .broken(let line)? = source.chain else { continue }
            let place = "\(DisplayText.shortened(Self.name(source.path), limit: narrow ? 24 : 40)):\(line)"
            parts.append(("\(warning) \(context.t(.chainBroken(at: place)))", .warn))
        }
        // Problems and sync-conflict copies first, each by name; files that are simply being
        // followed are counted when there are many (a headquarters follows dozens).
        var (conflicts, troubled, quiet): ([SourceStatus], [SourceStatus], [SourceStatus]) = ([], [], [])
        for source in context.input.sources {
            if Self.isConflictCopy(source.path) {
                conflicts.append(source)
            } else if Self.isQuiet(source.state) {
                quiet.append(source)
            } else {
                troubled.append(source)
            }
        }
        for source in conflicts {
            parts.append(("\(warning) \(context.t(.syncConflict)): \(Self.name(source.path))", .warn))
        }
        func withSeal(_ text: String, _ sources: [SourceStatus]) -> String {
            let word = Self.seal(sources, context: context, short: place != .afterName(short: false))
            guard !word.isEmpty else { return text }
            if place == .last {
                seals.append(word)
                return text
            }
            return text + ", " + word
        }
        let countQuiet = quiet.count > 3 || (counted != nil && !quiet.isEmpty)
        let shown = troubled + (countQuiet ? [] : quiet)
        for source in shown {
            let (word, role): (String, Role)
            switch source.state {
            case .following: (word, role) = (context.t(.following), .muted)
            case .rotated: (word, role) = (context.t(.rotated), .warn)
            case .truncated: (word, role) = (context.t(.truncated), .warn)
            case .deleted: (word, role) = (context.t(.deleted), .warn)
            case .missing: (word, role) = (context.t(.missing), .warn)
            case .ended: (word, role) = (context.t(.ended), .muted)
            case .error(let said): (word, role) = (context.t(said), .critical)
            case .notFollowed(let reason): (word, role) = ("\(context.t(.notFollowed)): \(reason.text(context.language))", .warn)
            }
            // Counted (the smallest screens), a file with news keeps its name's start and its state whole.
            let name = counted.map { DisplayText.shortened(Self.name(source.path), limit: max(4, $0 - 4 - DisplayWidth.of(word))) } ?? Self.name(source.path)
            parts.append((withSeal("\(dot) \(name) \(word)", [source]), role))
        }
        if countQuiet {
            let files = context.t(quiet.count == 1 ? .oneFile : .files)
            parts.append((withSeal("\(dot) \(context.count(quiet.count)) \(files) \(context.t(.following))", quiet), .muted))
        }
        if let writer = context.input.writer {
            parts.append(("✎ \(Self.name(writer.file)) (\(writer.operatorID))", .muted))
        } else {
            parts.append((context.t(.readOnlyBanner), .warn))
        }
        if let last = context.input.state.lastEventTime {
            parts.append(("\(context.t(.lastEvent)) \(context.time(last))", .muted))
        }
        let bad = counts.malformed > 0
        parts.append(("\(context.t(.malformed)) \(context.count(counts.malformed))" + (bad ? " (b)" : ""), bad ? .warn : .muted))
        let essential = parts.count
        parts.append(("\(context.t(.duplicates)) \(context.count(counts.duplicates))", counts.duplicates > 0 ? .warn : .muted))
        parts += seals.map { ($0, .muted) }
        return (parts, essential)
    }

    /// `tersegel` / `3 baris belum tercakup` for the chains of `sources` taken together (the
    /// lines not covered added up; `memeriksa rantai` while any is still being hashed); empty
    /// when none is tracked or all tracked ones are broken (those are named on their own).
    static func seal(_ sources: [SourceStatus], context: ViewContext, short: Bool) -> String {
        var tracked = false
        var checking = false
        var notCovered = 0
        for source in sources {
            switch source.chain {
            case .sealed?: tracked = true
            case .notCovered(let lines)?: (tracked, notCovered) = (true, notCovered + lines)
            case .checking?: checking = true
            case .broken?, nil: continue
            }
        }
        if checking { return context.t(.chainChecking) }
        guard tracked else { return "" }
        if notCovered == 0 { return context.t(.chainSealed) }
        return context.t(short ? .chainNotCoveredShort(notCovered) : .chainNotCovered(notCovered))
    }

    static func name(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }

    /// Syncthing's name for a copy it keeps when two machines changed one file
    /// (`post.sync-conflict-20241120-130000-ABCDEFG.jsonl`): two writers on one file.
    /// Looked for in the name's bytes (`ByteSearch`): `String.contains` goes through the
    /// string-processing library's generic search, and asked three times per file it was half of
    /// a frame's status line (perf, 200 appends: 37 of 72 samples).
    static func isConflictCopy(_ path: String) -> Bool {
        var name = name(path)
        return name.withUTF8 { ByteSearch.contains(UnsafeRawBufferPointer($0), conflictMarker) }
    }

    private static let conflictMarker = Array(".sync-conflict-".utf8)

    static func isQuiet(_ state: SourceStatus.State) -> Bool { state == .following || state == .ended }
}
