/// Every event type of a logbook by name: the meldcode's (``EventCatalogue``), the profile's adoption (``ProfileAdoption``)
/// and the registry's (``RegistryEvent``).
/// Code that asks what an event is compares with these cases, never with a string, so a misspelt type is a compile
/// error; a test checks that the cases are exactly the catalogue's and the registry's types.
public enum EventType: String, CaseIterable, Sendable {
    /// `actor.enrolled`.
    case actorEnrolled = "actor.enrolled"
    /// `actor.key_rotated`.
    case actorKeyRotated = "actor.key_rotated"
    /// `actor.revoked`.
    case actorRevoked = "actor.revoked"
    /// `case.access_granted`.
    case caseAccessGranted = "case.access_granted"
    /// `case.access_withdrawn`.
    case caseAccessWithdrawn = "case.access_withdrawn"
    /// `case.closed`.
    case caseClosed = "case.closed"
    /// `case.erased`.
    case caseErased = "case.erased"
    /// `case.keys_recovered`.
    case caseKeysRecovered = "case.keys_recovered"
    /// `case.opened`.
    case caseOpened = "case.opened"
    /// `case.redirected`.
    case caseRedirected = "case.redirected"
    /// `case.reopened`.
    case caseReopened = "case.reopened"
    /// `case.viewed`.
    case caseViewed = "case.viewed"
    /// `checklist.completed`.
    case checklistCompleted = "checklist.completed"
    /// `consultation.held`.
    case consultationHeld = "consultation.held"
    /// `conversation.held`.
    case conversationHeld = "conversation.held"
    /// `conversation.skipped`.
    case conversationSkipped = "conversation.skipped"
    /// `decision.confirmed`.
    case decisionConfirmed = "decision.confirmed"
    /// `decision.recorded`.
    case decisionRecorded = "decision.recorded"
    /// `diagnosis.recorded`.
    case diagnosisRecorded = "diagnosis.recorded"
    /// `followup.recorded`.
    case followupRecorded = "followup.recorded"
    /// `help.evaluated`.
    case helpEvaluated = "help.evaluated"
    /// `help.organised`.
    case helpOrganised = "help.organised"
    /// `hypothesis.confirmed`.
    case hypothesisConfirmed = "hypothesis.confirmed"
    /// `hypothesis.recorded`.
    case hypothesisRecorded = "hypothesis.recorded"
    /// `hypothesis.refuted`.
    case hypothesisRefuted = "hypothesis.refuted"
    /// `information.shared`.
    case informationShared = "information.shared"
    /// `logbook.created`.
    case logbookCreated = "logbook.created"
    /// `melding.discussed`.
    case meldingDiscussed = "melding.discussed"
    /// `melding.made`.
    case meldingMade = "melding.made"
    /// `note.recorded`.
    case noteRecorded = "note.recorded"
    /// `parents.informed`.
    case parentsInformed = "parents.informed"
    /// `people.recorded`.
    case peopleRecorded = "people.recorded"
    /// `profile.adopted`.
    case profileAdopted = "profile.adopted"
    /// `record.corrected`.
    case recordCorrected = "record.corrected"
    /// `report.issued`.
    case reportIssued = "report.issued"
    /// `signal.recorded`.
    case signalRecorded = "signal.recorded"
    /// `veiligthuis.feedback`.
    case veiligthuisFeedback = "veiligthuis.feedback"
    /// `verwijsindex.weighed`.
    case verwijsindexWeighed = "verwijsindex.weighed"
    /// `weighing.recorded`.
    case weighingRecorded = "weighing.recorded"

    /// The type of an event, or `nil` for a type no part of Logboek knows.
    /// - Parameter type: The header's `type`.
    public init?(of type: String) { self.init(rawValue: type) }
}

extension EventType {
    /// Whether a header's type is this one.
    public static func == (type: String, known: EventType) -> Bool { type == known.rawValue }

    /// Whether a header's type is not this one.
    public static func != (type: String, known: EventType) -> Bool { type != known.rawValue }
}

/// Lets a `switch` over a header's type name the cases: `case EventType.signalRecorded:`.
public func ~= (known: EventType, type: String) -> Bool { type == known.rawValue }
