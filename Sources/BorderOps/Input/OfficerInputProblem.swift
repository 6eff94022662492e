/// Why what an officer typed is not a value yet. The words for each reason, in both languages,
/// are in `Words` (`Word.problem`): this target has none.
public enum OfficerInputProblem: Error, Sendable, Equatable, CaseIterable {
    /// Nothing typed.
    case empty
    /// Not `17.00`, `3/12 17.00` or `03/12/2026 17.00`.
    case notATime
    /// Hours above 23 or minutes above 59.
    case noSuchTime
    /// Not `10/12` or `10/12/2026`.
    case notADate
    /// A day the month does not have (`31/2`), or month 13.
    case noSuchDate
    /// Not a whole number (`1326` or `1.326`).
    case notACount
    /// A decimal comma in a count (`1,5`): people and cases are whole.
    case fraction
    /// Dots that do not group thousands (`1.32`).
    case badGrouping
    /// Not an amount (`Rp750.000.000`, `750 jt`, `1,2 M`).
    case notAnAmount
    /// An amount with a fraction of a rupiah (`1,2345678 jt`).
    case fractionOfRupiah
    /// Larger than the format's ints (2^63 − 1).
    case tooLarge
    /// A word the list does not have (a result, a document kind...).
    case unknownWord
    /// Not a three-letter country code (`IDN`, `MYS`).
    case notANationality
}
