/// The search across panes (`s`, for headquarters): its keys, its prompt and the kind of each hit.
extension Word {
    public static let keySearchAll = Word(en: "search every pane and the alerts by any text inside them",
                                          id: "cari di semua panel dan peringatan, juga teks di dalam butir")
    public static let keyTypeSearch = Word(en: "type what to look for", id: "ketik yang dicari")
    public static let keyHintTypeSearch = Word(en: "type to search", id: "ketik untuk mencari")
    public static let keyOpenHit = Word(en: "open the selected hit in detail", id: "buka rincian hasil terpilih")
    public static let keyHintOpenHit = Word(en: "Enter open", id: "Enter buka")
    public static let keyHintSearchMove = Word(en: "↑↓ choose", id: "↑↓ pilih")
    public static let searchTitle = Word(en: "Search every pane", id: "Cari di semua panel")
    public static let searchEmpty = Word(en: "Type to search voyages, operations, meetings, the desk and the alerts.",
                                         id: "Ketik untuk mencari pelayaran, operasi, rapat, desk dan peringatan.")
    public static let searchKindVoyage = Word(en: "voyage", id: "pelayaran")
    public static let searchKindOperation = Word(en: "operation", id: "operasi")
    public static let searchKindMeeting = Word(en: "meeting", id: "rapat")
    public static let searchKindFigure = Word(en: "daily figure", id: "angka harian")
    public static let searchKindSeizure = Word(en: "seizure", id: "penindakan")
    public static let searchKindAlert = Word(en: "alert", id: "peringatan")
}
