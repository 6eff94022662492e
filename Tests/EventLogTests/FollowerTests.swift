@testable import EventLog
import Foundation
import TestSupport
import Testing

/// The reader on real files: growing, truncated, rotated, deleted, appearing; and pipes.
@Suite struct FollowerTests {
    /// Collects lines as "path:number:text" and the reader's events.
    final class Collector {
        var lines: [String] = []
        var events: [SourceEvent] = []
        let sources: EventSources

        init(_ sources: EventSources) { self.sources = sources }

        func read() {
            events += sources.readAvailable { path, line in
                let name = path.split(separator: "/").last.map(String.init) ?? path
                self.lines.append("\(name):\(line.number):\(String(decoding: line.bytes, as: UTF8.self))")
            }
        }

        func kinds() -> [SourceEvent.Kind] { events.map(\.kind) }
    }

    @Test func lineWrittenInTwoChunksIsReadOnce() {
        let dir = TempDirectory()
        dir.write("a.jsonl", "first\n")
        let c = Collector(EventSources(arguments: [dir.file("a.jsonl")]))
        c.read()
        dir.append("a.jsonl", "sec")
        c.read()
        #expect(c.lines == ["a.jsonl:1:first"])
        dir.append("a.jsonl", "ond\nthird\n")
        c.read()
        c.read()
        #expect(c.lines == ["a.jsonl:1:first", "a.jsonl:2:second", "a.jsonl:3:third"])
        #expect(c.kinds() == [.opened])
    }

    @Test func truncationRereadsFromTheStart() throws {
        let dir = TempDirectory()
        dir.write("a.jsonl", "one\ntwo\n")
        let c = Collector(EventSources(arguments: [dir.file("a.jsonl")]))
        c.read()
        try Data().write(to: URL(fileURLWithPath: dir.file("a.jsonl")))  // truncate to 0
        dir.append("a.jsonl", "new\n")
        c.read()
        #expect(c.lines == ["a.jsonl:1:one", "a.jsonl:2:two", "a.jsonl:1:new"])
        #expect(c.kinds() == [.opened, .truncated])
        #expect(c.sources.states[dir.file("a.jsonl")] == .truncated)
    }

    @Test func renameRotationReadsTheRestOfTheOldFileThenTheNew() throws {
        let dir = TempDirectory()
        dir.write("a.jsonl", "one\n")
        let c = Collector(EventSources(arguments: [dir.file("a.jsonl")]))
        c.read()
        dir.append("a.jsonl", "two\n")  // written before the rotation, not yet read
        try FileManager.default.moveItem(atPath: dir.file("a.jsonl"), toPath: dir.file("a.jsonl.1"))
        dir.write("a.jsonl", "fresh\n")
        c.read()
        #expect(c.lines == ["a.jsonl:1:one", "a.jsonl:2:two", "a.jsonl:1:fresh"])
        #expect(c.kinds() == [.opened, .rotated])
        c.read()
        #expect(c.lines.count == 3, "nothing counted twice")
    }

    @Test func deleteAndRecreate() throws {
        let dir = TempDirectory()
        dir.write("a.jsonl", "one\n")
        let clock = ManualClock()
        let c = Collector(EventSources(arguments: [dir.file("a.jsonl")], grace: clock.grace))
        c.read()
        try FileManager.default.removeItem(atPath: dir.file("a.jsonl"))
        c.read()
        #expect(c.kinds() == [.opened], "a moment's grace: it may be a replacement in two steps")
        #expect(c.sources.recheckInMs == Int32(DeletionGrace.standard.milliseconds))
        clock.advance(DeletionGrace.standard.milliseconds)
        c.read()
        c.read()
        #expect(c.kinds() == [.opened, .deleted], "deletion reported once")
        #expect(c.sources.recheckInMs == nil)
        dir.write("a.jsonl", "again\n")
        c.read()
        #expect(c.lines == ["a.jsonl:1:one", "a.jsonl:1:again"])
        #expect(c.kinds() == [.opened, .deleted, .appeared])
    }

