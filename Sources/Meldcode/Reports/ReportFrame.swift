import Ledger

/// What the three reports share: how they name actors and events, describe payloads, and remark on
/// corrections and hypotheses. A protected parents' report names every actor "de school".
struct ReportFrame {
    /// The report's input.
    let input: ReportInput
    /// Whether every actor is shown as "de school" and the melder's strings are removed from text.
    let shieldsStaff: Bool
    /// The seqs the report shows; references to others are shown as "not in this report".
    let shown: Set<Int>
    /// The payload describer.
    let describer: EventDescriber
    /// Whether the report cites events by seq and hash (every report but the parents').
    let citesEvents: Bool

    /// How a shielded report names any member of staff.
    static let school = "de school"

    /// Creates a frame.
    /// - Parameters:
    ///   - input: The report's input.
    ///   - shieldsStaff: Whether every actor is named "de school".
    ///   - shown: The seqs the report shows.
    ///   - citesEvents: Whether the report cites events by seq and hash.
    init(
        _ input: ReportInput, shieldsStaff: Bool = false, shown: Set<Int>,
        citesEvents: Bool = true
    ) {
        self.input = input
        self.citesEvents = citesEvents
        self.shieldsStaff = shieldsStaff
        self.shown = shown
        let state = input.snapshot.state
        describer = EventDescriber(
            reader: input.reader, actorName: { Self.actorName($0, in: input.actors, shielded: shieldsStaff) },
            referenceTitle: { Self.referenceTitle($0, in: state, shown: shown, reader: input.reader, cites: citesEvents) },
            citesSeqs: citesEvents)
    }

    /// The same frame, showing other seqs.
    /// - Parameter seqs: The seqs the report shows.
    /// - Returns: The frame.
    func showing(_ seqs: Set<Int>) -> ReportFrame {
        ReportFrame(
            input, shieldsStaff: shieldsStaff, shown: seqs,
            citesEvents: citesEvents)
    }

    /// A protocol profile as people know it: its title ("KC De Klimtoren (Stichting Wolderwijs)"), not its slug.
    /// - Parameter name: The profile's name (slug).
    /// - Returns: The title of the adopted profile of that name, else the name.
    func profileTitle(_ name: String) -> String {
        let known = input.profiles.adoptions.map(\.profile) + [.basismodel]
        return known.last { $0.name == name }?.title ?? name
    }

    /// The case's events, in log order, as corrected: a correction that names a member and its new value moves the
    /// record to the section its new value belongs in (the original is shown beside it, see ``entry(_:omitting:remarks:)``).
    var events: [RecordedEvent] {
        let state = input.snapshot.state
        return state.fieldCorrections.isEmpty ? state.events : state.events.map(state.fieldCorrections.applied)
    }

    /// An actor as the report names them: "A. de Vries (intern begeleider)", or "de school".
    func actorName(_ id: String) -> String { Self.actorName(id, in: input.actors, shielded: shieldsStaff) }

    /// Another event as the report points at it: "#12 signaal vastgelegd van 3 oktober 2026" (a report that cites no
    /// events names it without its seq, and only when it shows it: see ``EventDescriber/referenceTitle``).
    func referenceTitle(_ seq: Int) -> String { describer.referenceTitle(seq) ?? "" }

    private static func actorName(_ id: String, in actors: [String: ActorProfile], shielded: Bool) -> String {
        if shielded { return school }
        guard let actor = actors[id] else { return id }
        let roles = actor.roles.map(\.dutchName).joined(separator: ", ")
        return roles.isEmpty ? actor.name : "\(actor.name) (\(roles))"
    }

    private static func referenceTitle(_ seq: Int, in state: CaseState, shown: Set<Int>, reader: PayloadReader, cites: Bool) -> String? {
        guard shown.contains(seq), let event = state.event(at: seq) else { return cites ? "#\(seq), niet in dit verslag" : nil }
        let name = EventCatalogue.standard.definition(of: event.type)?.dutchName ?? event.type
        let day = EventDescriber.day(of: event, reader: reader).map { " van \(DutchDate.text($0))" } ?? ""
        return cites ? "#\(seq) \(name)\(day)" : "\(name)\(day)"
    }

