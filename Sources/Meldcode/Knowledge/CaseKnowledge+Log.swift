import Ledger

extension CaseKnowledge {
    /// The knowledge of one case as of a seq, folded from the whole log's events.
    /// - Parameters:
    ///   - id: The case id.
    ///   - events: The log's events in order (any streams); only the case's meldcode events are folded.
    ///   - seq: The last seq to fold; `nil` folds them all.
    /// - Returns: The case's knowledge, or `nil` if the case was not opened by then.
    public static func of(_ id: String, in events: some Sequence<RecordedEvent>, through seq: Int? = nil) -> CaseKnowledge? {
        let stream = CaseStream.name(of: id)
        var knowledge: CaseKnowledge?
        for event in events {
            if let seq, event.seq > seq { break }
            guard event.stream == stream, EventCatalogue.standard.definition(of: event.type)?.scope == .case else { continue }
            if knowledge == nil, event.type == EventType.caseOpened { knowledge = CaseKnowledge(id: id) }
            knowledge?.apply(event)
        }
        return knowledge
    }
}
