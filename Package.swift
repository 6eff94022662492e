// swift-tools-version: 6.0
import PackageDescription

// Swift 6 language mode (the tools version's default) with strict concurrency, plus the two
// upcoming features the design notes recommend.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

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
        // Bytes and files: sources, offsets, lines, following, appending, the integrity chain
        // (SHA-256 over lines). No event meanings.
        .target(
            name: "EventLog",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strictSettings
        ),
        // The event format: validation, decoding, reducers, the headless summary. No files.
        .target(
            name: "BorderOps",
            dependencies: [.product(name: "TOMLKit", package: "TOMLKit")],
            swiftSettings: strictSettings
        ),
        // Every user-facing word in both languages (`Word`, `Language`), the codes' words, the
        // alerts' sentences. BorderOps holds no words.
        .target(name: "Words", dependencies: ["BorderOps"], swiftSettings: strictSettings),
        // The screen as a value: grid, layout, panes, themes, keys, words. No ncurses.
        .target(
            name: "Dashboard",
            dependencies: ["BorderOps", "Words", .product(name: "TOMLKit", package: "TOMLKit")],
            swiftSettings: strictSettings
        ),
        // Reports from the log (operation, meeting, desk) as text, Markdown and HTML. No files.
        .target(name: "Reports", dependencies: ["BorderOps", "Words"], swiftSettings: strictSettings),
        // ncursesw through a small shim (wide-character API, macros as functions).
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncursesw5-dev"])]),
        .executableTarget(
            name: "borderdesk",
            dependencies: [
                "EventLog", "BorderOps", "Words", "Dashboard", "Reports", "CNcursesw",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "EventLogTests",
            dependencies: ["EventLog", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "BorderOpsTests",
            dependencies: [
                "BorderOps", "EventLog", "Words",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ReportsTests",
            dependencies: ["Reports", "BorderOps", "EventLog", "Words"],
            resources: [.copy("Golden")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "DashboardTests",
            dependencies: ["Dashboard", "BorderOps", "EventLog", "Words"],
            resources: [.copy("Golden")],
            swiftSettings: strictSettings
        ),
        // Drives the real binary: conformance cases, check output, concurrent appenders.
        .testTarget(
            name: "BorderdeskCLITests",
            dependencies: ["borderdesk", "BorderOps"],
            swiftSettings: strictSettings
        ),
    ]
)
