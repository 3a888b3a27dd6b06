/// Where a stream stands in the log, as the saved state records it: header data, no content.
public struct StreamPosition: Sendable, Equatable {
    /// The number of its events.
    public let version: Int
    /// The seq of its last event.
    public let lastSeq: Int

    /// A stream's position.
    /// - Parameters:
    ///   - version: The number of its events.
    ///   - lastSeq: The seq of its last event.
    public init(version: Int, lastSeq: Int) {
        self.version = version
        self.lastSeq = lastSeq
    }
}
