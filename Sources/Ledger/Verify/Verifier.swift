import Foundation
import Sodium

/// Checks a whole log: every line canonical, the chain unbroken, hashes and digests right, each author
/// enrolled, active and allowed at that seq, and every signature valid.
///
/// It streams the file in batches, so memory stays bounded; within a batch it decodes lines and checks
/// signatures on all cores, and it always reports the failure with the lowest seq. It needs no
/// passphrase and reads no payload beyond hashing it (registry payloads excepted).
public struct Verifier: Sendable {
    /// Whether signatures are checked. A writer opening its own log skips them, since it only needs the
    /// chain's state; `verify` always checks them.
    public var checksSignatures: Bool
    /// How many cores to use.
    public var concurrency: Int
    /// Lines per batch: bounds memory and sets how often progress is reported.
    public var batchSize = 2048
    /// The signing rules the log is held to beyond the registry's (the authority table of the layer above).
    public var rules: (any SigningRules)?
    /// The reader's clock: no event may be recorded later than its time plus ``futureTolerance``.
    public var clock: any WallClock
    /// How far a writer's clock may run ahead of a reader's: 5 minutes.
    public static let futureTolerance: Int64 = 5 * 60 * 1000

    /// Creates a verifier.
    /// - Parameters:
    ///   - checksSignatures: Whether to check signatures (default: yes).
    ///   - concurrency: Cores to use (default: all active ones).
    ///   - rules: The signing rules beyond the registry's (default: none).
    ///   - clock: The reader's clock (default: the system's).
    public init(
        checksSignatures: Bool = true, concurrency: Int = ProcessInfo.processInfo.activeProcessorCount, rules: (any SigningRules)? = nil,
        clock: any WallClock = SystemClock()
    ) {
        self.checksSignatures = checksSignatures
        self.concurrency = max(1, concurrency)
        self.rules = rules
        self.clock = clock
    }

    /// The latest `recordedAt` a reader with `clock` accepts.
    /// - Parameter clock: The reader's clock.
    static func latestAllowed(by clock: any WallClock) -> Timestamp {
        Timestamp(millisecondsSinceEpoch: clock.now().millisecondsSinceEpoch + futureTolerance)
    }

