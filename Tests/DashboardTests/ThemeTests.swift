import BorderOps
import Configuration
import Dashboard
import Foundation
import Testing
import Words

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

/// A broken theme is said in the officer's language: file, line, key and reason.
@Suite struct ThemeProblemWordsTests {
    @Test func aBrokenThemeIsSaidInBothLanguages() throws {
        func said(_ text: String) -> Word? {
            do { _ = try ThemeFile.parse(text, path: "t.toml", name: "t") } catch { return error.word }
            return nil
        }
        #expect(said("text = \"default\"\nmuted = \"purple\"\n") == Word(
            en: "t.toml:2: muted: \"purple\" is not a colour (default, black, red, ..., bright-white, 0-255) or an attribute",
            id: "t.toml:2: muted: \"purple\" bukan warna (default, black, red, ..., bright-white, 0-255) atau atribut"))
        #expect(said("text = \"red on\"\n") == Word(en: "t.toml:1: text: \"on\" needs a colour after it", id: "t.toml:1: text: \"on\" perlu warna sesudahnya"))
        #expect(said("text = 3\n") == Word(en: "t.toml:1: text: expected a string such as \"red on default bold\"",
                                           id: "t.toml:1: text: seharusnya teks seperti \"red on default bold\""))
        #expect(Word.themeProblem(try #require(said("text = \"red\"\n"))).id.hasPrefix("tema: t.toml:1: "))
    }
}

/// A broken theme file is said on the bottom line at the start, as a value said in each frame's
/// language: `L` says it again in the other language (an officer who reads English better can);
/// any other key puts it away.
@Suite struct StartNoticeLanguageTests {
    @Test func aThemeProblemFollowsTheLanguageToggle() throws {
        let problem: Word
        do { _ = try ThemeFile.parse("text = \"red on\"\n", path: "t.toml", name: "t"); Issue.record("parsed"); return } catch { problem = Word.themeProblem(error.word) }
        let loop = TestLoop(thaliaAt1440(), width: 120, height: 35, from: LoopModel(ui: DashboardModel(language: .id, rowScope: .all), startNotice: problem))
        func bottom() -> String { loop.text.split(separator: "\n").last.map(String.init) ?? "" }
        #expect(bottom().contains("! tema: t.toml:1: text: \"on\" perlu warna sesudahnya"), "\(bottom())")
        loop.press(.character("L"))
        #expect(bottom().contains("! theme: t.toml:1: text: \"on\" needs a colour after it"), "\(bottom())")
        loop.press(.character("L"))
        #expect(bottom().contains("! tema: t.toml:1:"), "\(bottom())")
        loop.press(.character("j"))
        #expect(!bottom().contains("t.toml"), "gone at another key: \(bottom())")
        loop.press(.character("L"))
        #expect(!bottom().contains("t.toml"), "not back with L once gone: \(bottom())")
    }
}
