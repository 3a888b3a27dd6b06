/// The outcome of verifying a log.
public struct VerifyReport: Sendable {
    /// How many events verified before the first failure (all of them when there is none).
    public let validEventCount: Int
    /// The first failure, or `nil` if the whole log verified.
    public let failure: VerifyFailure?
    /// What the log establishes (registry, head, stream versions): present when the log verified, or when
    /// all its events verified and only a torn tail follows them; `nil` otherwise.
    public let state: ChainState?

    /// Whether the whole log verified.
    public var isValid: Bool { failure == nil }
}
