import Ledger

/// A case whose content was erased (`case.erased` in stream `logbook`): when, why, and by whom.
public struct CaseErasure: Sendable, Equatable {
    /// The seq of the `case.erased` event.
    public let seq: Int
    /// The case id.
    public let caseID: String
    /// `retention` or `request`; `nil` for an event that does not name it (the signing rules admit none without).
    public let ground: String?
    /// The day the content was destroyed.
    public let erasedOn: CalendarDay?
    /// Who erased it.
    public let author: String

    /// Reads an erasure from its event.
    /// - Parameter event: A `case.erased` event (stream `logbook`, plaintext).
    /// - Returns: `nil` for any other event.
    public init?(_ event: Event) {
        guard event.header.type == Self.eventType, let caseID = event.payload[.case]?.stringValue else { return nil }
        seq = event.header.seq
        self.caseID = caseID
        ground = event.payload[.ground]?.stringValue
        erasedOn = event.payload[.erasedOn]?.stringValue.flatMap(CalendarDay.init)
        author = event.header.author
    }

    /// The event type.
    public static let eventType = EventType.caseErased

    /// The Dutch line projections and reports show for an erased case, e.g.
    /// "gewist op 3 oktober 2031 (bewaartermijn verstreken)".
    public var dutchLine: String {
        let ground = self.ground.map { ground in Vocabulary.erasureGrounds.first { $0.value == ground }?.label ?? ground }
        return "gewist" + (erasedOn.map { " op \($0.dutchText)" } ?? "") + " (\(ground ?? "grond niet vastgelegd"))"
    }

    /// Every erasure the log holds as of a seq, by case id.
    /// - Parameters:
    ///   - writer: The logbook's writer.
    ///   - seq: The last seq to count, or `nil` for the whole log.
    /// - Returns: The erasures by case id.
    /// - Throws: ``LedgerError`` if stream `logbook` cannot be read.
    public static func all(in writer: LogWriter, asOf seq: Int? = nil) throws(LedgerError) -> [String: CaseErasure] {
        var erasures = [String: CaseErasure]()
        for event in try writer.events(inStream: RegistryEvent.stream) where seq.map({ event.header.seq <= $0 }) ?? true {
            if let erasure = CaseErasure(event) { erasures[erasure.caseID] = erasure }
        }
        return erasures
    }
}
