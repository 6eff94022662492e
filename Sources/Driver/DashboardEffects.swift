import BorderOps
import Catalogs
import Configuration
import Dashboard
import Demo
import EventLog
import Ingest
import Words
import Reports

/// Performs the loop's effects that reach past the screen: appending an event, writing a
/// report, controlling the demo. Each answers with the message of what came of it.
public struct DashboardEffects {
    let feed: DashboardFeed
    var demo: DemoReplay?
    var postDirectory: [PostInfo]

    public init(feed: DashboardFeed, demo: DemoReplay?, postDirectory: [PostInfo]) {
        self.feed = feed
        self.demo = demo
        self.postDirectory = postDirectory
    }

    public func perform(_ effect: Effect) -> [Message] {
        switch effect {
        case .append(let request): return [append(request)]
        case .writeReport(let request): return [writeReport(request)]
        case .demo(let control): return demoControl(control)
        case .readLine(let origin): return [.lineRead(DetailFileLine(origin: origin, text: FileLines.line(origin.line, of: origin.source)))]
        case .readChecks(let voyage): return [.checksRead(readChecks(voyage))]
        case .bell, .useTheme, .copy, .press, .quit: return []
        }
    }

    /// Every check of `voyage` from the files followed (standard input cannot be read again).
    func readChecks(_ voyage: String) -> VoyageChecksRead {
        do {
            return VoyageChecksRead(voyage: voyage, checks: try VoyageCheckFiles.checks(of: voyage, in: feed.sources.filePaths))
        } catch {
            return VoyageChecksRead(voyage: voyage, checks: nil, problem: error.message)
        }
    }

    func append(_ request: AppendRequest) -> Message {
        do {
            let appended = try EventWriter.append(batch: request.events, to: request.file)
            return .appended(request.intent, .written(unconfirmed: appended.notConfirmed))
        } catch {
            return .appended(request.intent, .failed("\(error)"))
        }
    }

    func writeReport(_ request: ReportRequest) -> Message {
        var context = ReportContext(language: request.language, post: request.post, postZones: PostDirectory.zones(postDirectory),
                                    generated: (try? ReportClock.generationTime()) ?? LocalClock.now())
        context.anchors = feed.anchors()  // the log as folded, read together with the fold: a paper copy pins it
        let folded = feed.fold.state
        do {
            let doc = request.kind == .operation
                ? try OperationReport.build(folded, op: request.id, context: context)
                : try MeetingReport.build(folded, meeting: request.id, context: context)
            let slash = request.nextTo.lastIndex(of: "/")
            let folder = slash.map { String(request.nextTo[..<$0]) } ?? "."
            let path = "\(folder)/\(ReportFileName.dashboard(request.kind == .operation ? .operation : .meeting, id: request.id, language: request.language))"
            return .reportWritten(path: path, replaced: try ReportFile.save(HTMLRenderer.render(doc), to: path))
        } catch {
            return .reportFailed("\(error)")
        }
    }

    func demoControl(_ control: DemoControl) -> [Message] {
        guard let demo else { return [] }
        do {
            switch control {
            case .pause: demo.togglePause()
            case .nextStage: try demo.skipToNextStage()
            case .faster: demo.faster()
            case .slower: demo.slower()
            case .restart: try demo.restart()
            }
            return [.demoAdvanced]
        } catch {
            return [.demoFailed("\(error)")]
        }
    }
}
