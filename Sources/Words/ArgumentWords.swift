/// An argument whose bytes are not UTF-8, refused before the command line is parsed
/// (`ArgumentBytes.Invalid`): `argument 2 (the value of --field) is not UTF-8: invalid byte 0xFF
/// at byte 2`. The option comes in already shortened.
extension Word {
    public static func argumentNotUTF8(index: Int, option: String?, isSeparateValue: Bool, byte: UInt8, offset: Int) -> Word {
        let hex = "0x" + String(byte, radix: 16, uppercase: true)
        var en = "argument \(index)", id = "argumen \(index)"
        if let option {
            en += isSeparateValue ? " (the value of \(option))" : " (\(option))"
            id += isSeparateValue ? " (nilai \(option))" : " (\(option))"
        }
        return Word(en: "\(en) is not UTF-8: invalid byte \(hex) at byte \(offset)",
                    id: "\(id) bukan UTF-8: bita \(hex) tidak sah pada bita ke-\(offset)")
    }
}
