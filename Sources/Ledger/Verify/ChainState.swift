import Sodium

/// What a log establishes after some prefix of it: the next seq, the chain's head, the time, the
/// registry and the version of every stream. Folding events into it checks everything that depends
/// on the events before; ``DecodedEvent`` checks what depends on the line alone.
public struct ChainState: Sendable {
    /// The seq the next event must have (the number of events so far).
    public private(set) var nextSeq = 0
    /// The hash of the last event, or 32 zero bytes before the first.
    public private(set) var headHash = Event.genesisPreviousHash
    /// When the last event was recorded.
    public private(set) var lastRecordedAt: Timestamp?
    /// The actor registry as it stands.
    public private(set) var registry = ActorRegistry()
    /// The number of events in each stream: a stream's version. A state folded from the first event knows
    /// every stream; a writer's state, restored from its saved state, knows the streams it looked up or
    /// wrote (ask ``LogWriter/version(of:)`` for any other).
    public private(set) var streamVersions: [String: Int] = [:]
    /// The signing rules beyond the registry's, as they stand after the last event (`nil`: the registry's only).
    public private(set) var rules: (any SigningRules)?
    /// The author of each stream's first event, for the streams folded or looked up (see ``version(of:)``).
    private(set) var openers: [String: String] = [:]

    /// The state before the first event.
    /// - Parameter rules: The signing rules the log is held to beyond the registry's (none by default).
    public init(rules: (any SigningRules)? = nil) {
        self.rules = rules
    }

    /// The version of a stream: how many events it holds (0 for a stream never written, or one a restored
    /// state has not looked up).
    /// - Parameter stream: The stream name.
    /// - Returns: The number of events in it.
    public func version(of stream: String) -> Int {
        streamVersions[stream, default: 0]
    }

    /// Checks that `decoded` can follow the events so far and, if so, folds it in.
    /// - Parameters:
    ///   - decoded: The next event with its recomputed hashes.
    ///   - notAfter: The latest `recordedAt` allowed (the reader's clock plus a tolerance), or `nil` for no limit.
    ///   - openerOf: Looks up who opened a stream the state has not seen opened (a state restored from the
    ///     saved state); `nil` for a stream with no events.
    /// - Returns: The key its signature must verify under (checked by the caller, possibly on another core).
    /// - Throws: ``EventProblem`` for the first rule the event breaks; the state is then unchanged.
    mutating func admit(
        _ decoded: DecodedEvent, notAfter: Timestamp? = nil, openerOf: (String) -> String? = { _ in nil }
    ) throws(EventProblem) -> Ed25519PublicKey {
        let header = decoded.header
        guard header.seq == nextSeq else {
            throw EventProblem(code: .seqGap, message: "seq \(header.seq) where \(nextSeq) was due")
        }
        guard constantTimeEquals(header.previousHash, headHash) else {
            throw EventProblem(code: .prevMismatch, message: "'prev' is not the hash of event \(nextSeq - 1)")
        }
        guard constantTimeEquals(decoded.hash, decoded.computedHash) else {
            throw EventProblem(code: .hashMismatch, message: "'hash' is not the hash of this header")
        }
        guard constantTimeEquals(header.payloadDigest, decoded.computedPayloadDigest) else {
            throw EventProblem(code: .payloadDigestMismatch, message: "'payloadDigest' is not the digest of this payload")
        }
        if let last = lastRecordedAt, header.recordedAt < last {
            throw EventProblem(code: .timeWentBack, message: "recorded at \(header.recordedAt), before the event before (\(last))")
        }
        if let notAfter, header.recordedAt > notAfter {
            throw EventProblem(
                code: .recordedInFuture,
                message: "recorded at \(header.recordedAt), later than this reader's clock allows (\(notAfter)); a writer's clock never runs this far ahead")
        }
        let opener = openers[header.stream] ?? openerOf(header.stream)
        var registry = self.registry
        let key = try registry.admit(header, payload: decoded.payload())
        if var rules {
            do {
                try rules.admit(SignedEvent(header: header, opener: opener, payload: { try? decoded.payload() }), registry: self.registry)
            } catch {
                throw EventProblem(code: .notAuthorised, message: error.message)
            }
            self.rules = rules
        }
        self.registry = registry
        openers[header.stream] = opener ?? header.author
        nextSeq += 1
        headHash = decoded.hash
        lastRecordedAt = header.recordedAt
        streamVersions[header.stream, default: 0] += 1
        return key
    }
}

extension ChainState {
    /// The head hash as lowercase hex.
    public var headHashHex: String { Hex.encode(headHash) }
}

extension ChainState {
    /// A state to return to after folding events that are then not written: everything but the stream
    /// versions, which are undone from the folded events' streams instead.
    ///
    /// Keeping a whole copy of the state would make every append copy the table of stream versions
    /// (one entry per case) the moment it changes; a savepoint keeps appends O(1) in the number of streams.
    struct Savepoint {
        fileprivate let nextSeq: Int
        fileprivate let headHash: [UInt8]
        fileprivate let lastRecordedAt: Timestamp?
        fileprivate let registry: ActorRegistry
        fileprivate let rules: (any SigningRules)?
    }

    /// The state as it is now, to return to with ``rollBack(to:streams:)``.
    var savepoint: Savepoint {
        Savepoint(nextSeq: nextSeq, headHash: headHash, lastRecordedAt: lastRecordedAt, registry: registry, rules: rules)
    }

    /// How many events were folded in since `savepoint`.
    func eventCount(since savepoint: Savepoint) -> Int {
        nextSeq - savepoint.nextSeq
    }

    /// Undoes every event folded in since `savepoint`.
    /// - Parameters:
    ///   - savepoint: The state to return to.
    ///   - streams: The streams of the events folded in since, one per event, in any order.
    mutating func rollBack(to savepoint: Savepoint, streams: some Sequence<String>) {
        for stream in streams {
            let version = streamVersions[stream, default: 0] - 1
            streamVersions[stream] = version > 0 ? version : nil
            if version <= 0 { openers[stream] = nil }
        }
        nextSeq = savepoint.nextSeq
        headHash = savepoint.headHash
        lastRecordedAt = savepoint.lastRecordedAt
        registry = savepoint.registry
        rules = savepoint.rules
    }
}

extension ChainState {
    /// The state after `nextSeq` events, restored from a saved state rather than folded from the first event.
    /// - Parameters:
    ///   - nextSeq: The number of events.
    ///   - headHash: The hash of the last event.
    ///   - lastRecordedAt: When the last event was recorded.
    ///   - registry: The registry after the last event.
    ///   - streamVersions: The number of events in each stream.
    ///   - rules: The signing rules after the last event.
    init(
        nextSeq: Int, headHash: [UInt8], lastRecordedAt: Timestamp?, registry: ActorRegistry, streamVersions: [String: Int],
        rules: (any SigningRules)?
    ) {
        self.rules = rules
        self.nextSeq = nextSeq
        self.headHash = headHash
        self.lastRecordedAt = lastRecordedAt
        self.registry = registry
        self.streamVersions = streamVersions
    }
}

extension ChainState {
    /// Takes in stream versions looked up in the saved state (replacing what was known of those streams).
    /// - Parameter versions: Versions by stream.
    mutating func learn(_ versions: [String: Int]) {
        streamVersions.merge(versions) { $1 }
    }

    /// Takes in who opened streams, looked up in the saved state.
    /// - Parameter openers: The author of each stream's first event, by stream.
    mutating func learn(openers: [String: String]) {
        self.openers.merge(openers) { $1 }
    }
}
