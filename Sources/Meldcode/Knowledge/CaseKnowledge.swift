import Ledger

/// Who knew what when in one case: a pure fold of the case's events into knowledge edges (who, which seq,
/// since when in the world, since when in the log, how). The fold of a prefix of the log is the knowledge
/// as of that prefix's last seq; folding one event costs time in the number of people and seqs it names.
public struct CaseKnowledge: Sendable, Equatable {
    /// The case id.
    public let id: String
    /// Every edge, in the order the fold found them; but a read (`case.viewed`) of a record the reader already knew
    /// from an earlier edge adds none, so reading a case again and again does not grow what the fold holds.
    public private(set) var edges: [KnowledgeEdge] = []
    /// The case's events by seq, as logged, for the type and day of each fact.
    public private(set) var events: [Int: RecordedEvent] = [:]
    /// The corrections that name a member and its new value: edges are folded from the corrected records.
    public internal(set) var corrections = Corrections()
    /// The positions in ``edges`` of each seq's edges.
    private var edgesOfSeq: [Int: [Int]] = [:]
    /// The positions in ``edges`` of each knower's edges.
    private var edgesOfKnower: [Knower: [Int]] = [:]
    /// The seqs each knower knew.
    private var seqsOfKnower: [Knower: Set<Int>] = [:]
    /// The position in ``edges`` of each knower's earliest edge of each seq.
    private var earliestEdge: [Knower: [Int: Int]] = [:]

    /// No knowledge, before the case's first event.
    /// - Parameter id: The case id.
    public init(id: String) {
        self.id = id
    }

    /// The knowledge after some events of the case.
    /// - Parameters:
    ///   - id: The case id.
    ///   - events: The case's events, in log order.
    public init(id: String, events: some Sequence<RecordedEvent>) {
        self.init(id: id)
        for event in events { apply(event) }
    }

    /// Folds the case's next event in. Never throws: what is in the log is history.
    /// - Parameter event: The next event of this case, in log order.
    /// A correction that names a member and its new value (a date) folds the case's knowledge again from its first
    /// event, reading the corrected record as corrected.
    public mutating func apply(_ logged: RecordedEvent) {
        if logged.type == EventType.recordCorrected, let target = logged.payload[.corrects]?.integerValue,
           corrections.add(logged, correcting: events[Int(target)]?.type) != nil {
            var refolded = CaseKnowledge(id: id)
            refolded.corrections = corrections
            for earlier in events.keys.sorted().compactMap({ events[$0] }) { refolded.apply(earlier) }
            refolded.apply(logged)
            self = refolded
            return
        }
        events[logged.seq] = logged
        let event = corrections.applied(to: logged)
        for edge in KnowledgeSources.edges(of: event) + readThrough(event) where edge.seq == event.seq || events[edge.seq] != nil {
            let earliest = earliestEdge[edge.knower]?[edge.seq]
            if edge.way == .read, let earliest, edges[earliest].isEarlier(than: edge) { continue }
            if earliest.map({ edge.isEarlier(than: edges[$0]) }) ?? true { earliestEdge[edge.knower, default: [:]][edge.seq] = edges.count }
            edgesOfSeq[edge.seq, default: []].append(edges.count)
            edgesOfKnower[edge.knower, default: []].append(edges.count)
            seqsOfKnower[edge.knower, default: []].insert(edge.seq)
            edges.append(edge)
        }
    }

    /// The edges of a read that showed the whole case up to a seq (`case.viewed` with `through`): one for each
    /// record up to it that the reader did not yet know.
    private func readThrough(_ event: RecordedEvent) -> [KnowledgeEdge] {
        guard event.type == EventType.caseViewed, let through = event.payload[.through]?.integerValue else { return [] }
        let known = seqsOfKnower[.actor(event.author)] ?? []
        let unread = events.keys.filter { $0 <= Int(through) && $0 != event.seq && !known.contains($0) }.sorted()
        return KnowledgeSources.reads(of: event, seqs: unread)
    }

    /// Who knew an event, each with the earliest edge that shows it.
    /// - Parameter seq: The event's seq.
    /// - Returns: One edge per knower, earliest first.
    public func knowers(of seq: Int) -> [KnowledgeEdge] {
        Self.earliest((edgesOfSeq[seq] ?? []).map { edges[$0] }, by: \.knower)
    }

    /// What one knower knew, each event with the earliest edge that shows it.
    /// - Parameter knower: The actor or party.
    /// - Returns: One edge per event, by seq.
    public func known(by knower: Knower) -> [KnowledgeEdge] {
        Self.earliest((edgesOfKnower[knower] ?? []).map { edges[$0] }, by: \.seq).sorted { $0.seq < $1.seq }
    }

    /// The seqs of the events one knower knew, however they came to know them.
    /// - Parameter knower: The actor or party.
    /// - Returns: The seqs (empty for someone who knew nothing).
    public func seqs(knownBy knower: Knower) -> Set<Int> { seqsOfKnower[knower] ?? [] }

    /// Everyone who knew anything in the case.
    public var knowers: [Knower] { edgesOfKnower.keys.sorted() }

    /// The parties whose names contain a text, ignoring case (`ouders`, `veilig thuis`).
    /// - Parameter text: Part of a party's name.
    /// - Returns: The matching parties, sorted.
    public func parties(matching text: String) -> [Knower] {
        knowers.filter { !$0.isActor && $0.description.lowercased().contains(text.lowercased()) }
    }

    /// When the school (any of its actors) first knew each event of a type: the earliest edge of an actor.
    /// - Parameter type: An event type, e.g. `signal.recorded`.
    /// - Returns: One edge per event of the type, by seq.
    public func schoolFirstKnew(_ type: String) -> [KnowledgeEdge] {
        events.values.filter { $0.type == type }.map(\.seq).sorted().compactMap { seq in
            knowers(of: seq).filter(\.knower.isActor).first
        }
    }

    /// When the school first knew of each specific form of violence: the earliest edge of an actor on a
    /// weighing that names it.
    /// - Returns: The forms with the edge, in the order they became known.
    public func schoolFirstKnewForms() -> [(form: ViolenceForm, edge: KnowledgeEdge)] {
        var first: [ViolenceForm: KnowledgeEdge] = [:]
        for edge in schoolFirstKnew(EventType.weighingRecorded.rawValue) {
            let forms = (events[edge.seq]?.payload[.specificForms]?.arrayValue ?? []).compactMap { $0.stringValue.flatMap(ViolenceForm.init) }
            for form in forms where first[form].map({ edge.isEarlier(than: $0) }) ?? true { first[form] = edge }
        }
        return ViolenceForm.allCases.compactMap { form in first[form].map { (form: form, edge: $0) } }
            .sorted { $0.edge.isEarlier(than: $1.edge) }
    }

    /// The earliest edge per key, earliest first.
    private static func earliest<Key: Hashable>(_ edges: [KnowledgeEdge], by key: (KnowledgeEdge) -> Key) -> [KnowledgeEdge] {
        var first: [Key: KnowledgeEdge] = [:]
        for edge in edges where first[key(edge)].map({ edge.isEarlier(than: $0) }) ?? true { first[key(edge)] = edge }
        return first.values.sorted { $0.isEarlier(than: $1) || (!$1.isEarlier(than: $0) && $0.knower < $1.knower) }
    }
}
