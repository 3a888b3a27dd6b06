import Foundation

/// The writer's chain state saved beside the log (`state/`), so that opening a logbook reads only the
/// events written since, not the whole log.
///
/// The saved head names the last event it covers by seq, offset and hash. It is believed only after the
/// log is found to hold that event there; the registry is folded again from the `logbook` stream's lines,
/// each recognised by its hash. The events after it are then verified as `verify` would, signatures
/// included, before they are added: a writer never extends, and a checkpoint never covers, an event
/// whose signature no one checked. A head that does not match the log is not repaired but rebuilt
/// from the first event.
enum DerivedState {
    /// The state of the log as it is now, from the saved state and the events after it, saving the result.
    /// - Parameters:
    ///   - log: The open log; its end must hold no torn tail.
    ///   - layout: The logbook.
    ///   - progress: Called now and then while a long stretch of the log is verified.
    /// - Returns: The chain state after the last event.
    /// - Throws: ``LedgerError/damagedLog(_:)`` if an event not yet covered fails verification, or an I/O error.
    static func open(_ log: FileHandle, layout: LogbookLayout, progress: (() -> Void)? = nil) throws(LedgerError) -> ChainState {
        let files = IndexFiles(directory: layout.state)
        if let head = files.readHead(), let state = try? restore(head, files: files, log: log) {
            return try extend(state, after: head, files: files, log: log, progress: progress)
        }
        files.removeAll()
        return try extend(ChainState(), after: nil, files: files, log: log, progress: progress)
    }

    /// Rebuilds the saved state from the first event.
    static func rebuild(_ log: FileHandle, layout: LogbookLayout, progress: (() -> Void)? = nil) throws(LedgerError) -> ChainState {
        let files = IndexFiles(directory: layout.state)
        files.removeAll()
        return try extend(ChainState(), after: nil, files: files, log: log, progress: progress)
    }

    /// The state a head claims, if the log bears it out.
    private static func restore(_ head: SavedHead, files: IndexFiles, log: FileHandle) throws(DerivedStateProblem) -> ChainState {
        let lastLine = try files.line(ofSeq: head.last.seq)
        guard lastLine.offset == head.last.offset, lastLine.length == head.last.length else {
            throw DerivedStateProblem("the offsets do not end at the head")
        }
        let last = try LogLines.read(head.last, from: log)
        var registry = ActorRegistry()
        for entry in try files.entries(of: RegistryEvent.stream, count: head.streamVersions[RegistryEvent.stream, default: 0]) {
            let event = try LogLines.read(entry, from: log)
            do {
                _ = try registry.admit(event.header, payload: try event.payload())
            } catch {
                throw DerivedStateProblem("event \(entry.seq) no longer folds into the registry")
            }
        }
        return ChainState(
            nextSeq: head.last.seq + 1, headHash: head.last.hash, lastRecordedAt: last.header.recordedAt, registry: registry,
            streamVersions: head.streamVersions)
    }

    /// Verifies the events after `head` (signatures included), adds them to the saved state and returns the state after them.
    private static func extend(
        _ state: ChainState, after head: SavedHead?, files: IndexFiles, log: FileHandle, progress: (() -> Void)?
    ) throws(LedgerError) -> ChainState {
        let start = head?.last.end ?? 0
        do {
            try log.seek(toOffset: start)
        } catch {
            throw .io(operation: "seek in", path: "log.jsonl", reason: error.localizedDescription)
        }
        var reader = LineReader(handle: log, at: start)
        var addition = IndexExtension(files, after: head)
        var failure: LedgerError?
        let report = try Verifier().verify(
            reading: &reader, from: state, progress: { _ in progress?() },
            onIndexed: { event in
                guard failure == nil else { return }
                do throws(LedgerError) { try addition.add(event) } catch { failure = error }
            })
        if let failure = report.failure {
            guard failure.code == .emptyLog else { throw .damagedLog(failure) }
            return ChainState()
        }
        if let failure { throw failure }
        _ = try addition.finish()
        return report.state ?? state
    }

    /// Adds events just appended (and verified by their writer) to the saved state.
    /// Does nothing unless the saved head is the event just before them.
    static func add(_ events: [IndexedEvent], layout: LogbookLayout) throws(LedgerError) {
        let files = IndexFiles(directory: layout.state)
        let head = files.readHead()
        guard let first = events.first, first.seq == (head.map { $0.last.seq + 1 } ?? 0) else { return }
        var addition = IndexExtension(files, after: head)
        for event in events { try addition.add(event) }
        _ = try addition.finish()
    }
}
