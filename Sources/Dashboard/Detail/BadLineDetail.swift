import BorderOps
import Words

/// A bad line in full: file, line number, the problem, and the line itself as written
/// (escaped where it is drawn, like any file text), read again from its file by an effect.
enum BadLineDetail {
    /// `text`: the line as read again (nil: not read yet, or it could not be read).
    static func document(_ problem: LineProblem, text: DetailFileLine?, context: ViewContext) -> DetailDocument {
        let t = context.t
        var d = DetailDocument(title: t(.detailBadLine), id: "\(problem.origin.source):\(problem.origin.line)")
        d.field(t(.detailFile.heading), problem.origin.source)
        d.field(t(.detailLine.heading), context.count(problem.origin.line))
        d.field(t(.detailProblem.heading), t(.lineProblem(problem.reason)), role: .warn)
        d.heading(t(.detailLineText))
        switch text {
        case .some(let line) where line.origin == problem.origin:
            if let bytes = line.text { d.text(bytes) } else { d.text(t(.detailLineUnread), role: .muted) }
        default:
            d.text(t(.detailReadingChecks), role: .muted)
        }
        return d
    }
}

/// A line read again from its file for a detail view (`Effect.readLine`): nil text when the
/// file or the line could not be read.
public struct DetailFileLine: Sendable, Equatable {
    public var origin: LineOrigin
    public var text: String?
    public init(origin: LineOrigin, text: String?) {
        self.origin = origin
        self.text = text
    }
}
