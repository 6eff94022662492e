import BorderOps
import Configuration
import EventLog
import Words

/// The checklist templates in a directory (`*.toml`), by name; broken ones are reported with
/// file, line and key and left out.
public struct TemplateCatalog {
    public var templates: [ChecklistTemplate]
    /// Each broken file, in both languages.
    public var problems: [Word]

    public static func load(directory: String) -> TemplateCatalog {
        var catalog = TemplateCatalog(templates: [], problems: [])
        for path in DirectoryListing.files(in: directory, suffix: ".toml") {
            switch load(file: path) {
            case .success(let template): catalog.templates.append(template)
            case .failure(let problem): catalog.problems.append(problem.word)
            }
        }
        return catalog
    }

    /// A template named as `checklist start` takes it: a name in `directory`, or a path to a
    /// `.toml` file.
    public static func load(named name: String, in directory: String) -> Result<ChecklistTemplate, ChecklistTemplate.Problem> {
        load(file: name.hasSuffix(".toml") || name.contains("/") ? name : "\(directory)/\(name).toml")
    }

    /// `load(named:in:)`, for a command: a broken or missing template is a one-line error.
    public static func template(named name: String, in directory: String) throws(ConfigurationFailure) -> ChecklistTemplate {
        switch load(named: name, in: directory) {
        case .success(let template): return template
        case .failure(let problem): throw .template(problem)
        }
    }

    public static func load(file path: String) -> Result<ChecklistTemplate, ChecklistTemplate.Problem> {
        let name = String((path.split(separator: "/").last ?? "").dropLast(5))
        return TextFile.load(path) { text throws(FileProblem) in try ChecklistTemplate.parse(text, path: path, name: name) }
    }
}
