import Foundation
import TestSupport
import Testing

/// `borderdesk --version`: the release number and the commit the binary was built from.
@Suite struct VersionTests {
    @Test func versionNamesTheReleaseAndACommitOfThisRepository() throws {
        let r = try Borderdesk.run(["--version"])
        #expect(r.status == 0, "\(r.stderr)")
        let line = r.stdout.trimmingCharacters(in: .newlines)
        let match = line.wholeMatch(of: /borderdesk (\d+\.\d+\.\d+) \(commit ([0-9a-f]{12})(-dirty)?\)/)
        #expect(match != nil, "\(line)")
        guard let commit = match.map({ String($0.2) }) else { return }
        // The commit is one this clone has (built from it, perhaps with changes: `-dirty`).
        let known = try Spawn.run(["git", "-C", PackagePaths.root, "cat-file", "-e", commit + "^{commit}"])
        #expect(known.status == 0, "\(commit): \(known.stderr)")
    }
}