    /// An event as an entry of the report: its members as corrected (a correction that names a member and its new
    /// value), the original beside it in the remark on the correction.
    /// - Parameters:
    ///   - event: The event.
    ///   - omitting: Members to leave out.
    ///   - remarks: Remarks beyond those on corrections and hypotheses.
    func entry(_ event: RecordedEvent, omitting: Set<PayloadField> = [], remarks: [String] = []) -> ReportEntry {
        let corrected = input.snapshot.state.fieldCorrections.applied(to: event)
        return ReportEntry(
            seq: event.seq, hash: input.hashes[event.seq] ?? "", title: EventCatalogue.standard.definition(of: event.type)?.dutchName ?? event.type,
            day: describer.day(of: corrected), recordedAt: event.recordedAt, author: actorName(event.author),
            fields: describer.fields(of: corrected, omitting: omitting), remarks: standingRemarks(of: event) + remarks,
            isComplete: Set(omitting.map(\.rawValue)).isDisjoint(with: input.reader.payload(of: event).keys))
    }

    /// Remarks on how an event stands now: corrected later, or a hypothesis confirmed, refuted or open.
    private func standingRemarks(of event: RecordedEvent) -> [String] {
        let state = input.snapshot.state
        var remarks = state.corrections.filter { $0.corrects == event.seq && shown.contains($0.seq) }.map { correction in
            (citesEvents ? "Gecorrigeerd door #\(correction.seq): " : "Later gecorrigeerd: ") + correction.correction
                + (correction.dutchChange.map { " (\($0))" } ?? "")
        }
        if let hypothesis = state.hypotheses.first(where: { $0.seq == event.seq }) {
            let by = hypothesis.settledBy.flatMap(describer.referenceTitle).map { " (\($0))" } ?? ""
            switch hypothesis.standing {
            case .open: remarks.append("Hypothese: nog niet bevestigd of ontkracht.")
            case .confirmed: remarks.append("Hypothese: bevestigd\(by).")
            case .refuted: remarks.append("Hypothese: ontkracht\(by).")
            }
        }
        return remarks
    }

    /// The facts about the child and the case that open every report.
    var caseFacts: [ReportField] {
        var facts = childFacts
        if let last = lastContent {
            if citesEvents { facts.append(ReportField("Stand van het dossier", .text("tot en met vastlegging #\(last.seq)"))) }
            facts.append(ReportField(citesEvents ? "Laatst bijgewerkt" : "Stand van het dossier", .moment(last.recordedAt)))
        }
        return facts
    }

    /// The last event of the report's content. A read (`case.viewed`) is no content, so reading a case does not change
    /// its reports; a report that cites no events counts only what it shows.
    var lastContent: RecordedEvent? { events.last { $0.type != EventType.caseViewed && (citesEvents || shown.contains($0.seq)) } }

    /// The steps of the meldcode, each with the records that took it, or "nog niet gezet".
    var stepFacts: [ReportField] {
        input.snapshot.state.steps.map { progress in
            let value: ReportValue = progress.isTaken
                ? .list(progress.events.map { .reference(seq: $0, title: referenceTitle($0)) }) : .text("nog niet gezet")
            return ReportField("Stap \(progress.step.rawValue): \(progress.step.dutchName)", value)
        }
    }

    /// The school, the case and the child.
    var childFacts: [ReportField] {
        var facts = [ReportField("School", .text(input.organisation)), ReportField("Dossiernummer", .text(input.snapshot.state.id))]
        if let child = input.snapshot.state.child {
            facts.append(ReportField("Kind", .text(child.name)))
            facts.append(ReportField("Geboortedatum", .date(child.birthDate)))
            if let group = child.group { facts.append(ReportField("Groep", .text(group))) }
        }
        return facts
    }
}
