import BorderOps
import ExactKeys
import Words

/// What a new form starts with: the post (the selected item's, or the first shown), the
/// officer's agency (from the operator id), now and today as officers write them, and new ids
/// that the state does not know yet (the agencies offered: `KnownAgencies`).
enum FormDefaults {
    /// The post of the item selected in `pane`, or the first post shown.
    static func post(_ pane: PaneID, _ model: DashboardModel, _ input: DashboardInput) -> String {
        let ids = DashboardView.rowIDs(pane, input: input, model: model)
        if !ids.isEmpty {
            let id = ids[model.selectedIndex(pane, ids: ids)]
            let post: String?
            switch pane {
            case .voyages: post = input.state.voyages[id]?.post
            case .operations: post = input.state.operations[id]?.post
            case .timpora: post = input.state.meetings[id]?.post
            case .desk: post = nil
            }
            if let post { return post }
        }
        return DashboardView.posts(input).first { !model.hiddenPosts.contains($0) } ?? "borderdesk"
    }

    /// The agency an operator id starts with (`bea-cukai-03` → `bea-cukai`), as an index of
    /// `choices`: the officer's own agency is the default.
    static func operatorAgency(_ input: DashboardInput, _ choices: [FormField.Choice]) -> [Int] {
        guard let id = input.writer?.operatorID.lowercased() else { return [] }
        let best = choices.indices.filter { id.hasPrefix(choices[$0].code.lowercased()) }.max { choices[$0].code.count < choices[$1].code.count }
        return best.map { [$0] } ?? []
    }

    /// Now as officers write it (`17.00`) and today (`04/12/2026`), in `zone`.
    static func now(_ input: DashboardInput, _ zone: PostZone) -> String { PostTime.clock(input.now, in: zone) }
    static func today(_ input: DashboardInput, _ zone: PostZone) -> String { day(PostTime.local(input.now, zone).0) }

    /// A day as officers write it (`04/12/2026`).
    static func day(_ day: CivilDate) -> String {
        "\(day.day < 10 ? "0" : "")\(day.day)/\(day.month < 10 ? "0" : "")\(day.month)/\(day.year)"
    }

    /// `km-thalia`: lower case letters and digits, anything else one `-`.
    static func slug(_ text: String, limit: Int = 32) -> String {
        let dashed: [Character] = text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
        let words = dashed.split(separator: "-").map { String($0) }
        let cut = String(words.joined(separator: "-").prefix(limit))
        return cut.hasSuffix("-") ? String(cut.dropLast()) : cut
    }

    /// `base`, or `base-2`, `base-3`… the first that `taken` does not know.
    static func unique(_ base: String, taken: (String) -> Bool) -> String {
        var id = base
        var n = 1
        while taken(id) {
            n += 1
            id = "\(base)-\(n)"
        }
        return id
    }
}
