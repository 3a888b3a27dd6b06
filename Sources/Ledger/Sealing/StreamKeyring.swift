/// The stream keys one reader holds: for each sealed stream they may read, every epoch they have a copy of.
/// Seals new payloads with a stream's newest epoch and opens stored payloads with the epoch they name: the
/// one place where a sealed payload becomes content.
public struct StreamKeyring {
    /// Whose keyring it is (an actor id, or `recovery`), for the messages.
    public let holder: String
    private var keys: [String: [Int: StreamKey]] = [:]
    /// Opens the current key of a stream the keyring holds no key of, for one use (see ``init(holder:opening:)``).
    private let opener: ((String) throws(LedgerError) -> StreamKey?)?

    /// An empty keyring.
    /// - Parameter holder: Whose keyring it is.
    public init(holder: String) {
        self.holder = holder
        opener = nil
    }

    /// A keyring that opens each stream's current key when a payload is sealed and lets go of it after: for an
    /// append into thousands of streams (a listing's reads), which would otherwise hold a key in guarded memory
    /// per stream at once.
    /// - Parameters:
    ///   - holder: Whose keyring it is.
    ///   - opener: Opens a stream's current key, `nil` when the holder has none.
    public init(holder: String, opening opener: @escaping (String) throws(LedgerError) -> StreamKey?) {
        self.holder = holder
        self.opener = opener
    }

    /// Whether the keyring opens keys on demand, one use at a time (see ``init(holder:opening:)``): its payloads are
    /// then sealed one after the other, each key let go of before the next is opened.
    public var opensOnDemand: Bool { opener != nil }

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

    /// The key a new payload of a stream is sealed with: the newest epoch held, else the one the keyring's opener
    /// opens for this payload.
    /// - Parameter stream: The stream.
    /// - Throws: What the opener throws.
    public func sealingKey(of stream: String) throws(LedgerError) -> StreamKey? {
        if let held = current(of: stream) { return held }
        return try opener?(stream)
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
