import Ledger

/// What the log's headers alone say of a case, readable without any key: its events' seqs, whether its last
/// lifecycle event closed or redirected it, and whether it was erased. Case ids carry no names.
public struct CaseOutline: Sendable, Equatable {
    /// The case id.
    public let id: String
    /// The seqs of its first and last events.
    public let seqs: ClosedRange<Int>
    /// `open`, `closed` or `redirected`, from the types of its events.
    public let status: String
    /// When the log recorded its closing or redirection, if that is how it stands (not re-opened since).
    public let closedAt: Timestamp?
    /// Its erasure, if it was erased.
    public let erasure: CaseErasure?

    /// The types of the events that change how a case stands, and the status each leaves it in.
    static let lifecycle = [EventType.caseClosed.rawValue: "closed", EventType.caseRedirected.rawValue: "redirected", EventType.caseReopened.rawValue: "open"]

    /// Every case of the log, in the order of their ids: from the outlines saved beside the saved state
    /// (``SavedOutlines``), each brought up to date from the headers of the events its case received since, and saved
    /// again when any was.
    /// - Parameter writer: The logbook's writer.
    /// - Throws: ``LedgerError`` if the log cannot be read.
    public static func all(in writer: LogWriter) throws(LedgerError) -> [CaseOutline] {
        let erasures = try CaseErasure.all(in: writer)
        let saved = SavedOutlines(layout: writer.layout)
        let known = saved.read()
        var current = [SavedOutlines.Entry]()
        for (stream, position) in try writer.streamPositions() {
            guard let id = CaseStream.caseID(of: stream) else { continue }
            if let entry = known[id], entry.version == position.version, entry.lastSeq == position.lastSeq {
                current.append(entry)
                continue
            }
            let earlier = known[id].flatMap { $0.version < position.version ? $0 : nil }
            let headers = try writer.events(inStream: stream, from: earlier?.version ?? 0).map(\.header)
            guard var entry = earlier ?? headers.first.map({ SavedOutlines.Entry(id: id, firstSeq: $0.seq) }) else { continue }
            for header in headers { entry.fold(header) }
            current.append(entry)
        }
        current.sort { $0.id < $1.id }
        if current != known.values.sorted(by: { $0.id < $1.id }) { saved.write(current) }
        return current.map { entry in
            CaseOutline(
                id: entry.id, seqs: entry.firstSeq...entry.lastSeq, status: entry.status, closedAt: entry.status == "open" ? nil : entry.changedAt,
                erasure: erasures[entry.id])
        }
    }
}
