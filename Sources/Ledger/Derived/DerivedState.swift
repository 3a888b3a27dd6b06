import Foundation

/// The writer's chain state saved beside the log (`state/`), so that opening a logbook reads only the
/// events written since, not the whole log.
///
/// The saved head names the last event it covers by seq, offset and hash. It is believed only after the
/// log is found to hold that event there; the registry is folded again from the `logbook` stream's lines,
/// each recognised by its hash, and so are the signing rules. The events after it are then verified as
/// `verify` would, signatures and signing rules included, before they are added: a writer never extends, and a checkpoint never covers, an event
/// whose signature no one checked. A saved state that does not match the log is not repaired but
/// rebuilt from the first event.
enum DerivedState {
    /// The chain state of the log as it is now, and the head saved for it.
    struct Opened {
        /// The state after the last event; it knows the versions of the streams it folded or looked up.
        var state: ChainState
        /// The saved head, or `nil` for an empty log.
        var head: SavedHead?
    }

    /// The state of the log as it is now, from the saved state and the events after it, saving the result.
    /// - Parameters:
    ///   - log: The open log; its end must hold no torn tail.
    ///   - layout: The logbook.
    ///   - checks: The signing rules and the reader's clock the events are checked against.
    ///   - progress: Called now and then while a long stretch of the log is verified.
    /// - Returns: The state and its saved head.
    /// - Throws: ``LedgerError/damagedLog(_:)`` if an event not yet covered fails verification, or an I/O error.
    static func open(_ log: FileHandle, layout: LogbookLayout, checks: LogChecks, progress: (() -> Void)? = nil) throws(LedgerError) -> Opened {
        let files = IndexFiles(directory: layout.state)
        if let head = files.readHead(), let state = try? restore(head, files: files, log: log, rules: checks.rules),
           let opened = try extend(state, after: head, files: files, log: log, layout: layout, checks: checks, progress: progress) {
            return opened
        }
        return try rebuild(log, layout: layout, checks: checks, progress: progress)
    }

    /// Rebuilds the saved state from the first event.
    static func rebuild(_ log: FileHandle, layout: LogbookLayout, checks: LogChecks, progress: (() -> Void)? = nil) throws(LedgerError) -> Opened {
        let files = IndexFiles(directory: layout.state)
        files.removeAll()
        let start = ChainState(rules: checks.rules)
        guard let opened = try extend(start, after: nil, files: files, log: log, layout: layout, checks: checks, progress: progress) else {
            throw .io(operation: "rebuild the saved state in", path: layout.state.path, reason: "it still does not match the log")
        }
        return opened
    }

    /// The state a head claims, if the log bears it out.
    private static func restore(
        _ head: SavedHead, files: IndexFiles, log: FileHandle, rules start: (any SigningRules)?
    ) throws(DerivedStateProblem) -> ChainState {
        let lastLine = try files.line(ofSeq: head.last.seq)
        guard lastLine.offset == head.last.offset, lastLine.length == head.last.length else {
            throw DerivedStateProblem("the offsets do not end at the head")
        }
        let last = try LogLines.read(head.last, from: log)
        let stream = RegistryEvent.stream
        let number = StreamBucket.number(of: stream)
        let summary = try files.bucket(number, of: head).streams[stream]
        var registry = ActorRegistry()
        var rules = start
        var opener: String?
        for entry in try files.entries(of: stream, summary) {
            let event = try LogLines.read(entry, from: log)
            let before = registry
            do {
                _ = try registry.admit(event.header, payload: try event.payload())
                try rules?.admit(SignedEvent(header: event.header, opener: opener, payload: { try? event.payload() }), registry: before)
                opener = opener ?? event.header.author
            } catch {
                throw DerivedStateProblem("event \(entry.seq) no longer folds into the registry and the signing rules")
            }
        }
        return ChainState(
            nextSeq: head.last.seq + 1, headHash: head.last.hash, lastRecordedAt: last.header.recordedAt, registry: registry,
            streamVersions: [stream: summary?.version ?? 0], rules: rules)
    }

    /// Verifies the events after `head` (signatures included), adds them to the saved state and returns the
    /// state after them; `nil` if the saved state turns out not to match the log.
    private static func extend(
        _ state: ChainState, after head: SavedHead?, files: IndexFiles, log: FileHandle, layout: LogbookLayout, checks: LogChecks,
        progress: (() -> Void)?
    ) throws(LedgerError) -> Opened? {
        let start = head?.last.end ?? 0
        do {
            try log.seek(toOffset: start)
        } catch {
            throw .io(operation: "seek in", path: "log.jsonl", underlying: error)
        }
        var reader = LineReader(handle: log, at: start)
        var addition = IndexExtension(files, after: head)
        var failure: (any Error)?
        let lookup = head.flatMap { OpenerLookup(head: $0, files: files, log: layout.log) }
        let report = try Verifier(clock: checks.clock).verify(
            reading: &reader, from: state, progress: { _ in progress?() },
            onIndexed: { event in
                guard failure == nil else { return }
                do { try addition.add(event) } catch { failure = error }
            },
            openerOf: { stream in lookup?.opener(of: stream) })
        if let failure = report.failure {
            guard failure.code == .emptyLog else { throw .damagedLog(failure) }
            return Opened(state: ChainState(rules: checks.rules), head: nil)
        }
        if let failure = failure as? LedgerError { throw failure }
        if failure != nil { return nil }
        var folded = report.state ?? state
        folded.learn(addition.touchedVersions)
        return Opened(state: folded, head: try addition.finish())
    }

    /// Adds events just appended (and checked by their writer) to the saved state after `head`.
    /// - Parameters:
    ///   - events: The events.
    ///   - head: The saved head before them.
    ///   - buckets: Buckets of `head` already read and checked.
    ///   - layout: The logbook.
    /// - Returns: The new head and the buckets as they stand after it (those read or changed).
    /// - Throws: ``DerivedStateProblem`` if the saved state does not match the log, ``LedgerError`` if it cannot be written.
    static func add(
        _ events: [IndexedEvent], after head: SavedHead?, buckets: [Int: StreamBucket], layout: LogbookLayout
    ) throws -> (head: SavedHead?, buckets: [Int: StreamBucket]) {
        var addition = IndexExtension(IndexFiles(directory: layout.state), after: head, buckets: buckets)
        for event in events { try addition.add(event) }
        return (try addition.finish(), addition.knownBuckets)
    }
}

/// What the events of a log are checked against beyond the chain and the registry: the signing rules, and the
/// reader's clock for times recorded in the future.
struct LogChecks {
    /// The signing rules (the authority table of the layer above), if any.
    var rules: (any SigningRules)?
    /// The reader's clock.
    var clock: any WallClock
}

/// Finds who opened a stream the saved state covers: the author of the stream's first event, read through a
/// handle of its own (the verifier is reading the log through the other one).
private final class OpenerLookup {
    private let head: SavedHead
    private let files: IndexFiles
    private let log: FileHandle

    init?(head: SavedHead, files: IndexFiles, log url: URL) {
        guard let log = try? FileHandle(forReadingFrom: url) else { return nil }
        self.head = head
        self.files = files
        self.log = log
    }

    deinit { try? log.close() }

    /// The author of the stream's first event as of the saved head, or `nil` if it had none (or it cannot be read).
    func opener(of stream: String) -> String? {
        guard let summary = try? files.bucket(StreamBucket.number(of: stream), of: head).streams[stream],
              let first = try? files.firstEntry(of: stream, summary), let event = try? LogLines.read(first, from: log)
        else { return nil }
        return event.header.author
    }
}
