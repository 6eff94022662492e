/// Why `borderdesk demo` cannot start (`DemoFailure.word`). The name asked for comes in already
/// shortened; a file problem comes in said in both languages.
extension Word {
    public static func demoNoScenario(_ wanted: String, directory: String) -> Word {
        Word(en: "no scenario \"\(wanted)\" in \(directory) (borderdesk demo --list)",
             id: "tidak ada skenario \"\(wanted)\" di \(directory) (borderdesk demo --list)")
    }

    public static func demoCaptionsProblem(_ problem: Word) -> Word {
        Word(en: "captions: \(problem.en)", id: "keterangan: \(problem.id)")
    }

    public static func demoScenarioProblem(_ problem: Word) -> Word {
        Word(en: "scenario \(problem.en)", id: "skenario \(problem.id)")
    }

    public static func demoScenarioMissing(_ path: String) -> Word {
        Word(en: "cannot read \(path)", id: "tidak dapat membaca \(path)")
    }
}
