import Foundation

extension LogWriter {
    /// The version of a stream (the number of its events), from the writer's state or its saved state.
    /// - Parameter stream: The stream.
    /// - Returns: Its version; 0 for a stream never written.
    /// - Throws: ``LedgerError`` if the saved state cannot be read or rebuilt.
    public func version(of stream: String) throws(LedgerError) -> Int {
        if let known = state.streamVersions[stream] { return known }
        let version = try readingSavedState { files throws(DerivedStateProblem) in try summary(of: stream, files)?.version ?? 0 }
        state.learn([stream: version])
        return version
    }

    /// Looks up the versions and openers of the drafts' streams, so that folding them into the state can check them.
    func learnVersions(of drafts: [EventDraft]) throws(LedgerError) {
        for draft in drafts where Names.isStream(draft.stream) {
            if try version(of: draft.stream) > 0 { _ = firstAuthor(of: draft.stream) }
        }
    }

    /// Every stream the log has written to, with where it stands (its version and last seq), from the saved
    /// state's buckets: header data only, no line of the log is read.
    /// - Throws: ``LedgerError`` if the saved state cannot be read or rebuilt.
    public func streamPositions() throws(LedgerError) -> [String: StreamPosition] {
        try readingSavedState { files throws(DerivedStateProblem) in
            var positions = [String: StreamPosition]()
            for number in 0..<StreamBucket.count {
                for (stream, summary) in try bucket(number, files)?.streams ?? [:] {
                    positions[stream] = StreamPosition(version: summary.version, lastSeq: summary.lastSeq)
                }
            }
            return positions
        }
    }

    /// The events of one stream from its `index`-th on (0 is its first), in log order: the tail of
    /// ``events(inStream:)``, reading only the lines asked for.
    /// - Parameters:
    ///   - stream: The stream.
    ///   - index: How many of its first events to leave out.
    /// - Throws: As ``events(inStream:)``.
    public func events(inStream stream: String, from index: Int) throws(LedgerError) -> [Event] {
        try readingSavedState { files throws(DerivedStateProblem) in
            let summary = try summary(of: stream, files)
            if let known = state.streamVersions[stream], known != summary?.version ?? 0 {
                throw DerivedStateProblem("the saved state does not hold the events of \(stream) the writer knows of")
            }
            let events = try files.entries(of: stream, summary, from: index).map { entry throws(DerivedStateProblem) in
                try Self.event(try LogLines.read(entry, from: handle))
            }
            // The stream's last event is what a read of it refers to (`through`); only that header is kept.
            if let last = events.last?.header { knownHeaders[last.seq] = last }
            counts.streamReads[stream, default: 0] += 1
            counts.read(events.count, of: stream)
            return events
        }
    }

    /// The header of a stream's first event (one line read, once per writer), or `nil` for a stream with no events.
    /// - Parameter stream: The stream.
    /// - Throws: As ``events(inStream:)``.
    public func firstHeader(inStream stream: String) throws(LedgerError) -> EventHeader? {
        if let known = firstHeaders[stream] { return known }
        let header = try readingSavedState { files throws(DerivedStateProblem) in
            try files.firstEntry(of: stream, try summary(of: stream, files)).map { entry throws(DerivedStateProblem) in
                try LogLines.read(entry, from: handle).header
            }
        }
        if let header {
            firstHeaders[stream] = header
            counts.read(1, of: stream)
        }
        return header
    }

    /// The header of the event with a seq: one this writer read before, else read from the log.
    /// - Parameter seq: A seq below ``ChainState/nextSeq``.
    /// - Throws: As ``event(atSeq:)``.
    public func header(atSeq seq: Int) throws(LedgerError) -> EventHeader {
        if let known = knownHeaders[seq] { return known }
        let header = try event(atSeq: seq).header
        knownHeaders[seq] = header
        return header
    }

    /// Every stream the log has written to.
    /// - Throws: ``LedgerError`` if the saved state cannot be read or rebuilt.
    public func streams() throws(LedgerError) -> [String] {
        try readingSavedState { files throws(DerivedStateProblem) in
            var streams = [String]()
            for number in 0..<StreamBucket.count { streams += try bucket(number, files).map { Array($0.streams.keys) } ?? [] }
            return streams
        }
    }

