import Ledger

/// One piece of knowledge: who knew which event, since when in the world and since when in the log, and how.
/// The two times are never mixed: ``since`` is the day the payload gives (observed, held, told), ``loggedAt``
/// the moment the log recorded the event that shows it.
public struct KnowledgeEdge: Sendable, Equatable {
    /// Who knew.
    public let knower: Knower
    /// The seq of the event they knew.
    public let seq: Int
    /// The day in the world since which they knew it, from the carrying event's payload (`nil` if it gives none).
    public let since: CalendarDay?
    /// The moment the log learned it: when the carrying event was recorded.
    public let loggedAt: Timestamp
    /// How they came to know it.
    public let way: KnowledgeWay
    /// The seq of the event that shows it (the event itself when authored).
    public let via: Int
    /// For ``KnowledgeWay/told``: the actor who told them, or the third party whose information a signal records.
    public let toldBy: String?
    /// How it happened: the means of telling (`gesprek`, `telefoon`, …) or the type of the carrying event.
    public let means: String

    /// The day to order by: the day in the world, else the day it was logged.
    public var day: CalendarDay { since ?? CalendarDay(loggedAt) }

    /// The edge as JSON: `{"knower": {"actor"|"party": …}, "seq", "since"?, "loggedAt", "way", "via", "toldBy"?, "means"}`.
    public var json: JSONValue {
        var members: [String: JSONValue] = [
            "knower": .object([knower.isActor ? "actor" : "party": .string(knower.description)]),
            "seq": .integer(Int64(seq)), "loggedAt": .string(loggedAt.description), "way": .string(way.rawValue),
            "via": .integer(Int64(via)), "means": .string(means),
        ]
        if let since { members["since"] = .string(since.description) }
        if let toldBy { members["toldBy"] = .string(toldBy) }
        return .object(members)
    }

    /// Whether this edge shows knowledge earlier than another: by the day in the world, then by the moment logged.
    func isEarlier(than other: KnowledgeEdge) -> Bool {
        (day, loggedAt.millisecondsSinceEpoch, via) < (other.day, other.loggedAt.millisecondsSinceEpoch, other.via)
    }
}
