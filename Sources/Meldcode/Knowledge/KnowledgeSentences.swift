import Ledger

/// Knowledge edges as Dutch sentences a director would understand:
/// "De directeur (dir.jansen) weet van signaal #14 sinds 12 oktober 2026: verteld door ib.devries in een
/// gesprek (seq 19, vastgelegd 13 oktober 2026)."
public struct KnowledgeSentences: Sendable {
    /// Each actor's roles, for the noun before their id.
    public let actorRoles: [String: Set<Role>]
    /// The case's events by seq, for the kind of each fact.
    public let events: [Int: RecordedEvent]

    /// Creates the sentence writer for one case.
    /// - Parameters:
    ///   - knowledge: The case's knowledge.
    ///   - actorRoles: Each actor's roles.
    public init(_ knowledge: CaseKnowledge, actorRoles: [String: Set<Role>]) {
        self.actorRoles = actorRoles
        self.events = knowledge.events
    }

    /// One edge as a sentence in the present tense (`weet`) or the past (`wist`).
    /// - Parameters:
    ///   - edge: The edge.
    ///   - past: Whether to write it in the past tense, as an evaluation looks back.
    /// - Returns: The sentence.
    public func sentence(_ edge: KnowledgeEdge, past: Bool = false) -> String {
        let verb = past ? "wist" : "weet"
        return "\(Self.capitalised(name(edge.knower))) \(verb) van \(fact(edge.seq)) sinds \(edge.day.dutchText): \(how(edge)) "
            + "(seq \(edge.via), vastgelegd \(CalendarDay(edge.loggedAt).dutchText))."
    }

    /// The knower as a reader names them: `de directeur (dir.jansen)`, or the party's name.
    public func name(_ knower: Knower) -> String {
        switch knower {
        case .actor(let id):
            guard let role = actorRoles[id]?.sorted().first else { return "medewerker \(id)" }
            return "\(role.dutchNoun) (\(id))"
        case .party(let name):
            return name
        }
    }

    /// An event as a reader names it: `signaal #14`, `weging (afwegingskader) #20`.
    public func fact(_ seq: Int) -> String {
        guard let type = events[seq]?.type else { return "vastlegging #\(seq)" }
        let noun = type == EventType.signalRecorded ? "signaal" : EventCatalogue.standard.definition(of: type)?.dutchName ?? type
        return "\(noun) #\(seq)"
    }

    private func how(_ edge: KnowledgeEdge) -> String {
        switch edge.way {
        case .authored: return "zelf vastgelegd"
        case .present where edge.means == EventType.meldingMade: return "deed zelf de melding bij Veilig Thuis"
        case .present where edge.means == EventType.informationShared: return "vertelde het zelf door"
        case .present: return "aanwezig bij \(EventCatalogue.standard.definition(of: edge.means)?.dutchName ?? edge.means)"
        case .told: return "verteld door \(edge.toldBy ?? "?") \(Self.means[edge.means] ?? edge.means)"
        case .read: return "gelezen in Logboek"
        case .reportReceived: return "uit een ontvangen rapport"
        }
    }

    private static let means = [
        "gesprek": "in een gesprek", "telefoon": "telefonisch", "e-mail": "per e-mail", "overleg": "in een overleg", "brief": "per brief",
        EventType.meldingMade.rawValue: "in de melding bij Veilig Thuis", "source": "als bron van het signaal", EventType.parentsInformed.rawValue: "toen de ouders werden geïnformeerd",
    ]

    /// The text with its first letter in upper case, to begin a sentence.
    static func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}
