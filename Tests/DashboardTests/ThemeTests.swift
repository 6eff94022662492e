import BorderOps
import Configuration
import Dashboard
import Foundation
import Testing

@Suite struct ThemeTests {
    @Test(arguments: ["default", "light", "high-contrast", "mono"])
    func shippedThemesParse(_ name: String) throws {
        let path = Paths.packageRoot + "/Themes/\(name).toml"
        let theme = try ThemeFile.parse(try String(contentsOfFile: path, encoding: .utf8), path: path, name: name)
        #expect(theme.name == name)
        #expect(Role.allCases.allSatisfy { theme.roles[$0] != nil })
        // Severity and selection never rely on colour alone.
        #expect(!theme[.critical].style.isEmpty)
        #expect(!theme[.selection].style.isEmpty || theme[.selection].background != .terminalDefault)
    }

    @Test func brokenThemeNamesFileLineAndKey() {
        let text = """
            name = "bad"
            text = "default"
            muted = "purple"
            """
        do {
            _ = try ThemeFile.parse(text, path: "Themes/bad.toml", name: "bad")
            Issue.record("accepted a broken theme")
        } catch {
            #expect(error.description.hasPrefix("Themes/bad.toml:3: muted: \"purple\" is not a colour"))
        }
        do {
            _ = try ThemeFile.parse("text = \n", path: "x.toml", name: "x")
            Issue.record("accepted invalid TOML")
        } catch {
            #expect(error.line == 1)
            #expect(error.description.hasPrefix("x.toml:1: "))
        }
        do {
            _ = try ThemeFile.parse("text = \"default\"\nglow = \"red\"\n", path: "y.toml", name: "y")
            Issue.record("accepted an unknown role")
        } catch {
            #expect(error.description.hasPrefix("y.toml:2: glow: unknown role"))
        }
    }

    @Test func coloursDegradeToEight() {
        #expect(ThemeColor.index(9).limited(to: 8) == .index(1))
        #expect(ThemeColor.index(196).limited(to: 8) == .index(1))
        #expect(ThemeColor.index(250).limited(to: 8) == .index(7))
        #expect(ThemeColor.index(196).limited(to: 256) == .index(196))
    }
}
