import BorderOps
import JSON
import Words

/// What gate mode's keys do (the key table's `voyage` and `gate` scopes): start it on the open
/// voyage, edit the reference, the note or the nationality, cycle the result and the document
/// kind, and record a
/// `passenger.checked` on Enter, after a warning when the reference is doubtful. Pure: the model
/// changes, and at most one event to append. Keys arrive one by one however fast a scanner
/// types, so a batch of references and Enters records each in order.
public enum GateKeys {
    public static func perform(_ command: KeyCommand, key: Key, model: inout DashboardModel, voyage: Voyage,
                               state: BorderState) -> OperatorKeys.Result {
        if command == .gateMode {
            model.operatorMode = .gate(GateEntry(voyage: voyage.id))
            // Pinned by id: the voyage stays open in detail when the rows reorder under it.
            model.selectedIDs[.voyages] = voyage.id
            return .handled
        }
        guard case .gate(var entry) = model.operatorMode else { return .notHandled }
        if command == .gateEscape && entry.isBlank {
            model.operatorMode = .browsing
            return .handled
        }
        defer { model.operatorMode = .gate(entry) }
        switch command {
        case .gateResult: entry.result = next(entry.result)
        case .gateDocument: entry.document = next(entry.document)
        case .gateField:
            let fields = GateField.allCases, at = fields.firstIndex(of: entry.field) ?? 0
            entry.field = fields[(at + (key == .up ? fields.count - 1 : 1)) % fields.count]
        case .gateType:
            switch entry.field {
            case .note: _ = entry.note.handle(key)
            case .nationality: _ = entry.nationality.handle(key)
            case .reference:
                _ = entry.reference.handle(key)
                entry.warning = nil
                entry.warned = nil
            }
        case .gateEscape: entry.clearLine()
        case .gateRecord:
            let passenger = entry.passenger
            guard !passenger.isEmpty else { return .notice(Word.gateEmpty.text(model.language)) }
            guard !voyage.closed else { return .notice(Word.gateVoyageClosed.text(model.language)) }
            guard case .success = entry.nationalityCode else {
                entry.field = .nationality
                return .notice("\(Word.gateNationality.text(model.language)): \(Word.problem(.notANationality).text(model.language))")
            }
            if entry.warned != passenger, let warning = entry.warning(for: passenger, in: state) {
                entry.warning = warning
                entry.warned = passenger
                return .handled
            }
            let intent = check(entry, passenger: passenger, post: voyage.post)
            entry.remember(passenger)
            entry.clearLine()
            return .append(intent)
        default: return .notHandled
        }
        return .handled
    }

    /// The event for `passenger`: the voyage, the document kind, nationality and result in
    /// force, the note when one was typed.
    static func check(_ entry: GateEntry, passenger: String, post: String) -> OperatorIntent {
        var fields = [JSONMember("voyage", .string(entry.voyage)), JSONMember("passenger", .string(passenger)),
                      JSONMember("doc", .string(entry.document.rawValue))]
        if case .success(let nationality?) = entry.nationalityCode { fields.append(JSONMember("nationality", .string(nationality))) }
        fields.append(JSONMember("result", .string(entry.result.rawValue)))
        let note = OfficerText.trimmed(entry.note.text)
        if !note.isEmpty { fields.append(JSONMember("note", .string(note))) }
        return OperatorIntent(type: .passengerChecked, post: post, fields: fields)
    }

    static func next<T: CaseIterable & Equatable>(_ value: T) -> T {
        let all = Array(T.allCases)
        return all[(all.firstIndex(of: value)! + 1) % all.count]
    }
}
