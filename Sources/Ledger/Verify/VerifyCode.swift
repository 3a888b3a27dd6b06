/// The stable codes for what a verification (or a refused append) found wrong.
public enum VerifyCode: String, Sendable, Equatable, CaseIterable {
    /// The line is not the RFC 8785 canonical JSON of its own content (or not JSON at all).
    case notCanonical = "not-canonical"
    /// The line is canonical JSON but not an event envelope of this format (missing or extra fields, wrong types).
    case malformedEvent = "malformed-event"
    /// The `seq` is not the one after the previous event's.
    case seqGap = "seq-gap"
    /// The `prev` is not the hash of the previous event.
    case prevMismatch = "prev-mismatch"
    /// The `hash` is not the hash of the header.
    case hashMismatch = "hash-mismatch"
    /// The header's `payloadDigest` is not the digest of the payload.
    case payloadDigestMismatch = "payload-digest-mismatch"
    /// The signature does not verify under the author's key as registered at that seq.
    case badSignature = "bad-signature"
    /// The author was never enrolled (as of that seq).
    case unknownAuthor = "unknown-author"
    /// The author was revoked before that seq.
    case revokedAuthor = "revoked-author"
    /// The author may not record this kind of event (e.g. enrolment by a non-administrator).
    case notAuthorised = "not-authorised"
    /// The `recordedAt` is earlier than the previous event's.
    case timeWentBack = "time-went-back"
    /// The `recordedAt` lies further ahead of the reader's clock than any writer's clock may run ahead.
    case recordedInFuture = "recorded-in-future"
    /// The file ends in a partial line: a write was cut off before it completed.
    case tornTail = "torn-tail"
    /// The log holds no events at all, not even `logbook.created`.
    case emptyLog = "empty-log"
}
