import EventLog
import Foundation
import TestSupport
import Testing

/// Directory sources meeting what a careless or hostile tree holds: names that are not UTF-8,
/// links out of the tree, more files than descriptors.
@Suite struct DirectoryHazardTests {
    typealias Collector = FollowerTests.Collector

    /// Creates `name` (raw bytes, not necessarily UTF-8) under `folder` with `text` in it, or a
    /// folder when `text` is nil.
    func make(_ folder: String, _ name: [UInt8], _ text: String?) {
        let path = Array(folder.utf8) + [0x2F] + name + [0]
        path.withUnsafeBufferPointer { raw in
            raw.withMemoryRebound(to: CChar.self) { p in
                if let text {
                    let fd = open(p.baseAddress!, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
                    _ = Array(text.utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
                    close(fd)
                } else {
                    mkdir(p.baseAddress!, 0o755)
                }
            }
        }
    }

    /// Latin-1 names (a USB stick from an old Windows machine): read, and named with the byte
    /// that is not UTF-8 as its stand-in U+10FF00 + byte (printed as \xHH by the sanitiser).
    /// They used to be skipped without a word.
    @Test func aNameThatIsNotUTF8IsReadAndShownEscaped() {
        let dir = TempDirectory()
        make(dir.path, Array("caf".utf8) + [0xE9] + Array(".jsonl".utf8), "c1\n")
        make(dir.path, Array("n".utf8) + [0xFF], nil)
        make(dir.path, Array("n".utf8) + [0xFF] + Array("/a.jsonl".utf8), "n1\n")
        let flat = Collector(EventSources(arguments: [dir.path]))
        flat.read()
        #expect(flat.lines == ["caf\u{10FFE9}.jsonl:1:c1"])
        let c = Collector(EventSources(arguments: [dir.path], recursive: true))
        c.read()
        #expect(c.lines == ["caf\u{10FFE9}.jsonl:1:c1", "a.jsonl:1:n1"])
        #expect(c.events.map(\.path) == [dir.path + "/caf\u{10FFE9}.jsonl", dir.path + "/n\u{10FFFF}/a.jsonl"])
        // Followed like any other file.
        let fd = open(dir.path + "/caf\u{E9}.jsonl", O_RDONLY)
        #expect(fd < 0, "the UTF-8 spelling is another name")
        make(dir.path, Array("caf".utf8) + [0xE9] + Array(".jsonl".utf8), "c1\nc2\n")
        c.read()
        #expect(c.lines.last == "caf\u{10FFE9}.jsonl:2:c2")
    }

    /// Two names that are the same text but different bytes (é composed and decomposed) are two
    /// files, both read.
    @Test func namesEqualAsTextButNotAsBytesAreTwoFiles() {
        let dir = TempDirectory()
        make(dir.path, Array("caf\u{E9}.jsonl".utf8), "composed\n")
        make(dir.path, Array("cafe\u{301}.jsonl".utf8), "decomposed\n")
        let c = Collector(EventSources(arguments: [dir.path]))
        c.read()
        #expect(c.lines.count == 2, "\(c.lines)")
    }

    /// `--recursive` followed a link to `/` and read every *.jsonl on the machine. A link to a
    /// folder outside the source is not followed, and said once; links inside still are.
    @Test func aLinkToAFolderOutsideTheSourceIsNotFollowed() throws {
        let dir = TempDirectory()
        let fm = FileManager.default
        try fm.createDirectory(atPath: dir.file("hq/nunukan"), withIntermediateDirectories: true)
        try fm.createDirectory(atPath: dir.file("elsewhere"), withIntermediateDirectories: true)
        dir.write("hq/nunukan/a.jsonl", "n1\n")
        dir.write("elsewhere/secret.jsonl", "s1\n")
        try fm.createSymbolicLink(atPath: dir.file("hq/escape\u{1B}[2J"), withDestinationPath: dir.file("elsewhere"))
        try fm.createSymbolicLink(atPath: dir.file("hq/alias"), withDestinationPath: dir.file("hq/nunukan"))
        let sources = EventSources(arguments: [dir.file("hq")], recursive: true)
        let c = Collector(sources)
        c.read()
        #expect(c.lines == ["a.jsonl:1:n1"])
        let link = dir.file("hq/escape\u{1B}[2J")
        #expect(c.events.filter { $0.path == link }.map(\.description) == ["\(link): not followed: a link to \(dir.file("elsewhere")), outside \(dir.file("hq"))"])
        #expect(c.events.first { $0.path == link }?.isFailure == false, "the rest is read: not a failure")
        dir.write("hq/nunukan/b.jsonl", "n2\n")
        c.read()
        #expect(c.lines == ["a.jsonl:1:n1", "b.jsonl:1:n2"])
        #expect(c.events.filter { $0.path == link }.count == 1, "said once")
        #expect(sources.totalFileBytes == 6, "nor counted")
    }

    /// More files than descriptors: files that are caught up give theirs back and take one again
    /// when they change. Growth, truncation, rotation, replacement and deletion are all still
    /// noticed on files that were closed in between.
    @Test func idleFilesAreClosedAndFollowingStaysExact() throws {
        let dir = TempDirectory()
        for i in 0..<6 { dir.write("f\(i).jsonl", "f\(i)-1\n") }
        let clock = ManualClock()
        let c = Collector(EventSources(arguments: [dir.path], openFileLimit: 2, grace: clock.grace))
        c.read()
        #expect(c.lines.count == 6)
        #expect(c.kinds() == Array(repeating: .opened, count: 6))
        dir.append("f0.jsonl", "f0-2\n")  // grown
        try Data().write(to: URL(fileURLWithPath: dir.file("f1.jsonl")))  // truncated
        dir.append("f1.jsonl", "new\n")
        try FileManager.default.moveItem(atPath: dir.file("f2.jsonl"), toPath: dir.file("f2.old"))  // rotated
        dir.write("f2.jsonl", "fresh\n")
        let temporary = dir.file(".f3.tmp")  // replaced by a copy that grew (Syncthing)
        try Data("f3-1\nf3-2\n".utf8).write(to: URL(fileURLWithPath: temporary))
        #expect(rename(temporary, dir.file("f3.jsonl")) == 0)
        try FileManager.default.removeItem(atPath: dir.file("f4.jsonl"))  // deleted
        c.read()
        #expect(c.lines.suffix(4) == ["f0.jsonl:2:f0-2", "f1.jsonl:1:new", "f2.jsonl:1:fresh", "f3.jsonl:2:f3-2"])
        #expect(c.kinds().suffix(2) == [.truncated, .rotated])
        c.read()
        #expect(c.kinds().suffix(2) == [.truncated, .rotated], "f4's name is missing, not yet deleted")
        clock.advance(DeletionGrace.standard.milliseconds)
        c.read()
        #expect(c.kinds().last == .deleted)
        #expect(c.events.last?.path == dir.file("f4.jsonl"))
        dir.append("f5.jsonl", "f5-2\n")
        dir.append("f0.jsonl", "f0-3\n")
        c.read()
        #expect(c.lines.suffix(2) == ["f0.jsonl:3:f0-3", "f5.jsonl:2:f5-2"])
        #expect(c.lines.count == 12, "nothing read twice")
    }
}
