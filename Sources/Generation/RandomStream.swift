import BorderOps
import JSON

/// A valid random event stream of realistic shape for load tests and benchmarks: several posts,
/// each day three ferry departures checked passenger by passenger (the bulk of a real log),
/// a joint operation with its checklist every other day, a Timpora meeting every third day (which
/// settles most of the last meeting's actions), the desk's daily KPIs and the odd seizure. The
/// same seed gives the same lines but for their dates, whatever the first day. (Since the
/// meetings settle actions, 7 December 2026, a seed no longer gives the file it gave before.)
public struct RandomStream {
    public struct Post: Sendable {
        public var id: String
        public var prefix: String
        public var offsetSeconds: Int32
    }

    /// Six posts the earlier benchmarks used, then 44 more (headquarters watches about fifty),
    /// interleaved so that five or more span the three zones.
    public static let posts: [Post] = [
        Post(id: "nunukan", prefix: "nnk", offsetSeconds: 8 * 3600),
        Post(id: "tarakan", prefix: "trk", offsetSeconds: 8 * 3600),
        Post(id: "atambua", prefix: "atb", offsetSeconds: 8 * 3600),
        Post(id: "skouw", prefix: "skw", offsetSeconds: 9 * 3600),
        Post(id: "entikong", prefix: "etk", offsetSeconds: 7 * 3600),
        Post(id: "sebatik", prefix: "sbt", offsetSeconds: 8 * 3600),
        Post(id: "motaain", prefix: "mta", offsetSeconds: 8 * 3600),
        Post(id: "aruk", prefix: "ark", offsetSeconds: 7 * 3600),
        Post(id: "merauke", prefix: "mrk", offsetSeconds: 9 * 3600),
        Post(id: "motamasin", prefix: "mms", offsetSeconds: 8 * 3600),
        Post(id: "badau", prefix: "bdu", offsetSeconds: 7 * 3600),
        Post(id: "sota", prefix: "sta", offsetSeconds: 9 * 3600),
        Post(id: "wini", prefix: "wni", offsetSeconds: 8 * 3600),
        Post(id: "jagoibabang", prefix: "jgb", offsetSeconds: 7 * 3600),
        Post(id: "jayapura", prefix: "jyp", offsetSeconds: 9 * 3600),
        Post(id: "napan", prefix: "npn", offsetSeconds: 8 * 3600),
        Post(id: "batam", prefix: "btm", offsetSeconds: 7 * 3600),
        Post(id: "sorong", prefix: "sor", offsetSeconds: 9 * 3600),
        Post(id: "kupang", prefix: "kpg", offsetSeconds: 8 * 3600),
        Post(id: "sekupang", prefix: "skp", offsetSeconds: 7 * 3600),
        Post(id: "ambon", prefix: "amb", offsetSeconds: 9 * 3600),
        Post(id: "balikpapan", prefix: "bpn", offsetSeconds: 8 * 3600),
        Post(id: "tanjunguban", prefix: "tub", offsetSeconds: 7 * 3600),
        Post(id: "saumlaki", prefix: "sml", offsetSeconds: 9 * 3600),
        Post(id: "makassar", prefix: "mks", offsetSeconds: 8 * 3600),
        Post(id: "tanjungpinang", prefix: "tpg", offsetSeconds: 7 * 3600),
        Post(id: "tual", prefix: "tul", offsetSeconds: 9 * 3600),
        Post(id: "parepare", prefix: "ppr", offsetSeconds: 8 * 3600),
        Post(id: "karimun", prefix: "krm", offsetSeconds: 7 * 3600),
        Post(id: "ternate", prefix: "tte", offsetSeconds: 9 * 3600),
        Post(id: "bitung", prefix: "btg", offsetSeconds: 8 * 3600),
        Post(id: "dumai", prefix: "dmi", offsetSeconds: 7 * 3600),
        Post(id: "biak", prefix: "bik", offsetSeconds: 9 * 3600),
        Post(id: "tahuna", prefix: "thn", offsetSeconds: 8 * 3600),
        Post(id: "bengkalis", prefix: "bkl", offsetSeconds: 7 * 3600),
        Post(id: "miangas", prefix: "mgs", offsetSeconds: 8 * 3600),
        Post(id: "selatpanjang", prefix: "slp", offsetSeconds: 7 * 3600),
        Post(id: "marore", prefix: "mrr", offsetSeconds: 8 * 3600),
        Post(id: "belawan", prefix: "blw", offsetSeconds: 7 * 3600),
        Post(id: "manado", prefix: "mdo", offsetSeconds: 8 * 3600),
        Post(id: "sabang", prefix: "sbg", offsetSeconds: 7 * 3600),
        Post(id: "krayan", prefix: "kry", offsetSeconds: 8 * 3600),
        Post(id: "tanjungbalai", prefix: "tjb", offsetSeconds: 7 * 3600),
        Post(id: "benoa", prefix: "bno", offsetSeconds: 8 * 3600),
        Post(id: "pontianak", prefix: "ptk", offsetSeconds: 7 * 3600),
        Post(id: "labuanbajo", prefix: "lbj", offsetSeconds: 8 * 3600),
        Post(id: "sintang", prefix: "stg", offsetSeconds: 7 * 3600),
        Post(id: "samarinda", prefix: "smd", offsetSeconds: 8 * 3600),
        Post(id: "natuna", prefix: "ntn", offsetSeconds: 7 * 3600),
        Post(id: "tolitoli", prefix: "tli", offsetSeconds: 8 * 3600),
    ]

