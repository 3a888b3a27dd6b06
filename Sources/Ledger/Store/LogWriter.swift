import Foundation
import Sodium

/// The one writer of a logbook: holds its lock, knows its chain state, and appends signed events durably.
///
/// Everything about an append is checked, by folding its events into the state, before a byte is written
/// (a refused or unwritten batch is rolled back); the lines of a batch are then written in one go and
/// synced once (group commit). If the write or the sync fails, the log is cut back to where it was, so a
/// full disk never leaves half a batch behind.
public final class LogWriter {
    /// The logbook written to.
    public let layout: LogbookLayout
    /// The state after the last event in the log.
    public internal(set) var state: ChainState
    /// How many bytes of an unfinished earlier write were removed on opening (0 if none).
    public let repairedTornTailBytes: Int
    /// The actors whose new key an interrupted key issuance had registered but not yet installed, installed
    /// on opening (see ``append(_:issuing:author:signingKey:)``).
    public let installedPendingKeys: [String]
    /// The key work an interrupted batch had left in `casekeys/`, settled on opening: finished when the log holds the
    /// batch, taken back when it does not (see ``KeyCopyIntent``); `nil` when none was pending.
    public let settledKeyWork: (intent: KeyCopyIntent, appended: Bool)?

    let handle: FileHandle
    private let logFile: URL
    let lock: FileLock
    private let clock: any WallClock
    private var random: any RandomSource
    /// How many cores a batch is sealed and signed on.
    let concurrency: Int
    /// What every event is checked against beyond the chain and the registry.
    let checks: LogChecks
    /// Where the last batch was written.
    private var endBeforeWrite: UInt64 = 0
    /// The head of the saved state, which covers every event of the log unless saving failed (then `nil`).
    var savedHead: SavedHead? {
        didSet { bucketCache.removeAll() }
    }
    /// The buckets of ``savedHead`` read so far.
    var bucketCache: [Int: StreamBucket] = [:]
    /// The header of each stream's first event, as read so far (a stream's first event never changes).
    var firstHeaders: [String: EventHeader] = [:]
    /// The headers of events read so far by seq (of each stream read by ``events(inStream:from:)`` its last), for
    /// ``header(atSeq:)``.
    var knownHeaders: [Int: EventHeader] = [:]
    /// The events of stream `logbook` read so far (actors, profiles, grants, erasures: what every command reads), kept
    /// while the writer lives so that the stream is read once; extended when it grows.
    var registryEvents: [Event] = []
    /// What this writer read of its log and wrote to it since it was opened.
    public internal(set) var counts = LogCounts()
    /// Whether the saved state fell behind the log (saving failed) and must be brought up to date before it is read.
    var savedStateIsBehind = false
    /// Events appended since the saved state was last extended: it is extended every ``saveEvery`` events,
    /// before it is read, and when the writer closes, so that single appends do not pay for it each time.
    private var unsaved: [IndexedEvent] = []
    /// How many appended events may wait before the saved state is extended with them.
    static let saveEvery = 1_024

    /// Opens a logbook for appending: takes its lock, removes a torn tail, reads the chain's state, and
    /// finishes an interrupted key issuance.
    /// - Parameters:
    ///   - layout: The logbook.
    ///   - clock: Where times come from.
    ///   - random: Where payload salts and the nonces of sealed payloads come from.
    ///   - lockTimeout: Seconds to wait for another writer to finish.
    ///   - rules: The signing rules every event of the log is held to beyond the registry's: an event they
    ///     refuse, in the log or among the drafts, is `not-authorised`, and nothing is appended after it.
    ///   - concurrency: How many cores a batch's payloads are sealed and its events signed on (default: all active
    ///     ones; 1 does it all on the calling thread). The log is the same byte for byte whatever the number.
    /// - Throws: ``LedgerError/notALogbook(path:)``, ``LedgerError/locked(seconds:)``,
    ///   ``LedgerError/damagedLog(_:)`` if the log is damaged other than at its very end, or an I/O error.
    public init(
        opening layout: LogbookLayout, clock: any WallClock = SystemClock(), random: any RandomSource = SystemRandom(),
        lockTimeout: Double = 30, rules: (any SigningRules)? = nil, concurrency: Int = ProcessInfo.processInfo.activeProcessorCount
    ) throws(LedgerError) {
        guard FileManager.default.fileExists(atPath: layout.log.path) else { throw .notALogbook(path: layout.directory.path) }
        self.layout = layout
        logFile = layout.log
        self.clock = clock
        self.random = random
        self.concurrency = max(1, concurrency)
        checks = LogChecks(rules: rules, clock: clock)
        try FileSystem.requireRegularFile(layout.log)
        lock = try FileLock(file: layout.lock, timeout: lockTimeout)
        do {
            handle = try FileHandle(forUpdating: layout.log)
        } catch {
            throw .io(operation: "open", path: layout.log.path, underlying: error)
        }
        repairedTornTailBytes = try TornTail.repair(handle, layout: layout)
        let lock = lock
        let opened = try DerivedState.open(handle, layout: layout, checks: checks, progress: lock.reportProgress)
        state = opened.state
        savedHead = opened.head
        installedPendingKeys = try KeyStore(layout: layout).finishPendingKeys(registry: state.registry, nextSeq: state.nextSeq)
        settledKeyWork = try KeyCopyStore(layout: layout).settle(nextSeq: state.nextSeq)
    }

