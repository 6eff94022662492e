import BorderOps
import Testing
import Words

/// A malformed line's reason in Bahasa Indonesia: every reason the decoder gives for a corpus of
/// broken lines (one per kind of fault) is translated whole, with no English word of the
/// phrases left outside what is quoted from the file.
@Suite struct LineProblemWordsTests {
    static let envelope = #""id":"a","ts":"2024-11-20T13:00:00+08:00","post":"nunukan""#
    static func voyage(_ field: String) -> String {
        #"{\#(envelope),"type":"voyage.opened","voyage":"v","vessel":"KM. Thalia","from":"Nunukan","to":"Pare-Pare","departs":"2024-11-20T15:00:00+08:00",\#(field)}"#
    }

    static let corpus: [String] = [
        String(repeating: "a", count: 1_048_577), "not json", "[1]", #"{"id":"a"}"#, #"{"id":"","ts":"2024-11-20T13:00:00+08:00"}"#,
        voyage(#""manifest":-3"#), voyage(#""manifest":1.5"#), voyage(#""manifest":99999999999999999999"#), voyage(#""manifest":"x""#),
        voyage(#""manifest":3,"exercise":"yes""#), voyage(#""manifest":null"#),
        #"{\#(envelope),"type":"passenger.checked","voyage":"v","passenger":"p","doc":"ktp","result":"lolos"}"#,
        #"{"id":"a","ts":"yesterday","post":"nunukan","type":"meeting.closed","meeting":"m"}"#,
        #"{\#(envelope),"type":"event.voided","target":"b","reason":""}"#,
        #"{\#(envelope),"type":"kpi.reported","date":"2024/11/20","agency":"x","metric":"patrol","count":1}"#,
        #"{\#(envelope),"type":"meeting.opened","meeting":"m","title":"t","chair":"c","location":"l","attendees":[1]}"#,
        #"{\#(envelope),"type":"meeting.opened","meeting":"m","title":"t","chair":"c","location":"l","attendees":"x"}"#,
        #"{\#(envelope),"type":"checklist.started","checklist":"c","title":"t","steps":[1]}"#,
        #"{\#(envelope),"type":"checklist.started","checklist":"c","title":"t","steps":[{"title":"x"}]}"#,
        #"{\#(envelope),"type":"checklist.started","checklist":"c","title":"t","steps":[{"step":"x"}]}"#,
        #"{\#(envelope),"type":"checklist.started","checklist":"c","title":"t","steps":[{"step":"x","title":"y","phase":1}]}"#,
        #"{\#(envelope),"type":"checklist.started","checklist":"c","title":"t","steps":"x"}"#,
        #"{"id":"a","id":"b"}"#, #"{"id":"a""#, #"{"id":"a",}"#, #"{"id" "a"}"#, #"{"id":"a" "b"}"#, #"{"a":[1 2]}"#,
        #"{"a":01}"#, #"{"a":1.}"#, #"{"a":1e}"#, #"{"a":"\u12"}"#, #"{"a":"\x"}"#, #"{"a":"\ud800"}"#, #"{"a":1} x"#,
        #"{"a":"#, #"{"a":@}"#, "{\"a\":\"\u{01}\"}", "{\"a\":" + String(repeating: "[", count: 600), #"{"a":nan}"#, #"{"a":"x"#,
        "{\"a\":1}\u{7F}",
    ]

    /// Runs of letters as a frame holds them, quoted parts (from the file) left out.
    static func words(_ text: String) -> Set<String> {
        let unquoted = text.split(separator: "\"", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
        return Set(unquoted.joined(separator: " ").split { !$0.isLetter }.map { $0.lowercased() })
    }

    @Test func everyReasonOfTheDecoderIsSaidInIndonesian() throws {
        let english = Word.lineProblemPhrases.reduce(Set<String>()) { $0.union(Self.words($1.en)) }
        let indonesian = Word.lineProblemPhrases.reduce(Set<String>()) { $0.union(Self.words($1.id)) }
        let englishOnly = english.subtracting(indonesian)
        #expect(englishOnly.isSuperset(of: ["field", "expected", "got", "missing", "invalid"]))
        var seen: Set<String> = []
        for line in Self.corpus {
            guard case .malformed(let reason) = LineDecoder.decode(line) else {
                Issue.record("not malformed: \(line.prefix(120))")
                continue
            }
            seen.insert(reason)
            let id = Word.lineProblem(reason).id
            let left = Self.words(id).intersection(englishOnly)
            #expect(left.isEmpty, "\(reason) → \(id): \(left.sorted())")
        }
        #expect(seen.count == Self.corpus.count, "one reason per line of the corpus: \(seen.count)")
    }

    @Test func theVariablePartsAreKeptAndNestedPhrasesTranslated() {
        #expect(Word.lineProblem(#"field "manifest": expected an integer from 0 to 2^63-1, got a negative number (-3)"#).id
                == #"kolom "manifest": seharusnya bilangan bulat 0 sampai 2^63-1, ternyata bilangan negatif (-3)"#)
        #expect(Word.lineProblem(#"field "result": "got a string" is not one of cleared, denied"#).id
                == #"kolom "result": "got a string" bukan salah satu dari cleared, denied"#, "a quoted value from the file stays")
        #expect(Word.lineProblem("something new").id == "something new", "an unknown reason is shown as written")
        for phrase in Word.lineProblemPhrases {
            #expect(phrase.en.filter { $0 == "%" }.count == phrase.id.filter { $0 == "%" }.count, "\(phrase.en)")
        }
    }
}
