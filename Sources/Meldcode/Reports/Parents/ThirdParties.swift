import Ledger

/// How a case names the people outside the school it heard from or spoke with: the source of a signal from a
/// third party, the outside participants of a consultation or weighing, the outside recipients of shared
/// information, and the people involved with the child. A protected parents' report looks for these names
/// (and the other names written beside them, such as another child's) in free text.
enum ThirdParties {
    /// The members whose strings name a third party.
    private static let members: Set<String> = ["party", "outsideParticipants", "name", "otherChildren"]

    /// The third parties a case's events name.
    /// - Parameters:
    ///   - events: The case's events.
    ///   - reader: The payload reader.
    /// - Returns: Each description once, in order of appearance.
    static func named(in events: [RecordedEvent], reader: PayloadReader) -> [String] {
        var seen = Set<String>()
        return events.filter { $0.type != EventType.caseOpened }.flatMap { event in
            var payload = reader.payload(of: event)
            if event.type == EventType.peopleRecorded { payload[.people] = payload[.people].map(notParents) }
            return strings(in: .object(payload), collecting: false)
        }.filter { seen.insert($0).inserted }
    }

    /// The relations whose names a report for the parents may hold: the parents and carers themselves.
    private static let parentRelations: Set<String> = ["mother", "father", "step-parent", "foster-parent", "guardian"]

    /// The people of a `people.recorded` list who are not the child's parents or carers (siblings, other household members).
    private static func notParents(_ people: JSONValue) -> JSONValue {
        .array((people.arrayValue ?? []).filter { $0[.relation]?.stringValue.map(parentRelations.contains) != true })
    }

    private static func strings(in value: JSONValue, collecting: Bool) -> [String] {
        switch value {
        case .string(let text): collecting ? [text] : []
        case .array(let items): items.flatMap { strings(in: $0, collecting: collecting) }
        case .object(let members): members.keys.sorted().flatMap { key in
            members[key].map { strings(in: $0, collecting: collecting || Self.members.contains(key)) } ?? []
        }
        default: []
        }
    }
}