    static let vessels = ["KM. Thalia", "KM. Purnama", "KM. Francis", "Labuan Express V", "KM. Lambelu", "KM. Bukit Siguntang"]
    static let destinations = ["Tawau", "Pare-Pare", "Makassar", "Tarakan", "Balikpapan", "Baubau"]
    static let agencies = ["imigrasi", "bea-cukai", "lanal", "ksop", "bp3mi", "kp3", "bnnp", "polres"]

    /// The first day when none is asked for: the earlier benchmarks' histories start on it.
    public static let defaultFirstDay = CivilDate(year: 2024, month: 11, day: 1)

    private var random: SplitMix64
    private let posts: [Post]
    private let firstDay: Int64
    private var sequence: [Int]
    /// Per post, the actions its last meeting assigned, settled at its next one.
    private var actionsToSettle: [[String]]
    private var day = 0
    /// Counts lines without writing them (`firstDay(endingOn:…)`): the draws are the same.
    private var counting = false

    public init(seed: UInt64, postCount: Int = 3, firstDay: CivilDate = Self.defaultFirstDay) {
        random = SplitMix64(seed: seed)
        posts = Array(Self.posts.prefix(max(1, min(postCount, Self.posts.count))))
        self.firstDay = firstDay.daysSinceEpoch
        sequence = Array(repeating: 0, count: posts.count)
        actionsToSettle = Array(repeating: [], count: posts.count)
    }

    /// The first day from which `count` lines end on `lastDay`: the stream's shape does not
    /// depend on its dates, so a copy that only counts says how many days the lines take.
    public static func firstDay(endingOn lastDay: CivilDate, seed: UInt64, postCount: Int, count: Int) -> CivilDate {
        var copy = RandomStream(seed: seed, postCount: postCount)
        copy.counting = true
        copy.generate(count: count) { _ in }
        return CivilDate(daysSinceEpoch: lastDay.daysSinceEpoch - Int64(max(copy.day, 1) - 1))
    }

    /// Calls `emit` with `count` lines (each one JSON object, no newline).
    public mutating func generate(count: Int, _ emit: (String) -> Void) {
        var produced = 0
        while produced < count {
            var lines: [String] = []
            for p in posts.indices { nextDay(post: p, into: &lines) }
            for line in lines where produced < count {
                emit(line)
                produced += 1
            }
            day += 1
        }
    }

