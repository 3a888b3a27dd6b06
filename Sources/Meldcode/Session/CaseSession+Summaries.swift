import Ledger

extension CaseSession {
    /// How many later reads of a case a stored summary is carried over (each read opened and checked); a case read
    /// more often since its summary was written is folded again from its events.
    static let readsCarriedOver = 64
    /// How many later reads saved as listed (``ListedReads``) a stored summary is carried over from the headers alone
    /// before it is stored again with them.
    static let listedReadsBeforeRewrite = 16

    /// Every case the reader may read, summarised as of the log's last seq and judged on a day, handed to `body` one at
    /// a time in the order of their ids; erased cases, and cases the reader is not a member of, go to `skipped`. Each
    /// case comes from its sealed summary when that is current (see ``CaseSummaries``), else from its events, and its
    /// summary is then written again; so a listing reads the cases it shows, not their events. Each case is noted as
    /// shown through its last seq; its key, opened once, stays held (see ``CaseContent/forget(case:)``) to seal its read.
    /// - Parameters:
    ///   - seq: The last seq to fold: another than the log's last replays the cases from their events
    ///     (``forEachSnapshot(asOf:on:skipped:_:)``), without summaries.
    ///   - day: The day terms are judged on.
    /// - Throws: What `body` throws, or ``LedgerError`` if the log cannot be read.
    public func forEachSummary(
        asOf seq: Int? = nil, on day: CalendarDay, skipped: (SkippedCase) -> Void = { _ in }, _ body: (CaseSummary) throws -> Void
    ) throws {
        guard seq == nil || seq == lastSeq else {
            try forEachSnapshot(asOf: seq, on: day, skipped: skipped) { try body(CaseSummary($0)) }
            return
        }
        let cases = try writer.streamPositions().compactMap { stream, position in CaseStream.caseID(of: stream).map { ($0, position) } }
        for (id, position) in cases.sorted(by: { $0.0 < $1.0 }) {
            try list(id, skipped: skipped) {
                guard let summary = try summary(ofCase: id, at: position, on: day) else { return }
                shown[id] = .through(summary.lastSeq)
                try body(summary)
            }
        }
    }

    /// One case's summary as its position in the log stands: the stored one if current, else folded from its events
    /// and stored again; noted as listed with the last seq its stored summary covers.
    private func summary(ofCase id: String, at position: StreamPosition, on day: CalendarDay) throws -> CaseSummary? {
        let keys = try content.caseKeys(ofCase: id)
        if let stored = summaries.read(ofCase: id, keys: keys), let current = try current(stored, at: position, keys: keys),
           let judged = current.summary.judged(on: day) {
            listed[id] = current.storedThrough
            return judged
        }
        defer { content.forget(case: id) }
        guard let last = lastSeq, let snapshot = try snapshot(of: id, through: last, on: day) else { return nil }
        let summary = CaseSummary(snapshot)
        try summaries.write(summary, version: position.version, keys: keys)
        listed[id] = summary.lastSeq
        return summary
    }

    /// A stored summary as of the case's position, with the last seq the summary as stored then covers: as stored when
    /// it covers every event of the case; carried over the case's later events when each is a read recorded on the day
    /// it was made (so never late) and the summary holds nothing a read settles (``CaseSummary/extended(through:)``) —
    /// from the headers alone when every later event is a read a listing saved as listed (``ListedReads``), stored
    /// again only once ``listedReadsBeforeRewrite`` of them have gathered; else each read opened and checked, and the
    /// summary stored again; else `nil`.
    private func current(
        _ stored: (summary: CaseSummary, version: Int), at position: StreamPosition, keys: [StreamKey]
    ) throws -> (summary: CaseSummary, storedThrough: Int)? {
        let (summary, version) = stored
        if version == position.version { return summary.lastSeq == position.lastSeq ? (summary, summary.lastSeq) : nil }
        guard version < position.version, position.version - version <= Self.readsCarriedOver,
              let extended = summary.extended(through: position.lastSeq)
        else { return nil }
        let later = position.version - version
        let carried = listedReads[summary.id, default: []].filter { $0 > summary.lastSeq && $0 <= position.lastSeq }
        if carried.count == later, carried.last == position.lastSeq {
            guard later >= Self.listedReadsBeforeRewrite else { return (extended, summary.lastSeq) }
        } else {
            guard try laterAreReads(of: summary, from: version, at: position, keys: keys) else { return nil }
        }
        try summaries.write(extended, version: position.version, keys: keys)
        return (extended, extended.lastSeq)
    }

    /// Whether the events of a case after a summary's version are each a read recorded on the day it was made, each
    /// opened and checked.
    private func laterAreReads(of summary: CaseSummary, from version: Int, at position: StreamPosition, keys: [StreamKey]) throws -> Bool {
        let stream = CaseStream.name(of: summary.id)
        var keyring = StreamKeyring(holder: reader)
        keyring.add(keys, of: stream)
        let later = try writer.events(inStream: stream, from: version)
        guard let first = later.first, first.header.seq > summary.lastSeq, later.last?.header.seq == position.lastSeq else { return false }
        return later.allSatisfy { event in
            guard event.header.type == EventType.caseViewed, let payload = try? keyring.payload(of: event) else { return false }
            return payload[.viewedOn]?.stringValue == CalendarDay(event.header.recordedAt).description
        }
    }

    /// Saves, once a listing's reads are appended, the reads of each case it showed from its summary that the stored
    /// summary does not cover (see ``ListedReads``): the earlier listed ones beyond it, and the one just appended when
    /// it is dated the day the log recorded it; signed by the reader. Best effort: a file not saved only costs the next
    /// listing the reads opened.
    /// - Parameters:
    ///   - appended: The events as stored.
    ///   - drafts: Their drafts, in the same order.
    func saveListedReads(_ appended: [Event], of drafts: [EventDraft]) {
        defer { listed = [:] }
        guard !listed.isEmpty else { return }
        var reads = listedReads.filter { content.erasures[$0.key] == nil }
        for (event, draft) in zip(appended, drafts) {
            guard let id = CaseStream.caseID(of: event.header.stream), let covered = listed[id] else { continue }
            var seqs = reads[id, default: []].filter { $0 > covered }
            if event.header.type == EventType.caseViewed, draft.payload[.viewedOn]?.stringValue == CalendarDay(event.header.recordedAt).description {
                seqs.append(event.header.seq)
            }
            reads[id] = seqs
        }
        listedReads = reads
        ListedReads(layout: writer.layout).write(reads, signer: reader, key: keys.signing)
    }
}
