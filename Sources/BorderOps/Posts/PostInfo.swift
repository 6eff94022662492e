/// One border post as headquarters knows it (`sample-data/posts.toml`).
public struct PostInfo: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// A seaport or river port (Pelabuhan Tunon Taka).
        case port
        /// A land border crossing (Pos Lintas Batas Negara: Entikong, Motaain, Skouw).
        case plbn
        /// An airport.
        case airport
        /// An office without a crossing (Kantor Imigrasi, a Bea Cukai office).
        case office
    }

    public var id: String
    public var name: String
    public var province: String
    public var kind: Kind
    /// The post's own zone: its times are shown in it.
    public var zone: PostZone
    /// The agencies working at the post (optional `agencies`): the forms offer them from the
    /// first meeting on, before any event names them.
    public var agencies: [String]

    public init(id: String, name: String, province: String, kind: Kind, zone: PostZone, agencies: [String] = []) {
        self.id = id
        self.name = name
        self.province = province
        self.kind = kind
        self.zone = zone
        self.agencies = agencies
    }
}

extension PostZone {
    /// `WIB`, `WITA`, `WIT` (any case), or an offset such as `+08:00`.
    public init?(name: String) {
        switch name.uppercased() {
        case "WIB": self = .wib
        case "WITA": self = .wita
        case "WIT": self = .wit
        default:
            guard let t = Timestamp.parse("2000-01-01T00:00:00" + name) else { return nil }
            self.init(offsetSeconds: t.offsetSeconds)
        }
    }
}
