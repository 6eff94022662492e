/// A failure that says itself in both languages (a report the log cannot give, a demo scenario
/// that is not there): the command line prints `borderdesk: ` and its `word` in the command's
/// language, not looked up, then exits with `exitCode`.
public protocol WordedFailure: Error {
    var word: Word { get }
    var exitCode: Int32 { get }
}
