import BorderOps
import Words

/// A report as content, before any format: the three renderers (text, Markdown, HTML) draw the
/// same document, each escaping event text for itself, so the formats cannot disagree on a
/// figure and no format's escaping depends on another's.
public struct ReportDocument: Sendable, Equatable {
    /// "LAPORAN HASIL KEGIATAN", "NOTULA RAPAT TIMPORA"...
    public var kind: String
    /// What it is about: the operation's or meeting's title, or the date range.
    public var title: String
    public var language: Language
    /// Exercise data: LATIHAN / EXERCISE on every page.
    public var exercise: Bool
    /// "Dibuat Rab 20/11/2024 18.00 WITA oleh Borderdesk" (SOURCE_DATE_EPOCH when set).
    public var generatedLine: String
    public var blocks: [ReportBlock]
    /// The log the report was made from, one anchor per event file (none when it was not read
    /// from files).
    public var anchors: [LogAnchor]

    public init(kind: String, title: String, language: Language, exercise: Bool, generatedLine: String, blocks: [ReportBlock],
                anchors: [LogAnchor] = []) {
        self.kind = kind
        self.title = title
        self.language = language
        self.exercise = exercise
        self.generatedLine = generatedLine
        self.blocks = blocks
        self.anchors = anchors
    }
}

public enum ReportBlock: Sendable, Equatable {
    case heading(String)
    /// Label and value pairs ("Waktu", "Rab 20/11/2024 13.00 WITA").
    case fields([ReportField])
    case paragraph(String)
    case table(ReportTable)
    /// A phase timeline: each entry a label and the time it began; drawn as a picture in HTML,
    /// always also given as a table.
    case timeline([TimelineEntry])
    /// Bars per category, stacked by series (results per voyage; KPIs per day). The figures are
    /// always in a table too: nothing depends on the picture.
    case chart(ReportChart)
    /// Place and date, the signer's role, and a blank for the name.
    case signature(placeAndDate: String, role: String)
}

public struct ReportField: Sendable, Equatable {
    public var label: String
    public var value: String
    public init(_ label: String, _ value: String) {
        self.label = label
        self.value = value
    }
}

public struct ReportTable: Sendable, Equatable {
    public var header: [String]
    public var rows: [[String]]
    /// Columns holding figures: right-aligned.
    public var numeric: Set<Int>
    public init(header: [String], rows: [[String]], numeric: Set<Int> = []) {
        self.header = header
        self.rows = rows
        self.numeric = numeric
    }
}

public struct TimelineEntry: Sendable, Equatable {
    public var label: String
    public var time: String
    /// Minutes since the first entry: positions on the picture.
    public var minute: Int64
    public init(label: String, time: String, minute: Int64) {
        self.label = label
        self.time = time
        self.minute = minute
    }
}

public struct ReportChart: Sendable, Equatable {
    public var title: String
    public var series: [String]
    /// Category label, then one value per series.
    public var bars: [(String, [Int64])]

    public init(title: String, series: [String], bars: [(String, [Int64])]) {
        self.title = title
        self.series = series
        self.bars = bars
    }

    public static func == (a: ReportChart, b: ReportChart) -> Bool {
        a.title == b.title && a.series == b.series && a.bars.count == b.bars.count
            && zip(a.bars, b.bars).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    }
}
