#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension DashboardApp {
    /// NO_COLOR set to anything but nothing (no-color.org): the dashboard and the demo draw
    /// without colours.
    public static var noColourRequested: Bool { getenv("NO_COLOR").map { String(cString: $0) }.map { !$0.isEmpty } ?? false }
}
