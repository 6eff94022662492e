import BorderOps
import Words

/// Everything that can happen to the dashboard, as a value: the driver turns what `poll`
/// brought (keys, lines, signals, the clock) and what its effects returned into these, and
/// `Loop.update` is the one place that decides what each means.
public enum Message: Sendable, Equatable {
    case key(Key)
    /// Lines were read or a source changed state: the frame's data moved.
    case sourcesChanged
    /// The clock, at each wake-up: a new minute or an alert's instant may need a frame.
    case tick(Timestamp)
    case resized
    /// A signal (SIGTERM, SIGHUP, SIGINT) or a hung-up terminal.
    case quitRequested
    /// Catching up on the history: bytes read so far and expected (0: unknown).
    case catchUpProgress(done: Int64, total: Int64)
    /// Lines written since the checkpoint were folded into its preview while it is read.
    case previewGrew
    case caughtUp
    /// What came of an `Effect.append`.
    case appended(OperatorIntent, AppendOutcome)
    /// What came of an `Effect.writeReport`.
    case reportWritten(path: String, replaced: Bool)
    case reportFailed(String)
    /// The demo appended events (or finished), or failed.
    /// What came of an `Effect.readLine`.
    case lineRead(DetailFileLine)
    /// What came of an `Effect.readChecks`.
    case checksRead(VoyageChecksRead)
    case demoAdvanced
    case demoFailed(String)
    /// The checkpoint could not be written: the driver's sentence, in the officer's language.
    case checkpointFailed(String)
    /// The checkpoint was not used (read once the first frame is drawn from its preview): why,
    /// shown until the first key unless something else is.
    case checkpointRefused(Word)
    /// A frame was drawn at `now` with these alerts; `nextAlertChange`: when a time rule next
    /// changes its answer (the loop wakes then).
    case frameDrawn(now: Timestamp, alerts: [Alert], nextAlertChange: Timestamp?)
}

public enum AppendOutcome: Sendable, Equatable {
    /// In the file; `unconfirmed`: why the disk did not confirm it (it is still not kept for `r`).
    case written(unconfirmed: String?)
    case failed(String)
}
