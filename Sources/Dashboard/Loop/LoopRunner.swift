import BorderOps
import Words

/// Runs the loop against a screen: sends messages through `Loop.update`, does the screen's own
/// effects (bell, theme), hands the others to `perform` and sends back what came of them, and
/// draws a frame when one is needed. The driver of the real terminal and the in-process tests
/// both use it; only what feeds it differs.
public final class LoopRunner {
    public private(set) var model: LoopModel
    public let environment: LoopEnvironment
    public let screen: any Screen
    let themes: [Theme]
    let colour: Bool
    let ascii: Bool
    /// The frame's data as it stands (the fold, the sources, the alerts) for the UI model (a
    /// demo's caption is in its language).
    let data: (DashboardModel) -> DashboardInput
    /// Appends, writes a report, controls the demo; returns the messages that came of it.
    let perform: (Effect) -> [Message]
    /// The frame's data as `data` last gave it, and the language it was made in, while a batch
    /// of keys is sent. A key changes only the UI model, never what the frame is drawn from (an
    /// append shows once it is read back), so a batch (a scanner's references) evaluates the
    /// alert rules over the whole state once, not per key. Dropped after the batch and by any
    /// other message: kept longer, it would share the fold's storage and make the next fold of
    /// new lines copy the whole state.
    private var current: (language: Language, input: DashboardInput)?
    /// Whether the screen was last asked to report the mouse (nil: not yet asked).
    private var mouseReported: Bool?

    public init(model: LoopModel, environment: LoopEnvironment, screen: any Screen, themes: [Theme] = [.mono], colour: Bool = false,
                ascii: Bool = false, data: @escaping (DashboardModel) -> DashboardInput, perform: @escaping (Effect) -> [Message]) {
        self.model = model
        self.environment = environment
        self.screen = screen
        self.themes = themes
        self.colour = colour
        self.ascii = ascii
        self.data = data
        self.perform = perform
        useTheme(model.ui.themeIndex)
    }

    public var quit: Bool { model.ui.quit }

    public func send(_ message: Message) {
        if case .key = message {} else { current = nil }
        // The UI model as the message found it: `model` itself is being changed during `update`.
        let ui = model.ui
        for effect in Loop.update(&model, message, environment, data: { self.currentData(ui) }, size: screen.size) {
            switch effect {
            case .bell: screen.bell()
            case .copy(let text): screen.copy(text)
            case .useTheme(let index): useTheme(index)
            case .quit: break
            case .press(let keys): send(keys: keys)
            case .append, .writeReport, .demo, .readLine, .readChecks:
                for result in perform(effect) { send(result) }
            }
        }
    }

    /// Every key the screen has waiting, each a message.
    public func readKeys() {
        send(keys: screen.readKeys())
    }

    /// A batch of keys, each a message, in order; none after one that quits.
    public func send(keys: [Key]) {
        for key in keys where !quit { send(.key(key)) }
        current = nil
    }

    /// The frame's data for `ui`, made again only when something other than a key arrived or
    /// the language changed (a demo's caption is in it).
    func currentData(_ ui: DashboardModel) -> DashboardInput {
        if let current, current.language == ui.language { return current.input }
        let input = data(ui)
        current = (ui.language, input)
        return input
    }

    func useTheme(_ index: Int) {
        screen.use(colour && !themes.isEmpty ? themes[index % themes.count] : .mono)
    }

    /// Draws a frame when something changed. `partial`: the data to draw instead of the
    /// frame's (a fold still catching up); `nextAlertChange`: when a time rule next changes.
    public func drawIfNeeded(now: Timestamp, partial: DashboardInput? = nil, nextAlertChange: (DashboardInput) -> Timestamp? = { _ in nil }) {
        guard model.needsFrame else { return }
        let input = model.frame(partial ?? currentData(model.ui), demo: environment.demo)
        let (width, height) = screen.size
        // Asked before the frame is drawn, so the terminal hears it with the frame's bytes.
        if mouseReported != model.ui.reportsMouse {
            mouseReported = model.ui.reportsMouse
            screen.reportMouse(model.ui.reportsMouse)
        }
        screen.draw(DashboardView.render(input, model: model.ui, width: width, height: height, ascii: ascii))
        // A preview's alerts are the checkpoint's (one acknowledged since would ring): the bell
        // waits for the whole fold's frame.
        send(.frameDrawn(now: now, alerts: input.state.isPreview ? [] : input.alerts, nextAlertChange: partial == nil ? nextAlertChange(input) : nil))
    }
}
