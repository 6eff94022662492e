import BorderOps

extension CheckpointIDs {
    /// Reads the ids' table on a thread of its own while `EventFold(checkpoint:)` reads the state
    /// on the caller's; on one core, or when no thread can be had, there and then.
    static func readOnAnotherCore(_ ids: CheckpointIDs) -> Pending {
        let reading = ThreadResult.start { Result { try ids.read() } }
        return .later { reading.value() }
    }
}
