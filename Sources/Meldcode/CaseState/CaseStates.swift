import Ledger

/// The state of every case of a logbook, folded from its events in one pass, as of any seq.
/// Events of types the catalogue does not know, outside case streams, or of a case never opened are left alone.
public struct CaseStates: Sendable, Equatable {
    /// The cases by id.
    public private(set) var cases: [String: CaseState] = [:]
    /// The seq of the last event folded (of any stream).
    public private(set) var lastSeq: Int?
    /// The moment of the last event folded.
    public private(set) var lastRecordedAt: Timestamp?

    /// No cases, before any event.
    public init() {}

    /// The cases after the events up to and including `seq`.
    /// - Parameters:
    ///   - events: Recorded events in log order (any streams).
    ///   - seq: The last seq to fold; `nil` folds them all.
    public init(_ events: some Sequence<RecordedEvent>, through seq: Int? = nil) {
        for event in events {
            if let seq, event.seq > seq { break }
            apply(event)
        }
    }

    /// Folds the log's next event in.
    /// - Parameter event: The next event of the log.
    public mutating func apply(_ event: RecordedEvent) {
        lastSeq = event.seq
        lastRecordedAt = event.recordedAt
        guard EventCatalogue.standard.definition(of: event.type)?.scope == .case, let id = CaseStream.caseID(of: event.stream) else { return }
        if event.type == EventType.caseOpened, cases[id] == nil {
            cases[id] = CaseState(id: id)
        }
        guard cases[id] != nil else { return }
        cases[id]?.apply(event)
    }

    /// The case ids, sorted.
    public var ids: [String] { cases.keys.sorted() }
}
