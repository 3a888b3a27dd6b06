/// The stream keys one reader holds: for each sealed stream they may read, every epoch they have a copy of.
/// Seals new payloads with a stream's newest epoch and opens stored payloads with the epoch they name: the
/// one place where a sealed payload becomes content.
public struct StreamKeyring {
    /// Whose keyring it is (an actor id, or `recovery`), for the messages.
    public let holder: String
    private var keys: [String: [Int: StreamKey]] = [:]

    /// An empty keyring.
    /// - Parameter holder: Whose keyring it is.
    public init(holder: String) {
        self.holder = holder
    }

    /// Adds keys of a stream.
    /// - Parameters:
    ///   - streamKeys: Keys of the stream, any epochs.
    ///   - stream: The stream.
    public mutating func add(_ streamKeys: [StreamKey], of stream: String) {
        for key in streamKeys { keys[stream, default: [:]][key.epoch] = key }
    }

    /// Whether the keyring holds any key of a stream.
    /// - Parameter stream: The stream.
    public func opens(_ stream: String) -> Bool { !(keys[stream]?.isEmpty ?? true) }

    /// The keys held of a stream, by epoch.
    /// - Parameter stream: The stream.
    public func keys(of stream: String) -> [StreamKey] {
        (keys[stream] ?? [:]).values.sorted { $0.epoch < $1.epoch }
    }

    /// The newest epoch's key of a stream, which new payloads are sealed with.
    /// - Parameter stream: The stream.
    public func current(of stream: String) -> StreamKey? {
        keys[stream]?.max { $0.key < $1.key }?.value
    }

    /// The payload of an event as content: a plaintext payload as stored, a sealed one opened.
    /// - Parameter event: An event read from the log.
    /// - Returns: Its payload, salt included.
    /// - Throws: ``LedgerError/noAccess(stream:actor:)`` if the keyring holds no key of the event's epoch,
    ///   ``LedgerError/unreadablePayload(seq:reason:)`` if it does not open or match its commitment.
    public func payload(of event: Event) throws(LedgerError) -> [String: JSONValue] {
        guard let sealed = try SealedPayload(of: event) else { return event.payload }
        guard let key = keys[event.header.stream]?[sealed.epoch] else {
            throw .noAccess(stream: event.header.stream, actor: holder)
        }
        return try sealed.open(with: key, header: event.header)
    }
}
