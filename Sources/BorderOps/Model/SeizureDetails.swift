/// What officers report of a seizure besides the spec's fields: Borderdesk's optional members
/// of `seizure.recorded` (docs/event-format.md). Kept by the fold so that a correction from the
/// screen is filled in with them and the corrected event carries them. Read leniently: a member
/// of another kind (written by another tool) is left out, never makes the line malformed, as the
/// spec ignores members it does not name.
public struct SeizureDetails: Sendable, Equatable {
    public var quantity: Int64?
    /// `gram`, `kg`, `slop`, `ekor`…
    public var unit: String?
    /// Where it was found.
    public var place: String?
    /// How it was hidden or carried.
    public var modus: String?
    /// Kerugian negara dicegah, in whole rupiah.
    public var lossPreventedIDR: Int64?

    public init(quantity: Int64? = nil, unit: String? = nil, place: String? = nil, modus: String? = nil, lossPreventedIDR: Int64? = nil) {
        self.quantity = quantity
        self.unit = unit
        self.place = place
        self.modus = modus
        self.lossPreventedIDR = lossPreventedIDR
    }
}