    @Test func newFileInAFollowedDirectory() {
        let dir = TempDirectory()
        dir.write("a.jsonl", "a1\n")
        dir.write("notes.txt", "ignored\n")
        let sources = EventSources(arguments: [dir.path])
        sources.startFollowing()
        let c = Collector(sources)
        c.read()
        dir.write("b.jsonl", "b1\n")
        #expect(sources.wait(timeoutMs: 2_000), "inotify wakes the reader")
        c.read()
        #expect(c.lines == ["a.jsonl:1:a1", "b.jsonl:1:b1"])
        #expect(c.kinds() == [.opened, .appeared])
    }

    @Test func inotifyWakesOnAppendAndStaysAsleepOtherwise() {
        let dir = TempDirectory()
        dir.write("a.jsonl", "")
        let sources = EventSources(arguments: [dir.file("a.jsonl")])
        sources.startFollowing()
        #expect(sources.pollingIntervalMs == nil, "inotify is available here")
        let c = Collector(sources)
        c.read()
        #expect(!sources.wait(timeoutMs: 50), "no change, no wake-up")
        dir.append("a.jsonl", "x\n")
        #expect(sources.wait(timeoutMs: 2_000))
        c.read()
        #expect(c.lines == ["a.jsonl:1:x"])
    }

    @Test func pollingFallbackSeesAppends() {
        let dir = TempDirectory()
        dir.write("a.jsonl", "")
        let sources = EventSources(arguments: [dir.file("a.jsonl")])
        sources.startFollowing(forcePolling: true, fallbackIntervalMs: 20)
        #expect(sources.pollingIntervalMs == 20)
        let c = Collector(sources)
        c.read()
        dir.append("a.jsonl", "y\n")
        sources.wait(timeoutMs: -1)  // returns after one polling interval
        c.read()
        #expect(c.lines == ["a.jsonl:1:y"])
    }

    @Test func standardInputPipe() throws {
        // Close-on-exec: a process another test spawns meanwhile would otherwise hold the write
        // end open for its whole life, and the end of input would not come (seen once in the suite).
        let ends = try #require(Posix.closeOnExecPipe(nonBlocking: false))
        let fds = [ends.read, ends.write]
        let sources = EventSources([.standardInput], standardInput: fds[0])
        sources.startFollowing()
        let c = Collector(sources)
        "one\ntw".withCString { _ = write(fds[1], $0, 6) }
        #expect(sources.wait(timeoutMs: 2_000))
        c.read()
        #expect(c.lines == ["stdin:1:one"])
        "o\n".withCString { _ = write(fds[1], $0, 2) }
        close(fds[1])
        sources.wait(timeoutMs: 2_000)
        c.read()
        c.read()
        #expect(c.lines == ["stdin:1:one", "stdin:2:two"])
        #expect(c.kinds() == [.ended])
        close(fds[0])
    }

    /// A failure is a value (the C library's code), said in words where it is shown.
    @Test func aFileReplacedByADirectoryIsAnErrorWithItsCode() throws {
        let dir = TempDirectory()
        dir.write("a.jsonl", "first\n")
        let c = Collector(EventSources(arguments: [dir.file("a.jsonl")]))
        c.read()
        try FileManager.default.removeItem(atPath: dir.file("a.jsonl"))
        try FileManager.default.createDirectory(atPath: dir.file("a.jsonl"), withIntermediateDirectories: false)
        c.read()
        c.read()
        #expect(c.kinds().contains(.error(.system(EISDIR))), "\(c.kinds())")
        #expect(c.events.last?.description == "\(dir.file("a.jsonl")): Is a directory")
    }

    @Test func missingFileIsReported() {
        let c = Collector(EventSources(arguments: ["/nonexistent/borderdesk/x.jsonl"]))
        c.read()
        #expect(c.events.first?.isFailure == true)
        #expect(c.events.first?.description == "/nonexistent/borderdesk/x.jsonl: No such file or directory")
    }
}
