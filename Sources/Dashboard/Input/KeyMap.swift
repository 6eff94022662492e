/// What a key asks the dashboard to do.
public enum Action: Sendable, Equatable {
    case focusNext, focusPrevious, focusPane(Int)
    case up, down, pageUp, pageDown, top, bottom
    case open, back
    case filter, choosePosts, cycleTheme, toggleLanguage, help, badLines, alerts, report
    case quit
}

/// One row of the key table: it both dispatches keys and writes the help overlay, so the two
/// cannot disagree.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var action: Action
    public var help: (en: String, id: String)
}

public enum KeyMap {
    public static let bindings: [KeyBinding] = [
        KeyBinding(keys: [.tab], action: .focusNext, help: ("next pane", "panel berikutnya")),
        KeyBinding(keys: [.backTab], action: .focusPrevious, help: ("previous pane", "panel sebelumnya")),
        KeyBinding(keys: [.character("1"), .character("2"), .character("3"), .character("4")], action: .focusPane(0), help: ("jump to pane 1-4", "ke panel 1-4")),
        KeyBinding(keys: [.up, .character("k")], action: .up, help: ("move up", "naik")),
        KeyBinding(keys: [.down, .character("j")], action: .down, help: ("move down", "turun")),
        KeyBinding(keys: [.pageUp], action: .pageUp, help: ("page up", "halaman naik")),
        KeyBinding(keys: [.pageDown], action: .pageDown, help: ("page down", "halaman turun")),
        KeyBinding(keys: [.home, .character("g")], action: .top, help: ("first row", "baris pertama")),
        KeyBinding(keys: [.end, .character("G")], action: .bottom, help: ("last row", "baris terakhir")),
        KeyBinding(keys: [.enter], action: .open, help: ("open detail", "buka rincian")),
        KeyBinding(keys: [.escape], action: .back, help: ("back, clear filter", "kembali, hapus saringan")),
        KeyBinding(keys: [.character("/")], action: .filter, help: ("filter the pane by text", "saring panel dengan teks")),
        KeyBinding(keys: [.character("p")], action: .choosePosts, help: ("choose posts", "pilih pos")),
        KeyBinding(keys: [.character("a")], action: .alerts, help: ("alerts; Enter there acknowledges", "peringatan; Enter di sana mengakui")),
        KeyBinding(keys: [.character("P")], action: .report, help: ("report of the focused operation or meeting (HTML, next to the event files)", "laporan operasi atau rapat terpilih (HTML, di samping berkas kejadian)")),
        KeyBinding(keys: [.character("b")], action: .badLines, help: ("bad lines (FILE:LINE: reason)", "baris rusak (BERKAS:BARIS: alasan)")),
        KeyBinding(keys: [.character("t")], action: .cycleTheme, help: ("next theme", "tema berikutnya")),
        KeyBinding(keys: [.character("L")], action: .toggleLanguage, help: ("English / Bahasa Indonesia", "Bahasa Indonesia / English")),
        KeyBinding(keys: [.character("?")], action: .help, help: ("this help", "bantuan ini")),
        KeyBinding(keys: [.character("q"), .control("c")], action: .quit, help: ("quit", "keluar")),
    ]

    /// The action for a key, or nil.
    public static func action(for key: Key) -> Action? {
        if case .character(let c) = key, let digit = c.wholeNumberValue, (1...4).contains(digit) {
            return .focusPane(digit - 1)
        }
        return bindings.first { $0.keys.contains(key) }?.action
    }
}
