import BorderOps
import ExactKeys
import JSON
import PropertyBased
import Testing

/// Random streams with valid, malformed, duplicate, unknown and blank lines, folded by
/// `EventFold` and by a deliberately simple reference written from the spec's words.
@Suite struct ReferenceFoldPropertyTests {
    /// One line of a random stream, chosen by a number.
    static func line(_ code: Int, index: Int) -> (text: String, id: String, kind: Kind) {
        let kind = Kind(rawValue: code % 7)!
        let a = code / 7 % 4, b = code / 28 % 6, c = code / 168 % 5
        // Ids repeat on purpose: about one line in eight reuses an id from a small pool.
        let id = code / 840 % 8 == 0 ? "dup-\(code / 6720 % 5)" : "e-\(index)"
        let head = #"{"id":"\#(id)","ts":"2024-11-20T13:00:00+08:00","type":"#
        switch kind {
        case .check:
            let result = CheckResult.allCases[c].rawValue
            return (head + #""passenger.checked","post":"nunukan","voyage":"v\#(a)","passenger":"p\#(b)","doc":"ktp","result":"\#(result)"}"#, id, kind)
        case .kpi:
            return (head + #""kpi.reported","post":"nunukan","date":"2025-07-28","agency":"x","metric":"\#(KPIMetric.allCases[a].rawValue)","count":\#(b * 7)}"#, id, kind)
        case .seizure:
            return (head + #""seizure.recorded","post":"nunukan","case":"c\#(a)","commodity":"tobacco","value_idr":\#(b * 1000),"suspects":\#(c),"agency":"bea-cukai"}"#, id, kind)
        case .malformedInt:
            return (head + #""kpi.reported","post":"nunukan","date":"2025-07-28","agency":"x","metric":"patrol","count":\#(b).5}"#, id, kind)
        case .malformedJSON:
            return (head + #""voyage.closed","post":"nunukan","voyage":"v\#(a)""#, id, kind)
        case .unknown:
            return (head + #""radar.contact","post":"nunukan","bearing":\#(b)}"#, id, kind)
        case .blank:
            return (String(repeating: " ", count: a), id, kind)
        }
    }

    enum Kind: Int { case check, kpi, seizure, malformedInt, malformedJSON, unknown, blank }

    /// The reference: counts, each voyage's latest result per passenger, KPI sums, latest seizure per case.
    struct Reference {
        var lines = 0, folded = 0, malformed = 0, duplicates = 0, unknown = 0
        var seen = Set<String>()
        var voyages: [String: [String: String]] = [:]
        var kpi: [String: Int64] = [:]
        var seizures: [String: (value: Int64, suspects: Int64)] = [:]

        mutating func fold(_ text: String, id: String, kind: Kind, code: Int) {
            if kind == .blank { return }
            lines += 1
            if kind == .malformedInt || kind == .malformedJSON { malformed += 1; return }
            if seen.contains(id) { duplicates += 1; return }
            seen.insert(id)
            let a = code / 7 % 4, b = code / 28 % 6, c = code / 168 % 5
            switch kind {
            case .unknown: unknown += 1
            case .check: folded += 1; voyages["v\(a)", default: [:]]["p\(b)"] = CheckResult.allCases[c].rawValue
            case .kpi: folded += 1; kpi[KPIMetric.allCases[a].rawValue, default: 0] += Int64(b * 7)
            case .seizure: folded += 1; seizures["c\(a)"] = (Int64(b * 1000), Int64(c))
            default: break
            }
        }
    }

    @Test func foldMatchesReference() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0..<100_000).array(of: 0...300)) { codes in
            var fold = EventFold()
            var reference = Reference()
            for (index, code) in codes.enumerated() {
                let line = Self.line(code, index: index)
                fold.ingest(LineDecoder.decode(line.text), origin: LineOrigin(source: "random", line: index + 1))
                reference.fold(line.text, id: line.id, kind: line.kind, code: code)
            }
            let c = fold.counts
            #expect(c.lines == reference.lines)
            #expect(c.folded == reference.folded)
            #expect(c.malformed == reference.malformed)
            #expect(c.duplicates == reference.duplicates)
            #expect(c.unknown == reference.unknown)
            #expect(fold.state.voyages.count == reference.voyages.count)
            for (id, passengers) in reference.voyages {
                let voyage = fold.state.voyages[id]
                #expect(voyage?.checked == passengers.count)
                for result in CheckResult.allCases {
                    #expect(voyage?.results[result] == passengers.values.filter { $0 == result.rawValue }.count)
                }
            }
            for metric in KPIMetric.allCases {
                #expect(fold.state.desk.total(metric) == reference.kpi[metric.rawValue, default: 0])
            }
            #expect(fold.state.desk.seizures.count == reference.seizures.count)
            #expect(fold.state.desk.seizureValueIDR == reference.seizures.values.reduce(0) { $0 + $1.value })
            #expect(fold.state.desk.suspects == reference.seizures.values.reduce(0) { $0 + $1.suspects })
        }
    }
}
