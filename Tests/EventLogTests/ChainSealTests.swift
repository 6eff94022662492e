@testable import EventLog
import Foundation
import TestSupport
import Testing

/// The chain seal a follower keeps per file (the dashboard's status line): taken as lines
/// arrive, from the bytes the reader reads anyway, never by reading a file again.
@Suite struct ChainSealTests {
    /// A follower that hashes what it reads, and the seal of its one file after each read.
    final class Follower {
        let sources: EventSources
        var lines = 0

        init(_ path: String, chains: ChainTracking = ChainTracking()) {
            sources = EventSources(arguments: [path], chains: chains)
            sources.startFollowing(forcePolling: true)
        }

        func read() -> ChainSeal? {
            sources.readAvailable { _, _ in self.lines += 1 }
            return sources.seals.first?.seal
        }
    }

    @Test func sealedAfterBorderdeskWritesAndNotCoveredAfterAnotherWriter() throws {
        let dir = TempDirectory()
        let path = dir.file("post.jsonl")
        try appendChained([event("a1"), event("a2")], to: path)
        let follower = Follower(path)
        #expect(follower.read() == .sealed)
        dir.append("post.jsonl", event("f1") + "\n")
        #expect(follower.read() == .notCovered(lines: 1))
        dir.append("post.jsonl", event("f2") + "\n" + event("f3") + "\n")
        #expect(follower.read() == .notCovered(lines: 3))
        // A half-written line is no line yet: nothing changes until its newline.
        dir.append("post.jsonl", #"{"id":"f4""#)
        #expect(follower.read() == .notCovered(lines: 3))
        // Borderdesk's next line ends the torn one and covers all four.
        try appendChained([event("a3")], to: path)
        #expect(follower.read() == .sealed)
        #expect(follower.lines == 7)
        // The same as `verify` finds reading the file whole.
        let whole = chain(bytes(of: path))
        #expect(whole.firstBreak == nil && whole.lines == 7 && whole.lastLink == 7 && whole.seal == .sealed)
    }

    @Test func aFileNoBorderdeskWroteIsNotCoveredAndAnEmptyOneIsSealed() {
        let dir = TempDirectory()
        dir.write("empty.jsonl", "")
        dir.write("foreign.jsonl", event("f1") + "\n\n" + event("f2") + "\n")
        #expect(Follower(dir.file("empty.jsonl")).read() == .sealed)
        #expect(Follower(dir.file("foreign.jsonl")).read() == .notCovered(lines: 3))
    }

    /// A byte flipped in an earlier line of a copy: broken at the first link after it, whatever
    /// line the byte was in.
    @Test func aFlippedByteBreaksAtTheNextLink() throws {
        let dir = TempDirectory()
        let path = dir.file("post.jsonl")
        try appendChained([event("a1"), event("a2")], to: path)
        dir.append("post.jsonl", event("f1") + "\n" + event("f2") + "\n")
        try appendChained([event("a3"), event("a4")], to: path)
        let original = bytes(of: path)
        let starts = [0] + original.indices.filter { original[$0] == 0x0A }.map { $0 + 1 }
        // Line (1-based) -> where its link breaks: the next line carrying `prev` (lines 2, 5, 6).
        // The last line's own bytes no link covers: a change there still reads as sealed (the
        // limit `verify` also states; a report's anchor catches it).
        let expected: [(Int, ChainSeal)] = [(1, .broken(line: 2)), (2, .broken(line: 5)), (3, .broken(line: 5)), (4, .broken(line: 5)),
                                            (5, .broken(line: 6)), (6, .sealed)]
        for (line, seal) in expected {
            var copy = original
            copy[starts[line - 1] + 8] ^= 0x01  // the id's last digit
            let file = dir.file("copy-\(line).jsonl")
            #expect(FileManager.default.createFile(atPath: file, contents: Data(copy)))
            #expect(Follower(file).read() == seal, "line \(line)")
        }
    }

    /// Growing while followed: each byte is read once (the reader's count is the file's size),
    /// the seal follows the new lines, and a break stays where it was.
    @Test func aGrowingFileKeepsItsStateWithoutRereading() throws {
        let dir = TempDirectory()
        let path = dir.file("post.jsonl")
        try appendChained([event("a1")], to: path)
        // A forged second link: broken at line 2 from the start.
        dir.append("post.jsonl", String(event("x").dropLast()) + #","prev":"\#(String(repeating: "0", count: 64))"}"# + "\n")
        let follower = Follower(path)
        #expect(follower.read() == .broken(line: 2))
        for n in 0..<20 {
            if n % 2 == 0 {
                try appendChained([event("a\(n + 2)")], to: path)
            } else {
                dir.append("post.jsonl", event("f\(n)") + "\n")
            }
            #expect(follower.read() == .broken(line: 2))
            let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as! Int
            #expect(follower.sources.bytesRead == Int64(size))
        }
        #expect(follower.lines == 22)

        // A healthy file growing the same way: sealed after each Borderdesk line.
        let clean = dir.file("clean.jsonl")
        try appendChained([event("c0")], to: clean)
        let other = Follower(clean)
        #expect(other.read() == .sealed)
        for n in 1...10 {
            dir.append("clean.jsonl", event("g\(n)") + "\n")
            #expect(other.read() == .notCovered(lines: 1))
            try appendChained([event("c\(n)")], to: clean)
            #expect(other.read() == .sealed)
        }
        let size = try FileManager.default.attributesOfItem(atPath: clean)[.size] as! Int
        #expect(other.sources.bytesRead == Int64(size))
    }

    /// A file read again from its start (truncated, replaced) is judged afresh.
    @Test func aReplacedFileIsJudgedAfresh() throws {
        let dir = TempDirectory()
        let path = dir.file("post.jsonl")
        dir.write("post.jsonl", String(event("x").dropLast()) + #","prev":"\#(String(repeating: "0", count: 64))"}"# + "\n")
        let follower = Follower(path)
        #expect(follower.read() == .broken(line: 1))
        dir.write("post.jsonl", "")
        #expect(follower.read() == .sealed)
        try appendChained([event("a1")], to: path)
        #expect(follower.read() == .sealed)
    }

    /// Deferred (the dashboard's catch-up): read without hashing, then hashed on another thread
    /// while more lines arrive; the chain taken over is the whole file's, as `verify` has it,
    /// hashed on two cores (a report) or on one (beside a live dashboard).
    @Test(arguments: [false, true]) func aDeferredChainIsHashedAfterwardsAndCatchesUp(oneCore: Bool) throws {
        let dir = TempDirectory()
        let path = dir.file("post.jsonl")
        let other = dir.file("other.jsonl")
        for n in 0..<300 {
            try appendChained([event("a\(n)", note: String(repeating: "x", count: n))], to: path)
            if n % 7 == 0 { dir.append("post.jsonl", event("f\(n)") + "\n") }
        }
        try appendChained([event("o1")], to: other)
        let sources = EventSources(arguments: [path, other], chains: ChainTracking(deferred: true))
        sources.startFollowing()
        sources.readAvailable { _, _ in }
        #expect(sources.seals.map(\.seal) == [.pending, .pending])
        sources.hashInBackground(oneCore: oneCore)
        // Lines that arrive while the history is hashed are kept and chained after it.
        dir.append("post.jsonl", event("late") + "\n" + #"{"id":"torn"#)
        sources.readAvailable { _, _ in }
        sources.finishChains()
        #expect(sources.seals.map(\.seal) == [.notCovered(lines: 1), .sealed])
        dir.append("post.jsonl", "\"}\n")
        try appendChained([event("a-last")], to: path)
        sources.readAvailable { _, _ in }
        let whole = chain(bytes(of: path))
        let taken = try #require(sources.chains.first?.chain)
        #expect(taken.hash == whole.hash && taken.lines == whole.lines && taken.seal == .sealed)
        // The wake descriptor is in the poll set only while a chain is pending.
        #expect(sources.descriptors.count == 1)
    }

    @Test func aDeferredWakePipesTheFollower() throws {
        let dir = TempDirectory()
        let path = dir.file("post.jsonl")
        try appendChained((0..<2000).map { event("a\($0)") }, to: path)
        let sources = EventSources(arguments: [path], chains: ChainTracking(deferred: true))
        sources.startFollowing()
        sources.readAvailable { _, _ in }
        sources.hashInBackground()
        #expect(sources.seals.first?.seal == .pending)
        // Another wake (the file's watch settling) may come first on a busy machine: each wait
        // must still be woken, and the chain's own wake ends the waiting once it is hashed.
        let deadline = ContinuousClock.now + .seconds(30)
        while sources.seals.first?.seal == .pending, ContinuousClock.now < deadline {
            #expect(sources.wait(timeoutMs: 10_000), "woken")
            sources.readAvailable { _, _ in }
        }
        #expect(sources.seals.first?.seal == .sealed)
        #expect(sources.chains.first?.chain.hash == chain(bytes(of: path)).hash)
    }

    @Test func standardInputCanBeLeftOut() throws {
        let ends = try #require(Posix.closeOnExecPipe(nonBlocking: false)) // no spawned process keeps the write end open
        let fds = [ends.read, ends.write]
        defer { close(fds[0]) }
        _ = event("s1").utf8CString.withUnsafeBufferPointer { write(fds[1], $0.baseAddress, $0.count - 1) }
        close(fds[1])
        let kept = EventSources([.standardInput], standardInput: fds[0], chains: ChainTracking())
        let left = EventSources([.standardInput], standardInput: fds[0], chains: ChainTracking(standardInput: false))
        #expect(kept.seals.map(\.path) == ["stdin"])
        #expect(left.seals.isEmpty)
    }
}

/// A history's chain hashed in the background beside a live dashboard, on a thread that yields
/// to every other: someone waiting for it (a report's anchors) must not wait on a thread that
/// may not run at all under load, so the rest goes on at normal priority, from where it stood.
@Suite struct ChainJobHandOverTests {
    /// Lines of the format's shape, 4 MB (read a megabyte at a time), in a file: its path, size
    /// and the chain hashed directly.
    static func history(_ dir: TempDirectory) -> (path: String, bytes: Int64, chain: FileChain) {
        var text = ""
        var n = 0
        while text.utf8.count < 4 << 20 {
            text += #"{"id":"e\#(n)","ts":"2024-11-20T13:00:00+08:00","type":"kpi.reported","post":"nunukan","metric":"patroli","count":\#(n % 9)}"# + "\n"
            n += 1
        }
        dir.write("h.jsonl", text)
        let bytes = Array(text.utf8)
        var direct = FileChain()
        bytes.withUnsafeBytes { direct.feed($0) }
        return (dir.file("h.jsonl"), Int64(bytes.count), direct)
    }

    @Test func aWaitedForBackgroundJobGoesOnAtNormalPriorityToTheSameChain() throws {
        let dir = TempDirectory()
        let history = Self.history(dir)
        let fd = open(history.path, O_RDONLY)
        try #require(fd >= 0)
        // The job is far from done when it is waited for.
        let job = ChainJob(from: FileChain(), fd: fd, bytes: history.bytes, wake: try #require(WakePipe()), oneCore: true)
        let outcome = try #require(job.outcome(wait: true))
        let chain = try #require(outcome, "the file was read")
        #expect(chain.seal == history.chain.seal)
        #expect(job.wentOnAtNormalPriority)
    }

    /// Beside a dashboard that just woke (and would stay unquiet for a minute), the background
    /// job hashes nothing; waited for, it holds back no longer and goes on at normal priority to
    /// the same chain. Whether its thread ran before the wait depends on the load: if it did, it
    /// held back.
    @Test func aBackgroundJobHashesNothingWhileTheDashboardAnswers() throws {
        let dir = TempDirectory()
        let history = Self.history(dir)
        let foreground = ForegroundActivity(quietMs: 60_000, longestMs: 60_000)
        foreground.note()
        let fd = open(history.path, O_RDONLY)
        try #require(fd >= 0)
        let job = ChainJob(from: FileChain(), fd: fd, bytes: history.bytes, wake: try #require(WakePipe()), oneCore: true, foreground: foreground)
        usleep(300_000)  // time for its thread to start and, without the hold-back, hash
        let outcome = try #require(job.outcome(wait: true))
        let chain = try #require(outcome, "the file was read")
        #expect(chain.seal == history.chain.seal)
        #expect(job.partsInBackground == 0, "\(job.partsInBackground) parts hashed beside the dashboard")
        #expect(job.wentOnAtNormalPriority)
    }
}

/// How much the background job hashes at a time beside a live dashboard.
@Suite struct ChainPartTests {
    @Test func smallPartsUnlessHeldBackTheLongest() {
        let ms: Int64 = 1_000_000
        #expect(ChainJob.part(afterHolding: 0, longest: 500 * ms) == 64 << 10, "at rest or after a short hold")
        #expect(ChainJob.part(afterHolding: 499 * ms, longest: 500 * ms) == 64 << 10)
        #expect(ChainJob.part(afterHolding: 500 * ms, longest: 500 * ms) == 1 << 20, "steady input: a megabyte at each longest hold")
    }
}

/// How long background work waits, at instants given (`ForegroundActivity.pause`).
@Suite struct ForegroundActivityTests {
    let ms: Int64 = 1_000_000

    @Test func backgroundWorkWaitsForQuietAndNeverLongerThanItsLongest() {
        let foreground = ForegroundActivity(quietMs: 100, longestMs: 500)
        let t: Int64 = 1_000_000 * ms
        #expect(foreground.pause(now: t, held: 0) == 0, "no wake yet: no wait")
        foreground.note(at: t)
        #expect(foreground.pause(now: t, held: 0) == 100 * ms)
        #expect(foreground.pause(now: t + 30 * ms, held: 0) == 70 * ms, "until quiet")
        #expect(foreground.pause(now: t + 100 * ms, held: 0) == 0, "quiet")
        #expect(foreground.pause(now: t + 30 * ms, held: 450 * ms) == 50 * ms, "no longer than the longest in all")
        #expect(foreground.pause(now: t + 30 * ms, held: 500 * ms) == 0)
        #expect(foreground.pause(now: t + 30 * ms, held: 700 * ms) == 0)
        foreground.note(at: t + 200 * ms)
        #expect(foreground.pause(now: t + 250 * ms, held: 0) == 50 * ms, "each wake starts the quiet again")
    }

    /// Holding back ends once quiet (never before: a sleep is never shorter), or at once when
    /// the work is wanted, within one of its 10 ms steps.
    @Test func holdingBackEndsWhenQuietOrWhenTheWorkIsWanted() {
        let foreground = ForegroundActivity(quietMs: 200, longestMs: 60_000)
        let start = Posix.monotonicNs()
        foreground.note(at: start)
        let held = foreground.holdBack { false }
        #expect(Posix.monotonicNs() - start >= 200 * ms, "not before quiet")
        #expect(held > 0 && held <= 200 * ms, "\(held / ms) ms")
        foreground.note()
        var asks = 0
        let wanted = foreground.holdBack {
            asks += 1
            return asks > 2
        }
        #expect(asks == 3 && wanted == 20 * ms, "two steps, then wanted: \(wanted / ms) ms")
    }
}
