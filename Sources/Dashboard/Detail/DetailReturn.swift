import BorderOps
import Words

/// Where Esc in a detail view goes back to: the list or detail view it was opened from, with
/// the selection (a list's row, a detail view's top line) and selected link it had then.
public struct DetailReturn: Sendable, Equatable {
    public var overlay: Overlay
    public var selection: Int
    public var link: Int

    public init(overlay: Overlay, selection: Int, link: Int) {
        self.overlay = overlay
        self.selection = selection
        self.link = link
    }

    /// The place named on the hints line (`Esc kembali ke pencarian`). Ids come from the files:
    /// the grid escapes them when it draws.
    public var place: Word {
        switch overlay {
        case .search: return .placeSearch
        case .alerts: return .placeAlerts
        case .badLines: return .placeBadLines
        case .help: return .placeHelp
        case .posts: return .placePosts
        case .describe(let target): return Self.place(target)
        }
    }

    static func place(_ target: DetailTarget) -> Word {
        func named(_ kind: Word, _ id: String) -> Word { Word(en: "\(kind.en) \(id)", id: "\(kind.id) \(id)") }
        switch target {
        case .voyage(let id): return named(.searchKindVoyage, id)
        case .operation(let id): return named(.searchKindOperation, id)
        case .meeting(let id): return named(.searchKindMeeting, id)
        case .desk: return .placeDesk
        case .seizure(let id): return named(.searchKindSeizure, id)
        case .alert(let id): return named(.searchKindAlert, id)
        case .badLine(let origin): return named(.placeBadLine, "\(origin.source):\(origin.line)")
        }
    }
}

/// The views Esc goes back through, the latest last. Bounded: a longer walk forgets its oldest
/// level, so the stack cannot grow without end whatever links a detail view comes to offer.
public struct DetailReturnStack: Sendable, Equatable {
    public static let bound = 16
    public private(set) var entries: [DetailReturn] = []

    public init() {}

    public var last: DetailReturn? { entries.last }

    public mutating func push(_ entry: DetailReturn) {
        entries.append(entry)
        if entries.count > Self.bound { entries.removeFirst(entries.count - Self.bound) }
    }

    public mutating func pop() -> DetailReturn? { entries.popLast() }

    public mutating func removeAll() { entries = [] }
}

extension DashboardModel {
    /// Remembers the view a detail is opened from. From a list (the search, the alerts, the bad
    /// lines) the walk starts again with that list; from a detail view it goes one level deeper;
    /// from the panes there is nothing to go back to but the panes.
    mutating func pushReturn() {
        guard let overlay else { detailReturns.removeAll(); return }
        if case .describe = overlay {} else { detailReturns.removeAll() }
        detailReturns.push(DetailReturn(overlay: overlay, selection: overlaySelection, link: detailLink))
    }

    /// Esc in a detail view: back one level, where it was; with no level left, the panes.
    mutating func popReturn() {
        guard let back = detailReturns.pop() else { overlay = nil; return }
        (overlay, overlaySelection, detailLink) = (back.overlay, back.selection, back.link)
    }
}
