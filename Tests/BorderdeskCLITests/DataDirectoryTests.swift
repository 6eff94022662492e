import Catalogs
import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The binary finds its themes, templates, sample data and scenarios next to itself: in the
/// build tree (the repository's layout) and installed under `PREFIX/share/borderdesk` (the
/// package's layout), whatever the current directory.
@Suite struct DataDirectoryTests {
    @Test func aBinaryInTheBuildTreeUsesTheRepositorysFolders() {
        let root = PackagePaths.root
        let data = DataDirectory.locate(executable: root + "/.build/x86_64-unknown-linux-gnu/debug/borderdesk")
        #expect(data == DataDirectory.buildTree(root))
        #expect(data.themes == root + "/Themes")
        #expect(data.templates == root + "/sample-data/checklists")
        #expect(data.scenarios == root + "/sample-data/scenarios")
        #expect(data.posts == root + "/sample-data/posts.toml")
        // The test runner itself is in the build tree.
        #expect(DataDirectory.current == DataDirectory.buildTree(root))
    }

    @Test func anInstalledBinaryUsesShareBorderdeskBesideItsBin() throws {
        let dir = TempDirectory()
        try FileManager.default.createDirectory(atPath: dir.file("usr/bin"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: dir.file("usr/share/borderdesk/themes"), withIntermediateDirectories: true)
        let data = DataDirectory.locate(executable: dir.file("usr/bin/borderdesk"))
        #expect(data.themes == dir.file("usr/share/borderdesk/themes"))
        #expect(data.templates == dir.file("usr/share/borderdesk/templates"))
        #expect(data.sampleData == dir.file("usr/share/borderdesk/sample-data"))
        #expect(data.scenarios == dir.file("usr/share/borderdesk/sample-data/scenarios"))
    }

    @Test func withNeitherItIsUsrShareBorderdesk() {
        let dir = TempDirectory()
        #expect(DataDirectory.locate(executable: dir.file("bin/borderdesk")) == .installed("/usr/share/borderdesk"))
    }

    /// The real binary, linked into an installed layout beside the build (a hard link: the same
    /// file system), run from `/`: it reads the installed sample data and scenarios.
    @Test func theBinaryReadsItsInstalledDataFromAnyDirectory() throws {
        let build = URL(fileURLWithPath: Borderdesk.binary).deletingLastPathComponent().path
        let prefix = build + "/installed-layout-test-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: prefix) }
        let share = prefix + "/share/borderdesk"
        for folder in ["/bin", "/share/borderdesk/sample-data/scenarios"] {
            try FileManager.default.createDirectory(atPath: prefix + folder, withIntermediateDirectories: true)
        }
        #expect(link(Borderdesk.binary, prefix + "/bin/borderdesk") == 0)
        let sample = PackagePaths.sampleData
        try FileManager.default.copyItem(atPath: sample + "/nunukan-2024-11-20.jsonl", toPath: share + "/sample-data/nunukan-2024-11-20.jsonl")
        for file in ["tawau-ferry-morning.jsonl", "tawau-ferry-morning.captions.toml"] {
            try FileManager.default.copyItem(atPath: sample + "/scenarios/" + file, toPath: share + "/sample-data/scenarios/" + file)
        }
        let installed = try Spawn.run([prefix + "/bin/borderdesk", "summary", "--json", "--no-checkpoint"], directory: "/")
        let built = try Spawn.run([Borderdesk.binary, "summary", "--json", "--no-checkpoint", sample + "/nunukan-2024-11-20.jsonl"], directory: "/")
        #expect(installed.status == 0, "\(installed.stderr)")
        #expect(!installed.stdout.isEmpty)
        #expect(installed.stdout == built.stdout)
        let list = try Spawn.run([prefix + "/bin/borderdesk", "demo", "--list"], directory: "/")
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.split(separator: "\n").map { String($0.split(separator: " ").first ?? "") } == ["tawau-ferry-morning"])
    }
}
