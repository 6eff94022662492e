import JSON

/// A closed vocabulary matched straight from a line's bytes, without building a String.
public protocol FormatVocabulary: RawRepresentable, CaseIterable, Sendable where RawValue == String {
    /// Every case with its raw bytes, made once: matching runs several times per line.
    static var table: VocabularyTable<Self> { get }
}

extension FormatVocabulary {
    /// The case whose raw value is exactly these bytes.
    static func match(_ bytes: UnsafeRawBufferPointer) -> Self? { table.match(bytes) }
}

/// The raw bytes of a vocabulary's cases. `allCases` builds a new array on every call and
/// `rawValue` a new String, too slow for a per-line lookup.
public struct VocabularyTable<Word: FormatVocabulary>: Sendable {
    private let words: [Word]
    private let rawBytes: [[UInt8]]

    public init() {
        words = Array(Word.allCases)
        rawBytes = words.map { Array($0.rawValue.utf8) }
    }

    /// Exact bytes only: no Unicode equivalence, as for every field of the format.
    func match(_ bytes: UnsafeRawBufferPointer) -> Word? {
        for i in rawBytes.indices where rawBytes[i].count == bytes.count {
            let equal = rawBytes[i].withUnsafeBufferPointer { raw in
                FlatObject.same(raw.baseAddress!, bytes.baseAddress!.assumingMemoryBound(to: UInt8.self), bytes.count)
            }
            if equal { return words[i] }
        }
        return nil
    }
}
