import Ledger

/// Where knowledge comes from, per event type: the author of every event; those present at consultations,
/// conversations, weighings, decisions and discussions of a melding, with the seqs they list as discussed or
/// presented (the deciders and those consulted of a decision recorded in others' names only once a decider
/// confirms it, and then the one who confirms); those told by `information.shared`, `parents.informed` or a melding,
/// and whoever tells or makes the melding, who knew what they pass on at the latest then; the recipient of a report
/// (`report.issued`) knows every event it holds; whoever read the case in Logboek (`case.viewed`) knows the
/// records it showed.
enum KnowledgeSources {
    /// The edges one event shows.
    /// - Parameter event: A case event.
    /// - Returns: The author's edge, then the edges of those present or told.
    static func edges(of event: RecordedEvent) -> [KnowledgeEdge] {
        let source = Source(event)
        let payload = event.payload
        var edges = [source.edge(.actor(event.author), knows: event.seq, .authored)]
        switch EventType(of: event.type) {
        case .signalRecorded?:
            edges += source.receiver()
        case .consultationHeld?:
            edges += source.present(actors: payload[.participants], parties: payload[.outsideParticipants], discussed: payload[.signalsDiscussed])
        case .weighingRecorded?:
            edges += source.present(actors: payload[.participants], parties: payload[.outsideParticipants], discussed: payload[.discussed])
        case .conversationHeld?:
            let others = payload[.otherAttendees]?.arrayValue?.isEmpty == false ? payload[.otherAttendees] : Source.partner(payload[.with])
            edges += source.present(actors: payload[.attendees], parties: others, discussed: payload[.factsPresented])
        case .decisionRecorded? where CaseState.isDecider(event.author, of: payload):
            let actors = JSONValue.array((payload[.decidedBy]?.arrayValue ?? []) + (payload[.consulted]?.arrayValue ?? []))
            edges += source.present(actors: actors, parties: payload[.outsideConsulted], discussed: nil)
        case .decisionConfirmed?:
            if let decision = payload[.decision]?.integerValue { edges.append(source.edge(.actor(event.author), knows: Int(decision), .present)) }
        case .meldingDiscussed? where payload[.discussed]?.boolValue == true:
            edges += source.present(actors: nil, parties: Source.partner(payload[.with]), discussed: nil)
        case .helpOrganised?:
            edges += source.present(actors: nil, parties: payload[.agreedWith], discussed: nil)
        case .noteRecorded?:
            edges += source.present(actors: nil, parties: payload[.contacts], discussed: nil)
        case .informationShared?:
            let teller = payload[.sharedBy]?.stringValue ?? event.author
            let recipients = (payload[.recipients]?.arrayValue ?? []).compactMap(Source.recipient)
            edges += source.present(actors: .array([.string(teller)]), parties: nil, discussed: payload[.events])
            edges += source.told(recipients, by: teller, facts: payload[.events], means: payload[.means]?.stringValue ?? "gesprek")
        case .parentsInformed?:
            let teller = payload[.informedBy]?.stringValue ?? event.author
            edges += source.told([.party(Source.partyName("ouders"))], by: teller, facts: payload[.events], means: EventType.parentsInformed.rawValue)
        case .meldingMade?:
            let melder = payload[.madeBy]?.stringValue ?? event.author
            let veiligThuis = Knower.outside(payload[.veiligThuis]?.stringValue ?? Knower.veiligThuis)
            edges += source.present(actors: .array([.string(melder)]), parties: nil, discussed: payload[.facts])
            edges += source.told([veiligThuis], by: melder, facts: payload[.facts], means: EventType.meldingMade.rawValue)
        case .reportIssued?:
            guard let recipient = payload[.recipient]?.stringValue.map(Knower.party) else { break }
            let seqs = [event.seq] + payload.seqs(.seqs)
            edges += seqs.map { source.edge(recipient, knows: $0, .reportReceived, toldBy: event.author, means: payload[.kind]?.stringValue) }
        case .caseViewed?:
            edges += reads(of: event, seqs: payload.seqs(.events))
        default:
            break
        }
        return edges
    }
}

