/// Text as an officer typed it, before it is read as a value.
public enum OfficerText {
    /// Without the spaces around it (a scanner or a paste may add them).
    public static func trimmed(_ text: String) -> String {
        String(text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
