/// How long a followed file's name may be missing before the file is called deleted, and the
/// clock that measures it. Syncthing replaces a file by deleting it and renaming its new copy
/// into place, so the name is missing for a moment; a deletion is reported only when the name
/// stays missing `milliseconds` long. The dashboard uses `standard` (250 ms on the monotonic
/// clock); a test gives a clock of its own and moves it, so the grace never races a loaded thread.
public struct DeletionGrace: Sendable {
    public var milliseconds: Int64
    /// Milliseconds on a clock that never jumps.
    public var now: @Sendable () -> Int64

    public init(milliseconds: Int64, now: @escaping @Sendable () -> Int64) {
        self.milliseconds = milliseconds
        self.now = now
    }

    public static let standard = DeletionGrace(milliseconds: 250, now: { Posix.monotonicMs() })
}