    /// Verifies the log file at `url`.
    /// - Parameters:
    ///   - url: The `log.jsonl` file.
    ///   - progress: Called after each batch with the number of events verified so far.
    ///   - onEvent: Called with each event in order once its chain checks pass (signatures of a batch are
    ///     checked after its events were handed over; trust them only if the report is valid).
    ///   - onHash: Called like `onEvent` but with only the event's hash, for readers that need no more
    ///     (it spares decoding the payload).
    /// - Returns: The report; a damaged log is a report with a failure, not an error.
    /// - Throws: ``LedgerError`` only when the file cannot be opened or read, or is not a regular file.
    public func verify(
        logAt url: URL, progress: ((Int) -> Void)? = nil, onEvent: ((Event) -> Void)? = nil, onHash: (([UInt8]) -> Void)? = nil
    ) throws(LedgerError) -> VerifyReport {
        guard FileManager.default.fileExists(atPath: url.path) else { throw .notALogbook(path: url.deletingLastPathComponent().path) }
        try FileSystem.requireRegularFile(url)
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            throw LedgerError.notALogbook(path: url.deletingLastPathComponent().path)
        }
        defer { try? handle.close() }
        var reader = LineReader(handle: handle)
        return try verify(reading: &reader, from: ChainState(rules: rules), progress: progress, onEvent: onEvent, onHash: onHash)
    }

    /// Verifies the lines `reader` yields as the events that follow `start`.
    /// - Parameters:
    ///   - reader: Reads the log from the line after the events `start` covers.
    ///   - start: The state after the events before (the empty state for a whole log).
    ///   - progress: Called after each batch with the number of events verified so far.
    ///   - onEvent: See ``verify(logAt:progress:onEvent:onHash:)``.
    ///   - onHash: See ``verify(logAt:progress:onEvent:onHash:)``.
    ///   - onIndexed: Called like `onHash`, with where the event's line starts and its stream.
    ///   - openerOf: Who opened a stream that `start` has not seen opened (see ``ChainState/admit(_:notAfter:openerOf:)``).
    /// - Returns: The report.
    func verify(
        reading reader: inout LineReader, from start: ChainState, progress: ((Int) -> Void)?,
        onEvent: ((Event) -> Void)? = nil, onHash: (([UInt8]) -> Void)? = nil, onIndexed: ((IndexedEvent) -> Void)? = nil,
        openerOf: @escaping (String) -> String? = { _ in nil }
    ) throws(LedgerError) -> VerifyReport {
        var state = start
        var signatures = PendingSignatures(checking: checksSignatures, concurrency: concurrency)
        let hooks = Hooks(onEvent: onEvent, onHash: onHash, onIndexed: onIndexed, notAfter: Self.latestAllowed(by: clock), openerOf: openerOf)
        while true {
            let firstSeq = state.nextSeq
            let (lines, end) = try readBatch(from: &reader)
            let (checks, chainFailure) = chain(lines, onto: &state, hooks: hooks)
            signatures.start(checks, firstSeq: firstSeq)
            if let failure = signatures.lowestFailure(waitingForAll: chainFailure != nil) ?? chainFailure {
                return VerifyReport(validEventCount: failure.seq, failure: failure, state: nil)
            }
            guard end != nil || lines.count == batchSize else { break }
            if end != nil { return finish(end, state: state, signatures: &signatures) }
            progress?(state.nextSeq)
        }
        return finish(nil, state: state, signatures: &signatures)
    }

    /// The report once the file is read: the lowest bad signature, else what ended the file, else success.
    private func finish(_ end: LineReader.Item?, state: ChainState, signatures: inout PendingSignatures) -> VerifyReport {
        if let failure = signatures.lowestFailure(waitingForAll: true) {
            return VerifyReport(validEventCount: failure.seq, failure: failure, state: nil)
        }
        if let failure = endFailure(end, state: state) {
            let validPrefix = failure.code == .tornTail ? state : nil
            return VerifyReport(validEventCount: failure.seq, failure: failure, state: validPrefix)
        }
        return VerifyReport(validEventCount: state.nextSeq, failure: nil, state: state)
    }

    private func readBatch(from reader: inout LineReader) throws(LedgerError) -> ([(line: ArraySlice<UInt8>, offset: UInt64)], LineReader.Item?) {
        var lines = [(line: ArraySlice<UInt8>, offset: UInt64)]()
        while lines.count < batchSize, let item = try reader.next() {
            guard case .line(let line) = item else { return (lines, item) }
            lines.append((line, reader.lastLineOffset))
        }
        return (lines, nil)
    }

    private func endFailure(_ end: LineReader.Item?, state: ChainState) -> VerifyFailure? {
        let seq = state.nextSeq
        switch end {
        case .tornTail(let count):
            return VerifyFailure(
                seq: seq, line: seq + 1, code: .tornTail,
                message: "the file ends in \(count) bytes of an unfinished write; the next append (or `logboek repair`) removes them")
        case .tooLong:
            return VerifyFailure(
                seq: seq, line: seq + 1, code: .notCanonical,
                message: "the line is longer than \(LineReader.maximumLineLength) bytes")
        case .line, .none:
            return seq == 0 ? VerifyFailure(seq: 0, line: 1, code: .emptyLog, message: "the log holds no events") : nil
        }
    }

    /// Decodes one batch on all cores and folds it into the state, in order, up to the first event that
    /// breaks a rule; returns the signatures still to check and that failure.
    private func chain(
        _ lines: [(line: ArraySlice<UInt8>, offset: UInt64)], onto state: inout ChainState, hooks: Hooks
    ) -> ([SignatureCheck], VerifyFailure?) {
        let decoded = Parallel.map(lines, concurrency: concurrency) { line in
            Result { () throws(EventProblem) in try DecodedEvent.decode(line.line) }
        }
        var checks = [SignatureCheck]()
        checks.reserveCapacity(checksSignatures ? decoded.count : 0)
        for (result, line) in zip(decoded, lines) {
            do throws(EventProblem) {
                let decoded = try result.get()
                let key = try state.admit(decoded, notAfter: hooks.notAfter, openerOf: hooks.openerOf)
                if let onEvent = hooks.onEvent { onEvent(try decoded.event()) }
                hooks.onHash?(decoded.hash)
                hooks.onIndexed?(IndexedEvent(
                    seq: decoded.header.seq, offset: line.offset, length: line.line.count, stream: decoded.header.stream, hash: decoded.hash))
                if checksSignatures { checks.append(SignatureCheck(key: key, hash: decoded.hash, signature: decoded.signature)) }
            } catch {
                return (checks, error.at(seq: state.nextSeq, line: state.nextSeq + 1))
            }
        }
        return (checks, nil)
    }
}

/// What a verifier hands each event to, once its chain checks pass.
private struct Hooks {
    let onEvent: ((Event) -> Void)?
    let onHash: (([UInt8]) -> Void)?
    let onIndexed: ((IndexedEvent) -> Void)?
    let notAfter: Timestamp
    let openerOf: (String) -> String?
}

/// Signature checks running in the background, batch by batch, at most two batches ahead.
private struct PendingSignatures {
    private let enabled: Bool
    private let workers: OperationQueue
    private var running: [(firstSeq: Int, check: BackgroundCheck)] = []

    init(checking enabled: Bool, concurrency: Int) {
        self.enabled = enabled
        workers = BackgroundCheck.workers(concurrency)
    }

    /// Starts checking a batch's signatures; the first of them has seq `firstSeq`.
    mutating func start(_ checks: [SignatureCheck], firstSeq: Int) {
        guard enabled, !checks.isEmpty else { return }
        running.append((firstSeq, BackgroundCheck(checks, on: workers) { $0.isValid }))
    }

    /// The lowest bad signature among the batches that finished; waits for all batches if asked to,
    /// else only for those beyond the two most recent (which bounds memory).
    mutating func lowestFailure(waitingForAll: Bool) -> VerifyFailure? {
        while let oldest = running.first, waitingForAll || running.count > 2 {
            running.removeFirst()
            if let bad = oldest.check.wait() {
                let seq = oldest.firstSeq + bad
                return VerifyFailure(
                    seq: seq, line: seq + 1, code: .badSignature,
                    message: "the signature does not verify under the key of its author as registered at that seq")
            }
        }
        return nil
    }
}

/// One signature to check: the author's key at that seq, the event hash and the signature.
private struct SignatureCheck: Sendable {
    let key: Ed25519PublicKey
    let hash: [UInt8]
    let signature: [UInt8]

    var isValid: Bool {
        key.isValidSignature(signature, for: Event.signingMessage(for: hash))
    }
}