    /// The events of one stream, in log order, read from where the saved state says they are (each line
    /// checked to be the event it names; if one is not, the saved state is rebuilt from the log first). Stream
    /// `logbook`, which every command reads (actors, profiles, grants, erasures), is read once and kept while the
    /// writer lives, its later events added as it grows.
    /// - Parameter stream: The stream.
    /// - Returns: Its events.
    /// - Throws: ``LedgerError`` if the log cannot be read or no longer verifies.
    public func events(inStream stream: String) throws(LedgerError) -> [Event] {
        guard stream == RegistryEvent.stream else { return try events(inStream: stream, from: 0) }
        if try version(of: stream) > registryEvents.count { registryEvents += try events(inStream: stream, from: registryEvents.count) }
        return registryEvents
    }

    /// Reads the whole log once and verifies it from its first event, signatures included, as `verify` does (a
    /// report is made only from a log that verifies); counted in ``counts`` as a pass.
    /// - Parameters:
    ///   - rules: The signing rules, as at the start of the log.
    ///   - onEvent: Called with each event, in log order.
    /// - Returns: The verifier's report.
    /// - Throws: ``LedgerError`` if the log cannot be read.
    public func verifyLog(rules: (any SigningRules)?, onEvent: ((Event) -> Void)? = nil) throws(LedgerError) -> VerifyReport {
        counts.passes += 1
        return try Verifier(rules: rules).verify(logAt: layout.log, onEvent: onEvent)
    }

    /// The event with a seq.
    /// - Parameter seq: A seq below ``ChainState/nextSeq``.
    /// - Returns: The event.
    /// - Throws: ``LedgerError/invalidInput(_:)`` for a seq the log does not hold, or another ``LedgerError``
    ///   if the log cannot be read or no longer verifies.
    public func event(atSeq seq: Int) throws(LedgerError) -> Event {
        guard seq >= 0, seq < state.nextSeq else { throw .invalidInput("the log holds no event with seq \(seq)") }
        return try readingSavedState { files throws(DerivedStateProblem) in
            let line = try files.line(ofSeq: seq)
            let event = try Self.event(try LogLines.read(seq: seq, offset: line.offset, length: line.length, from: handle))
            counts.read(1, of: event.header.stream)
            return event
        }
    }

    /// Who opened a stream: the author of its first event, or `nil` for a stream with no events (or one whose
    /// first event cannot be read back, which the writer then treats as new and its rules judge as such).
    /// - Parameter stream: The stream.
    public func firstAuthor(of stream: String) -> String? {
        if let known = state.openers[stream] { return known }
        let author = (try? firstHeader(inStream: stream))??.author
        if let author { state.learn(openers: [stream: author]) }
        return author
    }

    /// What the saved state's bucket says of a stream.
    private func summary(of stream: String, _ files: IndexFiles) throws(DerivedStateProblem) -> StreamBucket.Summary? {
        try bucket(StreamBucket.number(of: stream), files)?.streams[stream]
    }

    /// A bucket of the saved head (read once per head), or `nil` for an empty log.
    private func bucket(_ number: Int, _ files: IndexFiles) throws(DerivedStateProblem) -> StreamBucket? {
        guard let head = savedHead else { return nil }
        if let cached = bucketCache[number] { return cached }
        let bucket = try files.bucket(number, of: head)
        bucketCache[number] = bucket
        return bucket
    }

    /// Runs `body` on the saved state, brought up to date first if saving fell behind; if `body` finds that
    /// the saved state does not match the log, rebuilds it and runs `body` again.
    private func readingSavedState<Result>(_ body: (IndexFiles) throws(DerivedStateProblem) -> Result) throws(LedgerError) -> Result {
        let files = IndexFiles(directory: layout.state)
        saveUnsaved()
        if savedStateIsBehind { try reopen(DerivedState.open(handle, layout: layout, checks: checks, progress: lock.reportProgress)) }
        do {
            return try body(files)
        } catch {
            try reopen(DerivedState.rebuild(handle, layout: layout, checks: checks, progress: lock.reportProgress))
        }
        do {
            return try body(files)
        } catch {
            throw .io(operation: "read the saved state in", path: layout.state.path, reason: error.reason)
        }
    }

    private func reopen(_ opened: DerivedState.Opened) {
        state = opened.state
        savedHead = opened.head
        savedStateIsBehind = false
    }

    private static func event(_ decoded: DecodedEvent) throws(DerivedStateProblem) -> Event {
        do {
            return try decoded.event()
        } catch {
            throw DerivedStateProblem("event \(decoded.header.seq): \(error.message)")
        }
    }
}