    private mutating func nextDay(post p: Int, into lines: inout [String]) {
        let post = posts[p]
        let date = CivilDate(daysSinceEpoch: firstDay + Int64(day))
        let midnight = date.daysSinceEpoch * 86_400 - Int64(post.offsetSeconds)
        var clock = midnight + 6 * 3600
        func tick(_ maxSeconds: Int) -> Timestamp {
            clock += Int64(Int.random(in: 1...maxSeconds, using: &random))
            return Timestamp(epochSeconds: clock, offsetSeconds: post.offsetSeconds)
        }
        func event(_ type: EventType, _ ts: Timestamp, by: String? = nil, _ fields: [JSONMember]) {
            sequence[p] += 1
            // The caller built `fields` all the same: some of them draw numbers.
            if counting {
                lines.append("")
                return
            }
            var members = [
                JSONMember("id", .string("\(post.prefix)-\(pad(sequence[p], 8))")),
                JSONMember("ts", .string(ts.rfc3339())),
                JSONMember("type", .string(type.rawValue)),
                JSONMember("post", .string(post.id)),
            ]
            if let by { members.append(JSONMember("by", .string(by))) }
            lines.append(JSONWriter.compact(.object(members + fields)))
        }
        func s(_ v: String) -> JSONValue { .string(v) }
        func n(_ v: Int) -> JSONValue { .number(JSONNumber(Int64(v))) }
        let tag = "\(post.prefix)-\(date.year)\(pad(date.month))\(pad(date.day))"

        // Timpora meeting every third day.
        if day % 3 == 0 {
            let meeting = "timpora-\(tag)"
            event(.meetingOpened, tick(600), by: "sekretariat", [
                JSONMember("meeting", s(meeting)), JSONMember("title", s("Rapat Timpora")),
                JSONMember("chair", s("Kepala Kantor Imigrasi")), JSONMember("location", s("Kantor Imigrasi")),
                JSONMember("attendees", .array(Self.agencies.prefix(6).map(s))),
            ])
            // The last meeting's actions: most done, some dropped, a few left open for good (an
            // overdue action headquarters sees).
            for action in actionsToSettle[p] {
                let roll = Int.random(in: 0..<100, using: &random)
                guard roll < 96 else { continue }
                event(.actionState, tick(120), by: "sekretariat", [
                    JSONMember("action", s(action)), JSONMember("state", s(roll < 90 ? "done" : "dropped")),
                ])
            }
            actionsToSettle[p] = (1...3).map { "\(meeting)-a\($0)" }
            for i in 1...5 {
                for state in ["discussing", "done"] {
                    event(.agendaItem, tick(900), by: "sekretariat", [
                        JSONMember("meeting", s(meeting)), JSONMember("item", s("i\(i)")),
                        JSONMember("title", s("Agenda \(i)")), JSONMember("owner", s(Self.agencies[i % Self.agencies.count])),
                        JSONMember("state", s(state)),
                    ])
                }
            }
            for a in 1...3 {
                event(.actionAssigned, tick(120), by: "sekretariat", [
                    JSONMember("meeting", s(meeting)), JSONMember("action", s("\(meeting)-a\(a)")),
                    JSONMember("title", s("Tindak lanjut \(a)")), JSONMember("owner", s(Self.agencies[a])),
                    JSONMember("due", s(CivilDate(daysSinceEpoch: date.daysSinceEpoch + 7).description)),
                ])
            }
            event(.meetingClosed, tick(300), by: "sekretariat", [JSONMember("meeting", s(meeting))])
        }

        // Joint operation with its checklist every other day.
        let op = "opgab-\(tag)"
        let checklist = "cl-\(op)"
        let onOperation = day % 2 == 0
        if onOperation {
            event(.opPlanned, tick(600), by: "posko", [
                JSONMember("op", s(op)), JSONMember("title", s("Operasi gabungan pelabuhan")),
                JSONMember("location", s("Pelabuhan")), JSONMember("lead", s("imigrasi")),
                JSONMember("agencies", .array(Self.agencies.prefix(5).map(s))),
                JSONMember("starts", s(Timestamp(epochSeconds: clock + 3600, offsetSeconds: post.offsetSeconds).rfc3339())),
            ])
            event(.checklistStarted, tick(60), by: "posko", [
                JSONMember("checklist", s(checklist)), JSONMember("op", s(op)), JSONMember("title", s("Opgab pelabuhan")),
                JSONMember("steps", .array((1...8).map { .object([JSONMember("step", s("s\($0)")), JSONMember("title", s("Langkah \($0)"))]) })),
            ])
            for phase in ["briefing", "deployed", "checking"] {
                event(.opPhase, tick(900), by: "posko", [JSONMember("op", s(op)), JSONMember("phase", s(phase))])
            }
            for t in 1...3 {
                event(.opTeam, tick(60), by: "posko", [
                    JSONMember("op", s(op)), JSONMember("team", s("tim-\(t)")),
                    JSONMember("agency", s(Self.agencies[t])), JSONMember("status", s("deployed")),
                ])
            }
            for step in 1...4 {
                event(.checklistStep, tick(300), by: "operator-1", [
                    JSONMember("checklist", s(checklist)), JSONMember("step", s("s\(step)")), JSONMember("state", s("done")),
                ])
            }
        }

        // Three departures, checked passenger by passenger.
        for v in 0..<3 {
            let voyage = "\(tag)-v\(v + 1)"
            let manifest = Int.random(in: 120...320, using: &random)
            event(.voyageOpened, tick(1200), by: "ksop", [
                JSONMember("voyage", s(voyage)), JSONMember("vessel", s(Self.vessels[(v + day) % Self.vessels.count])),
                JSONMember("from", s(post.id.prefix(1).uppercased() + post.id.dropFirst())), JSONMember("to", s(Self.destinations[(v + p) % Self.destinations.count])),
                JSONMember("departs", s(Timestamp(epochSeconds: clock + 7200, offsetSeconds: post.offsetSeconds).rfc3339())),
                JSONMember("manifest", n(manifest)),
            ])
            let present = manifest - Int.random(in: 0...(manifest / 20), using: &random)
            for passenger in 1...present {
                let roll = Int.random(in: 0..<1000, using: &random)
                let result = roll < 955 ? "cleared" : roll < 975 ? "postponed" : roll < 987 ? "referred" : roll < 995 ? "violation" : "denied"
                let doc = roll % 10 == 0 ? "passport" : "ktp"
                event(.passengerChecked, tick(25), by: "imigrasi-\(pad(passenger % 4 + 1))", [
                    JSONMember("voyage", s(voyage)), JSONMember("passenger", s("p-\(pad(passenger, 4))")),
                    JSONMember("doc", s(doc)), JSONMember("result", s(result)),
                ])
            }
            event(.voyageClosed, tick(600), by: "ksop", [JSONMember("voyage", s(voyage))])
        }

        if onOperation {
            if Int.random(in: 0..<4, using: &random) == 0 {
                event(.opFinding, tick(60), by: "posko", [
                    JSONMember("op", s(op)), JSONMember("finding", s("f1")), JSONMember("category", s("pmi")),
                    JSONMember("severity", s("warning")), JSONMember("summary", s("Dugaan CPMI non-prosedural, diserahkan ke BP3MI")),
                ])
            }
            for step in 5...8 {
                event(.checklistStep, tick(120), by: "operator-1", [
                    JSONMember("checklist", s(checklist)), JSONMember("step", s("s\(step)")), JSONMember("state", s("done")),
                ])
            }
            for phase in ["debrief", "closed"] {
                event(.opPhase, tick(900), by: "posko", [JSONMember("op", s(op)), JSONMember("phase", s(phase))])
            }
        }

        // The desk's daily KPIs and the odd seizure.
        for metric in KPIMetric.allCases {
            event(.kpiReported, tick(60), by: "desk", [
                JSONMember("date", s(date.description)), JSONMember("agency", s(Self.agencies[Int.random(in: 0..<8, using: &random)])),
                JSONMember("metric", s(metric.rawValue)), JSONMember("count", n(Int.random(in: 0...12, using: &random))),
            ])
        }
        if Int.random(in: 0..<3, using: &random) == 0 {
            event(.seizureRecorded, tick(60), by: "desk", [
                JSONMember("case", s("sz-\(tag)")),
                JSONMember("commodity", s(Commodity.allCases[Int.random(in: 0..<Commodity.allCases.count, using: &random)].rawValue)),
                JSONMember("value_idr", n(Int.random(in: 1...900, using: &random) * 1_000_000)),
                JSONMember("suspects", n(Int.random(in: 0...3, using: &random))),
                JSONMember("agency", s("bea-cukai")),
            ])
        }
    }
}
