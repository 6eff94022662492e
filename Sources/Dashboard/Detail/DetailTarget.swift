/// What a detail view (`d`, "describe") shows: the selected row of a pane, alert or bad line.
import BorderOps

public enum DetailTarget: Sendable, Equatable {
    case voyage(String)
    case operation(String)
    case meeting(String)
    /// The smuggling desk: its seizures and reports (the pane has one row).
    case desk
    /// One seizure, by its case id.
    case seizure(String)
    case alert(String)
    /// A kept bad line, by where it is (positions in the kept list shift as new ones come).
    case badLine(LineOrigin)
}
