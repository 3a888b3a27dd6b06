import Sodium

extension ActorRegistry {
    /// Follows the registry through the next event of a log that verified, and returns the key that
    /// event's signature verifies under (the author's key at that seq).
    /// - Parameter event: The log's next event.
    /// - Returns: The author's key at that seq.
    /// - Throws: ``VerifyFailure`` when the event does not fit the registry (a log that did not verify).
    public mutating func follow(_ event: Event) throws(VerifyFailure) -> Ed25519PublicKey {
        do throws(EventProblem) {
            return try admit(event.header, payload: event.payload)
        } catch {
            throw error.at(seq: event.header.seq, line: event.header.seq + 1)
        }
    }
}
