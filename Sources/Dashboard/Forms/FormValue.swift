import BorderOps
import JSON

/// A field's value as it will be written, read from what was typed or chosen.
public enum FormValue: Sendable, Equatable {
    /// An optional field left empty: its member is not written.
    case absent
    case text(String)
    case count(Int64)
    case rupiah(Int64)
    case time(Timestamp)
    case date(CivilDate)
    case pick(String)
    case picks([String])
}

extension FormValue {
    /// The value as the event format writes it (nil: absent): times in RFC 3339 with the
    /// post's offset, days as `YYYY-MM-DD`, numbers and rupiah as ints, picks as their codes.
    public var json: JSONValue? {
        switch self {
        case .absent: return nil
        case .text(let s), .pick(let s): return .string(s)
        case .count(let n), .rupiah(let n): return .number(JSONNumber(n))
        case .time(let t): return .string(t.rfc3339())
        case .date(let d): return .string(d.description)
        case .picks(let codes): return .array(codes.map(JSONValue.string))
        }
    }

    /// The text, or the picked code.
    public var string: String? {
        switch self {
        case .text(let s), .pick(let s): return s
        default: return nil
        }
    }
}

extension [String: FormValue] {
    /// The members for `keys`, in that order; absent values left out.
    public func members(_ keys: [String]) -> [JSONMember] {
        keys.compactMap { key in self[key]?.json.map { JSONMember(key, $0) } }
    }
}

/// What a form's values are read against: the clock, the post's zone, what is known.
public struct FormContext: Sendable {
    public var now: Timestamp
    public var zone: PostZone
    public var state: BorderState
    /// The loop's id generator (`LoopEnvironment.newID`): the random part of the ids a form
    /// makes for new things (nil in a context that makes none).
    public var newID: (@Sendable (_ post: String) -> String)?
    /// The agencies the posts file lists for the form's post.
    public var postAgencies: [String] = []

    public init(now: Timestamp, zone: PostZone, state: BorderState, newID: (@Sendable (_ post: String) -> String)? = nil) {
        self.now = now
        self.zone = zone
        self.state = state
        self.newID = newID
    }

    /// The form's post's context from the frame's data (its zone from the posts file).
    public init(_ input: DashboardInput, post: String, newID: (@Sendable (_ post: String) -> String)? = nil) {
        self.init(now: input.now, zone: Self.zone(of: post, input), state: input.state, newID: newID)
        postAgencies = input.postDirectory.first { $0.id == post }?.agencies ?? []
    }

    /// Four characters of a new event id's random part (`k3f9`): with the post and the time in
    /// the ids that carry it, two terminals adding at once do not pick the same id.
    public func randomPart(_ post: String) -> String {
        String((newID?(post) ?? "").suffix(4))
    }

    /// A post's own zone (the posts file), or the dashboard's for a post it does not list.
    public static func zone(of post: String, _ input: DashboardInput) -> PostZone {
        ViewContext(input: input, model: DashboardModel()).zone(of: post)
    }
}

extension FormField {
    /// The value, or why what was typed is not one yet.
    public func value(_ context: FormContext) -> Result<FormValue, OfficerInputProblem> {
        let typed = OfficerText.trimmed(editor.text)
        let empty: Result<FormValue, OfficerInputProblem> = optional ? .success(.absent) : .failure(.empty)
        switch kind {
        case .pick:
            guard let first = chosen.first, choices.indices.contains(first) else { return empty }
            return .success(.pick(choices[first].code))
        case .multiPick:
            let codes = chosen.filter(choices.indices.contains).map { choices[$0].code }
            return codes.isEmpty ? empty : .success(.picks(codes))
        default:
            if typed.isEmpty { return empty }
        }
        switch kind {
        case .count: return OfficerNumber.count(typed).map(FormValue.count)
        case .rupiah: return OfficerNumber.rupiah(typed).map(FormValue.rupiah)
        case .time: return OfficerTime.time(typed, today: context.now, zone: context.zone).map(FormValue.time)
        case .date: return OfficerTime.date(typed, today: context.now, zone: context.zone).map(FormValue.date)
        case .dayOrTime:
            // A day unless an hour is written (`13.00`, `20/11 13.00`): then that instant.
            let day = OfficerTime.date(typed, today: context.now, zone: context.zone).map(FormValue.date)
            guard case .failure = day, typed.contains(where: { $0 == "." || $0 == ":" }) else { return day }
            return OfficerTime.time(typed, today: context.now, zone: context.zone).map(FormValue.time)
        case .text, .pick, .multiPick: return .success(.text(typed))
        }
    }
}
