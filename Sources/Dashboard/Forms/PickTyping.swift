import BorderOps
import Words

/// Typing in a pick-list, as officers expect of a list they type in: the letters typed so far
/// find the entry whose word (in the interface language) or code starts with them; the same
/// letter again goes on to the next entry starting with it; a letter that fits nothing after
/// what was typed starts a new search; in an agency list
/// (`FormField.takesNewCode`) a code no entry starts with becomes an entry of its own, written
/// as typed in lower case. Backspace takes the last letter back.
enum PickTyping {
    /// `c` typed into `field`; false (nothing changed) when no entry matches and none can be made.
    static func type(_ c: Character, into field: inout FormField, language: Language) -> Bool {
        var trial = field
        if find(field.typed + String(c), in: &trial, language: language) {
            field = trial
            return true
        }
        // The same letter pressed again: the next entry starting with it, as lists do.
        let letter = String(c).lowercased()
        guard (field.typed + String(c)).lowercased().allSatisfy({ String($0) == letter }) else {
            // Else a new search from this letter (a word typed after a pause).
            trial = field
            guard !field.typed.isEmpty, find(String(c), in: &trial, language: language) else { return false }
            field = trial
            return true
        }
        trial = field
        dropTypedEntry(&trial)
        let n = trial.choices.count
        guard n > 0 else { return false }
        let start = current(trial)
        for step in 1...n {
            let i = ((start + step) % n + n) % n
            if starts(trial.choices[i], with: letter, language) {
                select(i, &trial)
                trial.typed = String(c)
                field = trial
                return true
            }
        }
        return false
    }

    /// Backspace: the last letter typed taken back (false: nothing was typed, so it clears the choice).
    static func erase(_ field: inout FormField, language: Language) -> Bool {
        guard !field.typed.isEmpty else { return false }
        let shorter = String(field.typed.dropLast())
        if !find(shorter, in: &field, language: language) { field.typed = shorter }
        return true
    }

    /// Moving over the list (←→, Space, Home, End) or leaving the field: what was typed is done
    /// with; an entry it made stays in the list.
    static func settle(_ field: inout FormField) {
        field.typed = ""
        field.typedEntry = nil
    }

    /// The entry for `typed`: the current one while it still matches, else the first that does,
    /// else (agency lists) a new entry. False when none.
    static func find(_ typed: String, in field: inout FormField, language: Language) -> Bool {
        dropTypedEntry(&field)
        field.typed = typed
        guard !typed.isEmpty else { return true }
        let key = typed.lowercased()
        let matches = field.choices.indices.filter { starts(field.choices[$0], with: key, language) }
        if let i = matches.contains(current(field)) ? current(field) : matches.first {
            select(i, &field)
            return true
        }
        guard field.takesNewCode, let code = newCode(typed) else { return false }
        field.choices.append(FormField.Choice(code: code))
        field.typedEntry = field.choices.count - 1
        select(field.choices.count - 1, &field)
        return true
    }

    /// A code as the files spell agencies (`polres-tarakan`): a letter first, then letters,
    /// digits and `-`, at most 40; typed in any case.
    static func newCode(_ typed: String) -> String? {
        let code = typed.lowercased()
        guard let first = code.unicodeScalars.first, ("a"..."z").contains(first), code.count <= 40,
              code.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) else { return nil }
        return code
    }

    static func starts(_ choice: FormField.Choice, with key: String, _ language: Language) -> Bool {
        choice.word.text(language).lowercased().hasPrefix(key) || choice.code.lowercased().hasPrefix(key)
    }

    static func current(_ field: FormField) -> Int {
        field.kind == .pick ? (field.chosen.first ?? -1) : field.cursor
    }

    static func select(_ i: Int, _ field: inout FormField) {
        if field.kind == .pick { field.chosen = [i] } else { field.cursor = i }
    }

    /// The entry the typing made, gone again unless it was ticked in a multi-pick.
    static func dropTypedEntry(_ field: inout FormField) {
        defer { field.typedEntry = nil }
        guard let entry = field.typedEntry, entry == field.choices.count - 1 else { return }
        if field.kind == .multiPick && field.chosen.contains(entry) { return }
        field.choices.removeLast()
        field.chosen.removeAll { $0 == entry }
        if field.cursor >= field.choices.count { field.cursor = max(0, field.choices.count - 1) }
    }
}
