/// Where Esc in a detail view goes back to, said on the hints line (`Esc kembali ke pencarian`).
extension Word {
    public static let keyHintBackTo = Word(en: "Esc back to", id: "Esc kembali ke")
    public static let placeSearch = Word(en: "search", id: "pencarian")
    public static let placeAlerts = Word(en: "alerts", id: "daftar peringatan")
    public static let placeBadLines = Word(en: "bad lines", id: "daftar baris rusak")
    public static let placeBadLine = Word(en: "bad line", id: "baris rusak")
    public static let placePosts = Word(en: "posts", id: "pilihan pos")
    public static let placeHelp = Word(en: "keys", id: "daftar tombol")
    public static let placeDesk = Word(en: "desk", id: "desk")
}
