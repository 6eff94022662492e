import BorderOps
import Words

/// One field of a form: the member it writes, its label, what it takes, and what was typed or
/// chosen so far. Typed kinds keep a line editor; pick kinds keep the chosen entries of a list
/// whose labels are in the interface language and whose codes go to the file.
public struct FormField: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Free text (suggestions: values seen before, offered as typed).
        case text
        /// A whole number as officers write it (`1326`, `1.326`).
        case count
        /// Whole rupiah (`Rp750.000.000`, `750 jt`, `1,2 M`).
        case rupiah
        /// An instant (`17.00`, `3/12 17.00`, `03/12/2026 17.00`) in the post's zone.
        case time
        /// A day (`10/12`, `10/12/2026`).
        case date
        /// A day, or a day and an hour (`20/11 13.00`): an action's due, which may be an hour.
        case dayOrTime
        /// One entry of `choices`.
        case pick
        /// Any number of entries of `choices` (at least one unless optional).
        case multiPick
    }

    /// An entry of a pick-list: the code the file keeps, the word the screen shows.
    public struct Choice: Sendable, Equatable {
        public var code: String
        public var word: Word

        public init(code: String, word: Word) {
            self.code = code
            self.word = word
        }

        /// A code shown as itself in both languages (an agency, a vessel).
        public init(code: String) { self.init(code: code, word: Word(en: code, id: code)) }
    }

    /// The member of the event this field writes (the form's builder reads values by it).
    public var key: String
    public var label: Word
    public var kind: Kind
    /// Empty is allowed: the member is then left out.
    public var optional: Bool
    public var editor: LineEditor
    public var choices: [Choice]
    /// Indices into `choices`: the one picked, or those ticked (in list order).
    public var chosen: [Int]
    /// The entry under the cursor in a multi-pick.
    public var cursor = 0
    /// Values seen before, offered under a text field as it is typed.
    public var suggestions: [String]
    /// A pick-list of agencies: a code typed that no entry starts with becomes an entry of its
    /// own (an agency no file has named yet), as officers would expect of a list they type in.
    public var takesNewCode: Bool
    /// What was typed in a pick-list to find an entry (emptied by ←→, Space and leaving it).
    public var typed = ""
    /// The entry made from `typed` while it is still being typed (replaced as it grows).
    public var typedEntry: Int?

    public init(_ key: String, _ label: Word, kind: Kind = .text, optional: Bool = false, text: String = "",
                choices: [Choice] = [], chosen: [Int] = [], suggestions: [String] = [], takesNewCode: Bool = false) {
        self.key = key
        self.label = label
        self.kind = kind
        self.optional = optional
        self.editor = LineEditor(text)
        self.choices = choices
        self.chosen = chosen
        self.suggestions = suggestions
        self.takesNewCode = takesNewCode
    }

    public var isPick: Bool { kind == .pick || kind == .multiPick }

    /// Suggestions that start with what is typed (any case), not what is typed itself.
    public func matchingSuggestions(limit: Int = 3) -> [String] {
        let typed = OfficerText.trimmed(editor.text).lowercased()
        guard !typed.isEmpty else { return [] }
        var seen: [String] = []
        for value in suggestions where value.lowercased().hasPrefix(typed) && value.lowercased() != typed && !seen.contains(value) {
            seen.append(value)
            if seen.count == limit { break }
        }
        return seen
    }

    /// The chosen entries' words, in `language`.
    public func chosenText(_ language: Language) -> String {
        chosen.filter(choices.indices.contains).map { choices[$0].word.text(language) }.joined(separator: ", ")
    }
}
