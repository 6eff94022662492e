import BorderOps
import EventLog

#if canImport(Glibc)
import Glibc
#endif

/// The checklist templates in a directory (`*.toml`), by name; broken ones are reported with
/// file, line and key and left out.
struct TemplateCatalog {
    var templates: [ChecklistTemplate]
    var problems: [String]

    static func load(directory: String) -> TemplateCatalog {
        var catalog = TemplateCatalog(templates: [], problems: [])
        for path in DirectoryListing.files(in: directory, suffix: ".toml") {
            switch load(file: path) {
            case .success(let template): catalog.templates.append(template)
            case .failure(let problem): catalog.problems.append(problem.description)
            }
        }
        return catalog
    }

    static func load(file path: String) -> Result<ChecklistTemplate, ChecklistTemplate.Problem> {
        guard let text = readText(path) else {
            return .failure(ChecklistTemplate.Problem(path: path, line: 0, key: "", reason: String(cString: strerror(errno))))
        }
        let name = String((path.split(separator: "/").last ?? "").dropLast(5))
        do {
            return .success(try ChecklistTemplate.parse(text, path: path, name: name))
        } catch {
            return .failure(error)
        }
    }

    static func readText(_ path: String) -> String? {
        guard let file = fopen(path, "r") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = fread(&chunk, 1, chunk.count, file)
            if n <= 0 { break }
            bytes += chunk[0..<n]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
