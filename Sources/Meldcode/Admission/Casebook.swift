import Ledger

/// All cases of a logbook, folded from the recorded events, and the rules an event must meet before
/// it is appended. Events of types the catalogue does not know, and events outside case streams and
/// stream `logbook`, are left alone.
public struct Casebook: Sendable, Equatable {
    /// The cases by id.
    public private(set) var cases: [String: CaseFile] = [:]
    /// The case of every meldcode event recorded in a case, by seq.
    private var caseOfSeq: [Int: String] = [:]
    /// The actors' roles and the profile in force, for the rules on who may do what; `nil` leaves those
    /// rules unchecked (a casebook folded only to read).
    public var rights: RecordingRights?

    /// The empty casebook, before any event.
    /// - Parameter rights: The actors' roles and the profile in force, if the role rules are to be checked.
    public init(rights: RecordingRights? = nil) {
        self.rights = rights
    }

    /// The casebook after some events.
    /// - Parameters:
    ///   - events: Recorded events, in log order.
    ///   - rights: The actors' roles and the profile in force, if the role rules are to be checked.
    public init(_ events: some Sequence<RecordedEvent>, rights: RecordingRights? = nil) {
        self.rights = rights
        for event in events { apply(event) }
    }

    /// Folds one recorded event in. Never throws: what is in the log is history, admitted or not.
    /// - Parameter event: The next event of the log.
    public mutating func apply(_ event: RecordedEvent) {
        guard let definition = EventCatalogue.standard.definition(of: event.type), definition.scope == .case,
              let id = CaseStream.caseID(of: event.stream) else { return }
        if event.type == EventType.caseOpened, cases[id] == nil {
            cases[id] = CaseFile(id: id, openedAt: event.seq, birthDate: event.payload[.birthDate]?.stringValue.flatMap(CalendarDay.init))
        }
        guard cases[id] != nil else { return }
        caseOfSeq[event.seq] = id
        // Changed through the optional chain, in place: a copy of the case would copy its tables per event.
        cases[id]?.eventTypes[event.seq] = event.type
        switch EventType(of: event.type) {
        case .caseClosed?: cases[id]?.status = .closed
        case .caseRedirected?: cases[id]?.status = .redirected
        case .caseReopened?: cases[id]?.status = .open
        case .hypothesisConfirmed?, .hypothesisRefuted?:
            if let seq = event.payload[.hypothesis]?.integerValue { cases[id]?.settledHypotheses.insert(Int(seq)) }
        case .decisionRecorded?, .decisionConfirmed?:
            cases[id]?.applyDecision(event)
        default: break
        }
    }

    /// The case an earlier meldcode event belongs to.
    /// - Parameter seq: The event's seq.
    /// - Returns: The case id, or `nil` if the seq names no meldcode event in a case.
    public func caseID(ofEventAt seq: Int) -> String? { caseOfSeq[seq] }
}
