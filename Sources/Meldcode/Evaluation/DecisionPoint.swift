import Ledger

/// One decision of a case as it stood when it was taken: who decided and who was there, what each knew and did
/// not yet know, what the profile's route required just before, what was overdue, and the findings then.
public struct DecisionPoint: Sendable, Equatable {
    /// The decision's event (a weighing, a decision or its confirmation, help organised or evaluated, a melding, a closing).
    public let event: RecordedEvent
    /// The day in the world it was taken on (its date member, else the day it was recorded).
    public let day: CalendarDay
    /// Those who decided, then those present or consulted.
    public let people: [PersonAtDecision]
    /// The name of the protocol profile in force when it was taken.
    public let profileName: String
    /// What the afwegingskader route required just before it.
    public let requiredBefore: RouteRequirement
    /// What was overdue on its day, once the records of its day that follow it in the log are in.
    public let overdue: [PendingAction]
    /// The findings as they stood at the end of its day (after the records of that day that follow it in the log):
    /// a finding of a moment judges the day, not the seq.
    public let findings: [Finding]

    /// The event types that are decisions in an evaluation.
    public static let types: Set<String> = [
        EventType.weighingRecorded.rawValue, EventType.decisionRecorded.rawValue, EventType.decisionConfirmed.rawValue, EventType.helpOrganised.rawValue, EventType.helpEvaluated.rawValue, EventType.meldingMade.rawValue, EventType.caseClosed.rawValue, EventType.caseRedirected.rawValue,
    ]

    /// The decision as JSON: `{"seq", "type", "day", "recordedAt", "profile", "people": [...], "requiredBefore", "overdue": [...], "findings": [...]}`.
    public var json: JSONValue {
        .object([
            "seq": .integer(Int64(event.seq)), "type": .string(event.type), "day": .string(day.description),
            "recordedAt": .string(event.recordedAt.description), "profile": .string(profileName), "people": .array(people.map(\.json)),
            "requiredBefore": requiredBefore.json, "overdue": .array(overdue.map { $0.json(on: day) }), "findings": .array(findings.map(\.json)),
        ])
    }

    /// Who decided and who was present at a decision event.
    static func people(of event: RecordedEvent) -> (deciders: [Knower], present: [Knower]) {
        let payload = event.payload
        switch EventType(of: event.type) {
        case .weighingRecorded?:
            return (payload.texts(.participants).map(Knower.actor), payload.texts(.outsideParticipants).map(Knower.party))
        case .decisionRecorded?:
            return (
                payload.texts(.decidedBy).map(Knower.actor), payload.texts(.consulted).map(Knower.actor) + payload.texts(.outsideConsulted).map(Knower.party))
        case .meldingMade?:
            return ([.actor(payload[.madeBy]?.stringValue ?? event.author)], [])
        default:
            return ([.actor(event.author)], [])
        }
    }
}
