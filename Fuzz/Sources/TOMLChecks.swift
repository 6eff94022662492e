import BorderOps
import Configuration
import Dashboard

/// Mode 2: the input is a TOML file, given to every loader. Each returns a value that keeps
/// its own promises or throws a `FileProblem` naming the file and a line inside it.
enum TOMLChecks {
    static let path = "fuzz.toml"

    static func run(_ input: UnsafeRawBufferPointer) {
        let text = String(decoding: input, as: UTF8.self)
        // Lines as toml++ counts them: at each `\n` byte (a Swift Character "\r\n" is not "\n").
        let lines = text.utf8.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }

        func checkProblem(_ problem: FileProblem, _ loader: String) {
            guard problem.path == path, (1...lines).contains(problem.line), !problem.reason.isEmpty else {
                violation("\(loader): problem outside the file (\(lines) lines): \(escapedBytes(problem.description.utf8))", input)
            }
        }

        do {
            let template = try ChecklistTemplate.parse(text, path: path, name: "fuzz")
            let ids = template.steps.map(\.step)
            if template.title.isEmpty || ids.isEmpty || Set(ids).count != ids.count || ids.contains("") {
                violation("checklist template accepted without a title or distinct step ids", input)
            }
        } catch { checkProblem(error, "ChecklistTemplate") }

        do {
            let posts = try PostDirectory.parse(text, path: path)
            if posts.isEmpty || Set(posts.map(\.id)).count != posts.count {
                violation("posts file accepted without posts or with a repeated id", input)
            }
        } catch { checkProblem(error, "PostDirectory") }

        do {
            let theme = try ThemeFile.parse(text, path: path, name: "fuzz")
            if Role.allCases.contains(where: { theme.roles[$0] == nil }) {
                violation("theme accepted without a style for every role", input)
            }
        } catch { checkProblem(error, "ThemeFile") }

        do {
            _ = try DemoScript.parse(text, path: path)
        } catch { checkProblem(error, "DemoScript") }
    }
}