    /// Extends the saved state with what was appended since it was last extended, while the lock is held.
    deinit { saveUnsaved() }

    /// Appends events as one durable batch, all signed by one author.
    /// - Parameters:
    ///   - drafts: The events to record, in order (at least one).
    ///   - author: The author's actor id.
    ///   - signingKey: The author's private key, which must be the key the registry holds for them.
    /// - Returns: The sealed events, once they are on disk.
    /// - Throws: ``LedgerError`` if any draft is refused (then nothing is written) or the write fails
    ///   (then the log is cut back to where it was).
    ///   - keyring: The keys of sealed streams: a draft into a stream it holds a key of is stored sealed with
    ///     that stream's newest epoch (see ``SealedPayload``); other drafts are stored as they are.
    @discardableResult
    public func append(
        _ drafts: [EventDraft], author: String, signingKey: Ed25519SigningKey, keyring: StreamKeyring? = nil
    ) throws(LedgerError) -> [Event] {
        try learnVersions(of: drafts)
        let events = try folding(drafts, keep: true) { () throws(LedgerError) in
            let sealed = try seal(drafts, author: author, signingKey: signingKey, signing: true, keyring: keyring)
            try write(sealed.lines)
            return sealed
        }
        remember(events.events, lines: events.lines)
        return events.events
    }

    /// Checks drafts exactly as ``append(_:author:signingKey:keyring:)`` would, without signing or writing.
    /// - Parameters:
    ///   - drafts: The events that would be recorded.
    ///   - author: The author's actor id.
    ///   - signingKey: The author's private key.
    ///   - keyring: The keys the append would seal with (the signing rules may require a stream's payloads sealed).
    /// - Throws: The ``LedgerError`` the append would throw for the first refused draft.
    public func check(_ drafts: [EventDraft], author: String, signingKey: Ed25519SigningKey, keyring: StreamKeyring? = nil) throws(LedgerError) {
        try learnVersions(of: drafts)
        try folding(drafts, keep: false) { () throws(LedgerError) in
            _ = try seal(drafts, author: author, signingKey: signingKey, signing: false, keyring: keyring)
        }
    }

    /// Runs `body`, which folds `drafts` into ``state`` in place, and undoes those folds if it throws or
    /// if they are not to be kept.
    private func folding<Result>(
        _ drafts: [EventDraft], keep: Bool, _ body: () throws(LedgerError) -> Result
    ) throws(LedgerError) -> Result {
        let savepoint = state.savepoint
        func rollBack() {
            state.rollBack(to: savepoint, streams: drafts.prefix(state.eventCount(since: savepoint)).lazy.map(\.stream))
        }
        do {
            let result = try body()
            if !keep { rollBack() }
            return result
        } catch {
            rollBack()
            throw error
        }
    }

    /// Seals `drafts` in order, folding each into ``state``. What does not depend on the chain runs on up to
    /// ``concurrency`` cores: each payload salted, sealed, encoded and digested before, each hash signed and its line
    /// assembled after the headers, which chain each event to the one before, are built, hashed and admitted one
    /// after the other. Without `signing` nothing is signed and no event is returned.
    private func seal(
        _ drafts: [EventDraft], author: String, signingKey: Ed25519SigningKey, signing: Bool, keyring: StreamKeyring?
    ) throws(LedgerError) -> (events: [Event], lines: [UInt8]) {
        guard !drafts.isEmpty else { throw .invalidInput("nothing to append") }
        guard Names.isActorID(author) else { throw .invalidInput("'\(author)' is not an actor id") }
        let payloads = PreparedPayload.prepare(drafts, keyring: keyring, random: &random, concurrency: concurrency)
        var chained = [ChainedEvent]()
        chained.reserveCapacity(drafts.count)
        for (draft, payload) in zip(drafts, payloads) {
            chained.append(try chain(draft, payload: payload, author: author, signingKey: signingKey))
        }
        guard signing else { return ([], []) }
        let signed = Parallel.map(chained, concurrency: concurrency) { $0.signed(with: signingKey) }
        var lines = [UInt8]()
        lines.reserveCapacity(signed.reduce(0) { $0 + $1.line.count })
        for part in signed { lines.append(contentsOf: part.line) }
        return (signed.map(\.event), lines)
    }

