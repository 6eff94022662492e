/// What `borderdesk --version` prints: the release number (the Debian package takes its version
/// from here) and the commit the binary was built from (`BuildCommit`, written at build time by
/// `Plugins/VersionStamp`).
enum BorderdeskVersion {
    static let number = "0.1.0"
    static var text: String { "borderdesk \(number) (commit \(BuildCommit.id))" }
}
