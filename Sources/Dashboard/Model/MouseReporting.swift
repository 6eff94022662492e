/// Whether the terminal is asked for the mouse. A terminal that reports the mouse keeps the
/// pointer's drags to itself, so the officer cannot select text to copy it (an id, a bad line,
/// a note). As mc, htop and lazygit do, the dashboard asks for it where a click does something
/// (the panes, the posts, the alerts, the bad lines, the search's hits); unlike them it lets go
/// in the views that are read and copied from (a detail view, `?` help) and where a click does
/// nothing (a form, a filter being typed: text is selected and pasted there), and `M` lets go
/// everywhere until pressed again. The status line says so while it is off (`tetikus: pilih teks`).
extension DashboardModel {
    public var reportsMouse: Bool {
        if mouseForText || editingFilter { return false }
        if case .form = operatorMode { return false }
        switch overlay {
        case .describe?, .help?: return false
        default: return true
        }
    }
}
