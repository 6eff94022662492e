import EventLog
import Foundation
import TestSupport
import Testing

/// Files delivered by replication (Syncthing, rsync): every update is a new file renamed over
/// the old one. That is not a rotation when the new file begins with what was already read.
@Suite struct ReplicationTests {
    typealias Collector = FollowerTests.Collector

    /// Replaces `name` the way Syncthing 1.19 does (watched with inotify: CREATE and write a
    /// temporary file, DELETE the old one, rename the temporary into place), or, `atomic`, the
    /// way rsync does (rename over the old one).
    func replace(_ dir: TempDirectory, _ name: String, with text: String, atomic: Bool = false) throws {
        let temporary = dir.file(".syncthing.\(name).tmp")
        try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
        if !atomic { unlink(dir.file(name)) }
        guard rename(temporary, dir.file(name)) == 0 else { throw POSIXError(.EIO) }
    }

    func inode(_ path: String) -> UInt64 {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0
    }

    @Test func aGrownCopyIsReadOnFromTheOldOffset() throws {
        let dir = TempDirectory()
        var content = "one\ntwo\n"
        dir.write("post.jsonl", content)
        let c = Collector(EventSources(arguments: [dir.file("post.jsonl")]))
        c.read()
        var inodes = Set([inode(dir.file("post.jsonl"))])
        for i in 3...10 {
            content += "line\(i)\n"
            try replace(dir, "post.jsonl", with: content)
            inodes.insert(inode(dir.file("post.jsonl")))
            c.read()
        }
        #expect(inodes.count >= 2, "each sync made a new file")
        #expect(c.lines == ["post.jsonl:1:one", "post.jsonl:2:two"] + (3...10).map { "post.jsonl:\($0):line\($0)" }, "nothing re-read, line numbers go on")
        #expect(c.kinds() == [.opened], "no rotation reported")
        #expect(c.sources.states[dir.file("post.jsonl")] == .following)
    }

    @Test func betweenTheDeleteAndTheRenameNothingIsReported() throws {
        let dir = TempDirectory()
        dir.write("post.jsonl", "one\n")
        // The grace runs on the test's clock: however late this thread gets the processor, the
        // name counts as missing only as long as the test says.
        let clock = ManualClock()
        let grace = DeletionGrace.standard.milliseconds
        let sources = EventSources(arguments: [dir.file("post.jsonl")], grace: clock.grace)
        sources.startFollowing()
        let c = Collector(sources)
        c.read()
        // Caught in the gap: the name is missing.
        unlink(dir.file("post.jsonl"))
        #expect(sources.wait(timeoutMs: 2000))
        c.read()
        #expect(c.kinds() == [.opened])
        clock.advance(grace - 1)
        c.read()
        #expect(c.kinds() == [.opened], "a millisecond before the grace ends, still nothing")
        try Data("one\ntwo\n".utf8).write(to: URL(fileURLWithPath: dir.file("post.jsonl")))
        #expect(sources.wait(timeoutMs: 2000))
        c.read()
        #expect(c.lines == ["post.jsonl:1:one", "post.jsonl:2:two"])
        #expect(c.kinds() == [.opened], "neither deleted nor rotated")
        #expect(sources.recheckInMs == nil, "the name is back: no recheck pending")
        // A real deletion is reported once the grace has passed, with no event arriving: the
        // reader asks to be woken when the grace ends.
        unlink(dir.file("post.jsonl"))
        #expect(sources.wait(timeoutMs: 2000))
        c.read()
        #expect(c.kinds() == [.opened], "the grace has only begun")
        #expect(sources.recheckInMs == Int32(grace))
        clock.advance(grace)
        #expect(sources.recheckInMs == 0)
        #expect(sources.wait(timeoutMs: 2000), "woken for the recheck")
        c.read()
        #expect(c.kinds() == [.opened, .deleted])
    }

    @Test func anAtomicReplacementToo() throws {
        let dir = TempDirectory()
        dir.write("post.jsonl", "one\n")
        let c = Collector(EventSources(arguments: [dir.file("post.jsonl")]))
        c.read()
        try replace(dir, "post.jsonl", with: "one\ntwo\n", atomic: true)
        c.read()
        #expect(c.lines == ["post.jsonl:1:one", "post.jsonl:2:two"] && c.kinds() == [.opened])
    }

    @Test func aPartialLineCompletedInTheCopyIsReadOnce() throws {
        let dir = TempDirectory()
        dir.write("post.jsonl", "one\ntw")
        let c = Collector(EventSources(arguments: [dir.file("post.jsonl")]))
        c.read()
        try replace(dir, "post.jsonl", with: "one\ntwo\nthree\n")
        c.read()
        #expect(c.lines == ["post.jsonl:1:one", "post.jsonl:2:two", "post.jsonl:3:three"])
        #expect(c.kinds() == [.opened])
    }

