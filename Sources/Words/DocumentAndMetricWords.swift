import BorderOps

/// The codes the dashboard's forms show that `VocabularyWords` did not name yet: a passenger's
/// travel document and a desk KPI.
extension Word {
    public static func code(_ d: DocumentKind) -> Word {
        switch d {
        case .ktp: return Word(en: "ID card (KTP)", id: "KTP")
        case .passport: return Word(en: "passport", id: "paspor")
        case .plb: return Word(en: "border pass (PLB)", id: "PLB")
        case .splp: return Word(en: "travel letter (SPLP)", id: "SPLP")
        case .seaman_book: return Word(en: "seaman book", id: "buku pelaut")
        case .other: return Word(en: "other", id: "lainnya")
        }
    }

    public static func code(_ m: KPIMetric) -> Word {
        switch m {
        case .patrol: return .patrol
        case .sambang: return .sambang
        case .routine_check: return .routineCheck
        case .socialisation: return .socialisation
        }
    }
}
