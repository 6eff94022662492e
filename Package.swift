// swift-tools-version: 6.0
import PackageDescription

// Swift 6 language mode (the tools version's default) with strict concurrency, plus two upcoming
// features: ExistentialAny (every existential is spelled `any`, so its cost shows) and
// MemberImportVisibility (a file uses only the modules it imports, so each target's stated
// dependencies stay true).
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]
// The library targets the suite spends its processor time in are optimised in the debug build
// too (their unspecialised generics made the suite twice as slow): the suite takes ~21-24 s
// instead of ~36 for ~40 s more of a clean build (docs/testing.md, "Optimised where the tests
// spend their time"). `BORDERDESK_ONONE=1 swift test` leaves them unoptimised, for a debugger.
// (Unsafe flags are allowed in a root package only: nothing depends on this one.)
let optimisedInDebug: [SwiftSetting] = Context.environment["BORDERDESK_ONONE"] == "1"
    ? []
    : [.unsafeFlags(["-O"], .when(configuration: .debug))]
let optimisedSettings = strictSettings + optimisedInDebug

let package = Package(
    name: "borderdesk",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "borderdesk", targets: ["borderdesk"]),
        .library(name: "EventLog", targets: ["EventLog"]),
        .library(name: "BorderOps", targets: ["BorderOps"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // Text made safe to show: escaping of control and invisible characters (once, at the
        // edges), shortening of quoted data, text made safe as part of a file name. Imports nothing.
        .target(name: "SafeText", swiftSettings: strictSettings),
        // Keys compared by their exact bytes and the hash tables built on them (`ExactKeyTable`,
        // `KeyedTable`), sorting by a computed key, the chunked array a copy of the state shares
        // (`ChunkedArray`). Generic: no event meanings. Imports nothing.
        .target(name: "ExactKeys", swiftSettings: optimisedSettings),
        // JSON text with no event meanings: UTF-8 validation, the fast flat-object scanner, the
        // strict parser, escapes, the writer. Imports ExactKeys and SafeText.
        .target(name: "JSON", dependencies: ["ExactKeys", "SafeText"], swiftSettings: optimisedSettings),
        // Bytes and files: sources, offsets, lines, following, appending, the integrity chain
        // (SHA-256 over lines) and what `verify` says of it, replacing a report file whole; the
        // process's edges (standard output, error and input, limits, arguments as bytes, exit).
        // No event meanings. Imports JSON (to undo an escaped `prev`), ExactKeys, SafeText, and
        // CXXHash for the checkpoint's seal.
        .target(
            name: "EventLog",
            dependencies: ["JSON", "ExactKeys", "SafeText", "CXXHash", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: optimisedSettings
        ),
        // The event format: validation, decoding, reducers, the headless summary. No files.
        // Imports JSON, ExactKeys, SafeText; not EventLog.
        .target(
            name: "BorderOps",
            dependencies: ["JSON", "ExactKeys", "SafeText"],
            swiftSettings: optimisedSettings
        ),
        // Every user-facing word in both languages (`Word`, `Language`), the codes' words, the
        // alerts' sentences. BorderOps holds no words. Imports BorderOps.
        .target(name: "Words", dependencies: ["BorderOps"], swiftSettings: optimisedSettings),
        // The screen as a value: grid, layout, panes, themes, keys, the loop's messages and
        // effects. Imports BorderOps, Words and the generic targets; not EventLog, no ncurses.
        .target(
            name: "Dashboard",
            dependencies: ["BorderOps", "Words", "JSON", "ExactKeys", "SafeText"],
            swiftSettings: optimisedSettings
        ),
        // Sources to state on every core: the pipelined fold (reader, decoder and folding
        // threads), folding whole sources (and their alerts), writing events (ids, clock, the
        // chained append, who writes where), `append`'s drafts (officers' words through Words),
        // input and batch refusals, the ids and references already in a file. Imports EventLog,
        // BorderOps, Words and the generic targets; no screen.
        .target(
            name: "Ingest",
            dependencies: ["EventLog", "BorderOps", "Words", "JSON", "ExactKeys", "SafeText"],
            swiftSettings: optimisedSettings
        ),
        // TOML text to values: the guard against what stops toml++, checklist templates, themes,
        // demo captions, the posts file, each problem said as FILE:LINE: key: reason; a number
        // setting's documented range (`NumberRange`). The one target that imports TOMLKit; also
        // imports BorderOps, Words, Dashboard (the value types stay there) and SafeText. No
        // files: the fuzzer links it alone.
        .target(
            name: "Configuration",
            dependencies: ["BorderOps", "Words", "Dashboard", "SafeText", .product(name: "TOMLKit", package: "TOMLKit")],
            swiftSettings: strictSettings
        ),
        // Configuration files from disk: a whole file as UTF-8 text (regular files only, 1 MiB at
        // most), the theme and template catalogs of a directory, the posts file, the settings files
        // and what every command asks of them (sources, language, zone, posts). Imports
        // Configuration, EventLog (regular files, directory listings), Ingest (what a refused file
        // is), BorderOps, Words, Dashboard, JSON, SafeText.
        .target(
            name: "Catalogs",
            dependencies: ["Configuration", "BorderOps", "Words", "Dashboard", "EventLog", "Ingest", "JSON", "SafeText"],
            swiftSettings: strictSettings
        ),
        // The demo: a scenario (events and captions) replayed into a new event file, paced by the
        // events' own times, through the same append path a real writer uses. Imports Ingest
        // (the writer, the clock), Dashboard (the captions, the demo keys' hints), Catalogs.
        .target(
            name: "Demo",
            dependencies: ["Ingest", "Dashboard", "Catalogs", "Configuration", "EventLog", "BorderOps", "Words", "JSON", "SafeText"],
            swiftSettings: strictSettings
        ),
        // A seeded random event stream of realistic shape (`generate`, benchmarks, tests), and
        // the new file it is written to. Imports BorderOps (the event vocabulary it writes), JSON
        // and EventLog (writing whole buffers); not read by the fold.
        .target(name: "Generation", dependencies: ["BorderOps", "JSON", "EventLog"], swiftSettings: strictSettings),
        // Reports from the log (operation, meeting, desk, alerts) as text, Markdown, HTML and JSON,
        // the summary table, report file names. No files. Imports BorderOps, Words and the
        // generic targets.
        .target(name: "Reports", dependencies: ["BorderOps", "Words", "JSON", "ExactKeys", "SafeText"], swiftSettings: strictSettings),
        // The dashboard's driver: what its frames are drawn from (`DashboardFeed`: the fold, each
        // source's health and seal), the effects performer, the loop on a `DashboardTerminal`
        // (no ncurses: the executable's adapter is one), report sources and clock, log anchors.
        .target(
            name: "Driver",
            dependencies: ["Dashboard", "Ingest", "Demo", "Reports", "Catalogs", "Configuration", "EventLog", "BorderOps", "Words", "ExactKeys"],
            swiftSettings: strictSettings
        ),
        // The headquarters services' side of `alerts --notify`: the machine's `notify_command` run
        // once per new critical episode, the episodes told kept in a small file. Imports Reports
        // (the alert's line), Catalogs (the settings, files), BorderOps, Words and the generic targets.
        .target(
            name: "Notify",
            dependencies: ["Reports", "Catalogs", "EventLog", "BorderOps", "Words", "JSON", "SafeText"],
            swiftSettings: strictSettings
        ),
        // ncursesw through a small shim (wide-character API, macros as functions).
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncursesw5-dev"])]),
        // xxHash's XXH3 (Debian's libxxhash): the checkpoint's seal, six times SHA-256's speed.
        .systemLibrary(name: "CXXHash", providers: [.apt(["libxxhash-dev"])]),
        // The ncurses adapter: the real terminal behind the driver's `DashboardTerminal` (a grid's
        // changed rows drawn, keys and the mouse read, what a crash must restore). The only
        // importer of CNcursesw. Imports Driver (the protocol), Dashboard, EventLog.
        .target(name: "CursesScreen", dependencies: ["Driver", "Dashboard", "EventLog", "CNcursesw"], swiftSettings: strictSettings),
        // `--help` and the parser's refusals in the officer's language, laid out from the
        // parser's description of the commands (a library: the executable holds only parsing).
        .target(name: "CommandLineHelp", dependencies: ["JSON", "Words"], swiftSettings: strictSettings),
        // The command line: argument parsing and each command's start (the dashboard's on the
        // ncurses adapter). May import every target but CNcursesw.
        .executableTarget(
            name: "borderdesk",
            dependencies: [
                "CommandLineHelp", "EventLog", "BorderOps", "Words", "Dashboard", "Reports", "Ingest", "Demo", "Generation", "Configuration", "Catalogs",
                "Driver", "Notify", "CursesScreen", "JSON", "ExactKeys", "SafeText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings,
            plugins: ["VersionStamp"]
        ),
        // Writes the commit the tree is at into the executable before each build (`--version`).
        .plugin(name: "VersionStamp", capability: .buildTool()),
        // Helpers every test target shares (a temporary directory, the package's paths, a fold
        // through the real reader, golden files). Used only by test targets; imports Foundation,
        // EventLog and BorderOps.
        .target(name: "TestSupport", dependencies: ["EventLog", "BorderOps"], swiftSettings: strictSettings),
        // Reading, following, appending and chaining files.
        .testTarget(
            name: "EventLogTests",
            dependencies: ["EventLog", "JSON", "TestSupport", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strictSettings
        ),
        // The event format and the fold (conformance cases, properties), with the JSON, exact-key
        // and TOML loading tests.
        .testTarget(
            name: "BorderOpsTests",
            dependencies: [
                "BorderOps", "EventLog", "Words", "Generation", "Configuration", "JSON", "ExactKeys", "SafeText", "TestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        // Appending in process: drafting events from arguments and input, a batch's refusals.
        .testTarget(
            name: "IngestTests",
            dependencies: ["Ingest", "BorderOps", "Words", "EventLog", "JSON", "ExactKeys", "TestSupport"],
            swiftSettings: strictSettings
        ),
        // Reports against golden files.
        .testTarget(
            name: "ReportsTests",
            dependencies: ["Reports", "BorderOps", "EventLog", "Words", "SafeText", "TestSupport"],
            resources: [.copy("Golden")],
            swiftSettings: strictSettings
        ),
        // The screen and the loop in memory, golden frames.
        .testTarget(
            name: "DashboardTests",
            dependencies: ["Dashboard", "BorderOps", "EventLog", "Words", "Configuration", "ExactKeys", "SafeText", "TestSupport"],
            resources: [.copy("Golden")],
            swiftSettings: strictSettings
        ),
        // Drives the real binary: conformance cases, check output, concurrent appenders.
        .testTarget(
            name: "BorderdeskCLITests",
            dependencies: ["borderdesk", "Driver", "Demo", "BorderOps", "Words", "Dashboard", "Configuration", "Catalogs", "JSON", "SafeText", "TestSupport"],
            swiftSettings: strictSettings
        ),
    ]
)
