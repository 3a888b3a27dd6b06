/// The origin of a logbook's checkpoints: `logboek.invalid/` followed by the hex of the first 8 bytes
/// of the hash of its seq-0 event (`logbook.created`).
///
/// That event names the organisation and the first administrator's key and carries a random salt, so
/// the origin is unique to the logbook and never changes; the `.invalid` top-level domain (RFC 2606)
/// can never be a real host, so the origin cannot be confused with another log's.
public enum LogOrigin {
    /// The origin for a logbook whose first event has hash `genesisHash`.
    /// - Parameter genesisHash: The hash of seq 0.
    /// - Returns: `logboek.invalid/<16 hex digits>`.
    public static func of(genesisHash: [UInt8]) -> String {
        "logboek.invalid/" + Hex.encode(Array(genesisHash.prefix(8)))
    }
}
