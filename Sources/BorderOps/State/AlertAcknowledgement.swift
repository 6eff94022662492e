/// An `alert.ack`: who acknowledged which alert, when, and why.
public struct AlertAcknowledgement: Sendable, Equatable {
    public var alert: String
    public var at: Timestamp
    public var by: String?
    public var note: String?

    public init(alert: String, at: Timestamp, by: String?, note: String?) {
        self.alert = alert
        self.at = at
        self.by = by
        self.note = note
    }
}
