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

    /// Every case of the log, in the order of their ids.
    /// - Parameter writer: The logbook's writer.
    /// - Throws: ``LedgerError`` if the log cannot be read.
    public static func all(in writer: LogWriter) throws(LedgerError) -> [CaseOutline] {
        let erasures = try CaseErasure.all(in: writer)
        var outlines = [CaseOutline]()
        for id in try writer.streams().compactMap(CaseStream.caseID).sorted() {
            let headers = try writer.events(inStream: CaseStream.name(of: id)).map(\.header)
            guard let first = headers.first?.seq, let last = headers.last?.seq else { continue }
            let lifecycle = headers.last { [EventType.caseClosed.rawValue, EventType.caseRedirected.rawValue, EventType.caseReopened.rawValue].contains($0.type) }
            let status = switch lifecycle.flatMap({ EventType(of: $0.type) }) {
            case .caseClosed?: "closed"
            case .caseRedirected?: "redirected"
            default: "open"
            }
            outlines.append(CaseOutline(
                id: id, seqs: first...last, status: status, closedAt: status == "open" ? nil : lifecycle?.recordedAt, erasure: erasures[id]))
        }
        return outlines
    }
}