extension KnowledgeSources {
    /// The edges of a read (`case.viewed`): its reader knows each of `seqs` by reading them.
    /// - Parameters:
    ///   - event: A `case.viewed` event.
    ///   - seqs: The seqs it showed.
    static func reads(of event: RecordedEvent, seqs: [Int]) -> [KnowledgeEdge] {
        let source = Source(event)
        return seqs.map { source.edge(.actor(event.author), knows: $0, .read, means: event.payload[.command]?.stringValue) }
    }
}

/// The edges one event carries, all with its day in the world and its moment of recording.
private struct Source {
    let event: RecordedEvent
    let day: CalendarDay?

    /// For information a third party gave, the school knew it from the day it was told (`source.date`) when that is
    /// later than the day it happened (002 l.74: "altijd de bron en datum"; 001 l.479).
    init(_ event: RecordedEvent) {
        self.event = event
        let happened = CaseState.dateField(of: event.type).flatMap { event.payload[$0]?.stringValue }.flatMap(CalendarDay.init)
        let told = event.payload[.source]?[.date]?.stringValue.flatMap(CalendarDay.init)
        day = [happened, told].compactMap { $0 }.max()
    }

    /// Who at the school took a third party's information (`source.receivedBy`), when not its author: told by the party.
    func receiver() -> [KnowledgeEdge] {
        let source = event.payload[.source]
        guard let receiver = source?[.receivedBy]?.stringValue, receiver != event.author, let party = source?[.party]?.stringValue else { return [] }
        return [edge(.actor(receiver), knows: event.seq, .told, toldBy: party, means: "source")]
    }

    func edge(_ knower: Knower, knows seq: Int, _ way: KnowledgeWay, toldBy: String? = nil, means: String? = nil) -> KnowledgeEdge {
        KnowledgeEdge(
            knower: knower, seq: seq, since: day, loggedAt: event.recordedAt, way: way, via: event.seq, toldBy: toldBy, means: means ?? event.type)
    }

    /// Those present know the event and the seqs it lists as discussed or presented.
    func present(actors: JSONValue?, parties: JSONValue?, discussed: JSONValue?) -> [KnowledgeEdge] {
        let knowers = actors.texts.map(Knower.actor) + parties.texts.map(Knower.outside)
        let facts = [event.seq] + discussed.seqs
        return knowers.flatMap { knower in facts.map { edge(knower, knows: $0, .present) } }
    }

    /// Those told know the event and the seqs it lists as shared.
    func told(_ knowers: [Knower], by teller: String, facts: JSONValue?, means: String) -> [KnowledgeEdge] {
        let seqs = [event.seq] + facts.seqs
        return knowers.flatMap { knower in seqs.map { edge(knower, knows: $0, .told, toldBy: teller, means: means) } }
    }

    /// A recipient of `information.shared`: the actor, or the party's Dutch name with the person's name.
    static func recipient(_ value: JSONValue) -> Knower? {
        if let actor = value[.actor]?.stringValue, value[.kind]?.stringValue == "actor" { return .actor(actor) }
        guard let party = value[.party]?.stringValue else { return nil }
        let name = value[.name]?.stringValue.map { " (\($0))" } ?? ""
        return .party(partyName(party) + name)
    }

    /// The Dutch name of an outside party's slug, e.g. `het bevoegd gezag`.
    static func partyName(_ slug: String) -> String {
        Vocabulary.outsideParties.first { $0.value == slug }?.label ?? slug
    }

    /// The party a conversation or a discussion of a melding was with.
    static func partner(_ with: JSONValue?) -> JSONValue {
        switch with?.stringValue {
        case "child": .array([.string(partyName("kind"))])
        case "parents": .array([.string(partyName("ouders"))])
        case "child-and-parents": .array([.string(partyName("kind")), .string(partyName("ouders"))])
        default: .array([])
        }
    }

}