    /// Builds and checks the header of one draft, with its prepared payload, as the successor of ``state``, and
    /// folds it into ``state``.
    private func chain(
        _ draft: EventDraft, payload prepared: Result<PreparedPayload, LedgerError>, author: String, signingKey: Ed25519SigningKey
    ) throws(LedgerError) -> ChainedEvent {
        try draft.validate()
        if let expected = draft.expectedVersion, state.version(of: draft.stream) != expected {
            throw .versionConflict(stream: draft.stream, expected: expected, actual: state.version(of: draft.stream))
        }
        let payload = try prepared.get()
        let now = clock.now()
        let header = EventHeader(
            seq: state.nextSeq, previousHash: state.headHash, recordedAt: max(now, state.lastRecordedAt ?? now),
            author: author, type: draft.type, stream: draft.stream, payloadDigest: payload.digest)
        let headerBytes = header.canonicalBytes
        let hash = SHA256.hash(prefix: 0x00, headerBytes)
        let unsigned = DecodedEvent(header: header, hash: hash, signature: [], computedHash: hash, payload: .parsed(payload.payload))
        let registeredKey: Ed25519PublicKey
        do {
            registeredKey = try state.admit(unsigned, notAfter: Verifier.latestAllowed(by: clock))
        } catch {
            throw error.code == .malformedEvent ? .invalidInput(error.message) : .refused(error.code, error.message)
        }
        guard registeredKey == signingKey.publicKey else { throw .keyMismatch(actor: author) }
        return ChainedEvent(header: header, headerBytes: headerBytes, hash: hash, payload: payload)
    }

    /// Writes whole lines at the end and syncs; on any failure cuts the log back to its old length.
    private func write(_ lines: [UInt8]) throws(LedgerError) {
        let end: UInt64
        do {
            end = try handle.seekToEnd()
            endBeforeWrite = end
        } catch {
            throw .io(operation: "seek in", path: logFile.path, underlying: error)
        }
        do {
            try handle.write(contentsOf: lines)
            try FileSystem.syncData(handle, path: logFile)
            counts.batchesWritten += 1
        } catch {
            try? handle.truncate(atOffset: end)
            try? FileSystem.syncData(handle, path: logFile)
            if let ledgerError = error as? LedgerError { throw ledgerError }
            throw .io(operation: "append to", path: logFile.path, underlying: error)
        }
    }
}

extension LogWriter {
    /// Notes where events just written lie, for the saved state, and extends it once enough wait.
    fileprivate func remember(_ events: [Event], lines: [UInt8]) {
        var offset = endBeforeWrite
        var indexed = [IndexedEvent]()
        indexed.reserveCapacity(events.count)
        var lineStart = 0
        for (event, newline) in zip(events, lines.indices.lazy.filter { lines[$0] == 0x0A }) {
            let length = newline - lineStart
            indexed.append(IndexedEvent(seq: event.header.seq, offset: offset, length: length, stream: event.header.stream, hash: event.hash))
            offset += UInt64(length + 1)
            lineStart = newline + 1
        }
        unsaved += indexed
        if unsaved.count >= Self.saveEvery { saveUnsaved() }
    }

    /// Adds the events appended since the last save to the saved state. A failure here loses nothing: the
    /// events are in the log, and whoever reads the saved state next verifies and adds what it does not cover.
    func saveUnsaved() {
        guard !unsaved.isEmpty else { return }
        defer { unsaved.removeAll(keepingCapacity: true) }
        do {
            let saved = try DerivedState.add(unsaved, after: savedHead, buckets: bucketCache, layout: layout)
            savedHead = saved.head
            bucketCache = saved.buckets
        } catch {
            // Nothing is lost: the old head still matches the log, and entries written beyond it are cut off
            // when it is next extended, which happens before the saved state is read again.
            savedStateIsBehind = true
        }
    }
}
