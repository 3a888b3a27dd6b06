import Ledger

/// Which events and members a protected parents' report withholds by default, and on which ground (AVG
/// art. 23 with UAVG art. 41: what would harm the child or the rights of others; seeds 001 l.300–304 and
/// 003 l.316–328: nothing given to the family may reveal the melder).
enum ParentsProtection {
    /// The ground recorded for an item shown without members every protected report leaves out.
    static let omissionGround = "getoond zonder wat het kind of anderen kan schaden (reden van openen, toelichting, signaleringslijst)"

    /// Why an event is withheld by default, or `nil` when it may be shown.
    /// - Parameters:
    ///   - event: The event.
    ///   - payload: Its payload.
    ///   - closed: The profile's part closed to parents.
    ///   - melderIsShielded: Whether a melding of the case is anonymous towards the family.
    /// - Returns: The ground, in Dutch.
    static func withheldGround(of event: RecordedEvent, _ payload: [String: JSONValue], closed: ClosedToParents, melderIsShielded: Bool) -> String? {
        let child = "bescherming van het kind (art. 23 AVG, art. 41 UAVG)"
        let others = "bescherming van de rechten van anderen (art. 23 AVG, art. 41 UAVG)"
        switch EventType(of: event.type) {
        case .signalRecorded? where payload[.kind]?.stringValue == "child-words": return "woorden van het kind; \(child)"
        case .signalRecorded? where payload[.source]?[.kind]?.stringValue == "third-party": return "informatie van een derde; \(others)"
        case .conversationHeld? where payload[.with]?.stringValue != "parents": return "gesprek met het kind; \(child)"
        case .consultationHeld? where payload[.kind]?.stringValue.map(closed.schoolConsultationKinds.contains) != true:
            return "overleg met Veilig Thuis of een andere partij buiten de school; \(child)"
        case .meldingMade?, .meldingDiscussed?, .veiligthuisFeedback?: return "melding of contact met Veilig Thuis; \(child)"
        case .peopleRecorded?: return "gegevens over gezinsleden, andere kinderen en het netwerk; \(others)"
        default: break
        }
        if melderIsShielded, closed.typesWhenMelderAnonymous.contains(event.type) {
            return "kan onthullen wie de melding deed; \(others)"
        }
        return nil
    }

    /// The members a protected report leaves out of an event it shows: the reason the case was opened, why the
    /// parents were not told beforehand, the explanation of a conversation skipped for safety, and what
    /// ``alwaysOmitted(of:)`` leaves out of every parents' report.
    /// - Parameters:
    ///   - event: The event.
    ///   - payload: Its payload.
    ///   - isSafetySkip: Whether it records a conversation with the parents skipped for safety.
    static func omittedMembers(of event: RecordedEvent, _ payload: [String: JSONValue], isSafetySkip: Bool) -> Set<PayloadField> {
        var members = alwaysOmitted(of: event).union([.notToldReason])
        if event.type == EventType.caseOpened { members.insert(.reason) }
        if isSafetySkip { members.formUnion([.explanation, .reaction, .objections, .objectionsHandling]) }
        return members
    }

    /// The members no parents' report shows: the signaleringslijst's items, which read as verdicts ("Het kind is
    /// slachtoffer van kindermishandeling") where they are things the school looks out for.
    static func alwaysOmitted(of event: RecordedEvent) -> Set<PayloadField> {
        switch EventType(of: event.type) {
        case .signalRecorded?: [.checklistItem]
        case .checklistCompleted?: [.answers]
        default: []
        }
    }
}