    @Test func aLongFileIsCheckedAtBothEndsOfWhatWasRead() throws {
        let dir = TempDirectory()
        let body = (1...2000).map { "{\"n\":\($0)}\n" }.joined()  // ~22 KB: more than both fingerprints
        dir.write("post.jsonl", body)
        let c = Collector(EventSources(arguments: [dir.file("post.jsonl")]))
        c.read()
        try replace(dir, "post.jsonl", with: body + "{\"n\":2001}\n")
        c.read()
        #expect(c.lines.count == 2001 && c.kinds() == [.opened])
        // A rewrite that changes the last bytes read is a new file: read from its start.
        var changed = body + "{\"n\":2001}\n"
        changed = String(changed.dropLast(2)) + "9\n"
        try replace(dir, "post.jsonl", with: changed + "{\"n\":2002}\n")
        c.read()
        #expect(c.kinds() == [.opened, .rotated])
        #expect(c.lines.count == 2001 + 2002)
    }

    @Test func aRealRotationIsStillARotation() throws {
        let dir = TempDirectory()
        dir.write("post.jsonl", "one\ntwo\n")
        let c = Collector(EventSources(arguments: [dir.file("post.jsonl")]))
        c.read()
        // Renamed away and a new file begun: different first bytes.
        try FileManager.default.moveItem(atPath: dir.file("post.jsonl"), toPath: dir.file("post.jsonl.1"))
        dir.write("post.jsonl", "fresh\n")
        c.read()
        #expect(c.lines == ["post.jsonl:1:one", "post.jsonl:2:two", "post.jsonl:1:fresh"])
        #expect(c.kinds() == [.opened, .rotated])
        // A shorter replacement cannot continue the old file either.
        try replace(dir, "post.jsonl", with: "fre")
        c.read()
        #expect(c.kinds() == [.opened, .rotated, .rotated])
    }

    @Test func recursiveDirectoryFollowsPostFoldersAndSkipsSyncthingsOwnFiles() throws {
        let dir = TempDirectory()
        let fm = FileManager.default
        try fm.createDirectory(atPath: dir.file("nunukan/.stversions"), withIntermediateDirectories: true)
        try fm.createDirectory(atPath: dir.file(".stfolder"), withIntermediateDirectories: true)
        dir.write("nunukan/operator-a.jsonl", "n1\n")
        dir.write("nunukan/.stversions/operator-a~20241120.jsonl", "old\n")
        dir.write("nunukan/.syncthing.operator-a.jsonl.tmp", "tmp\n")
        dir.write("top.jsonl", "t1\n")
        let flat = Collector(EventSources(arguments: [dir.path]))
        flat.read()
        #expect(flat.lines == ["top.jsonl:1:t1"], "without --recursive only the folder itself")
        let c = Collector(EventSources(arguments: [dir.path], recursive: true))
        c.read()
        #expect(c.lines == ["operator-a.jsonl:1:n1", "top.jsonl:1:t1"])
        // A post's folder that appears later (its first sync), with files in it.
        try fm.createDirectory(atPath: dir.file("tarakan"), withIntermediateDirectories: true)
        dir.write("tarakan/operator-b.jsonl", "k1\n")
        c.read()
        dir.append("tarakan/operator-b.jsonl", "k2\n")
        c.read()
        #expect(c.lines == ["operator-a.jsonl:1:n1", "top.jsonl:1:t1", "operator-b.jsonl:1:k1", "operator-b.jsonl:2:k2"])
        #expect(c.kinds().contains(.appeared))
    }

    @Test func symlinkedFoldersAndLoopsReadEachFileOnce() throws {
        let dir = TempDirectory()
        try FileManager.default.createDirectory(atPath: dir.file("posts/nunukan"), withIntermediateDirectories: true)
        dir.write("posts/nunukan/a.jsonl", "n1\n")
        try FileManager.default.createSymbolicLink(atPath: dir.file("posts/loop"), withDestinationPath: dir.file("posts"))
        try FileManager.default.createSymbolicLink(atPath: dir.file("posts/alias"), withDestinationPath: dir.file("posts/nunukan"))
        let c = Collector(EventSources(arguments: [dir.file("posts")], recursive: true))
        c.read()
        #expect(c.lines == ["a.jsonl:1:n1"])
    }

    @Test func inotifyWakesForAFileInANewSubfolder() throws {
        let dir = TempDirectory()
        let sources = EventSources(arguments: [dir.path], recursive: true)
        let c = Collector(sources)
        sources.startFollowing()
        c.read()
        try FileManager.default.createDirectory(atPath: dir.file("skouw"), withIntermediateDirectories: true)
        #expect(sources.wait(timeoutMs: 2000), "the new folder wakes the reader")
        c.read()
        dir.write("skouw/operator-c.jsonl", "s1\n")
        #expect(sources.wait(timeoutMs: 2000), "a file in the new folder wakes it")
        c.read()
        dir.append("skouw/operator-c.jsonl", "s2\n")
        #expect(sources.wait(timeoutMs: 2000))
        c.read()
        #expect(c.lines == ["operator-c.jsonl:1:s1", "operator-c.jsonl:2:s2"])
        #expect(sources.pollingIntervalMs == nil, "inotify, not polling")
    }
}
