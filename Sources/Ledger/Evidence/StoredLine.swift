import Sodium

/// One stored line of a log checked on its own, without the log: as an evidence bundle carries it.
public enum StoredLine {
    /// Decodes a stored line and checks its hash, its payload digest and its author's signature.
    /// - Parameters:
    ///   - line: The line's bytes, without its newline.
    ///   - authorKey: The key the author signed with at that seq.
    /// - Returns: The event.
    /// - Throws: ``VerifyFailure`` (its `line` is 0, its `seq` -1 when the line has none) with
    ///   `not-canonical` or `malformed-event`, `hash-mismatch`, `payload-digest-mismatch` or `bad-signature`.
    public static func check(_ line: [UInt8], authorKey: Ed25519PublicKey) throws(VerifyFailure) -> Event {
        var seq = -1
        do throws(EventProblem) {
            let decoded = try DecodedEvent.decode(line[...])
            seq = decoded.header.seq
            guard constantTimeEquals(decoded.hash, decoded.computedHash) else {
                throw EventProblem(code: .hashMismatch, message: "'hash' is not the hash of this header")
            }
            guard constantTimeEquals(decoded.computedPayloadDigest, decoded.header.payloadDigest) else {
                throw EventProblem(code: .payloadDigestMismatch, message: "'payloadDigest' is not the digest of this payload")
            }
            guard authorKey.isValidSignature(decoded.signature, for: Event.signingMessage(for: decoded.hash)) else {
                throw EventProblem(code: .badSignature, message: "the signature does not verify under the key given for '\(decoded.header.author)'")
            }
            return try decoded.event()
        } catch {
            throw error.at(seq: seq, line: 0)
        }
    }
}
