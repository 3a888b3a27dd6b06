import Ledger

/// The report for the parents or carers: only what the profile releases to them, without seqs, hashes or
/// authors' names in a protected case. A case is protected after a conversation with the parents skipped
/// for safety or under a melding anonymous towards the family (seeds 001 l.300–304, 003 l.316–328; AVG
/// art. 23 with UAVG art. 41): then every member of staff is "de school", and by default the report holds
/// none of the child's words, the reason for opening, Veilig Thuis, third parties or other children; free
/// text that names staff, a role, a third party or Veilig Thuis waits until the school releases or redacts
/// it. What was withheld is neither counted nor located in the report: it is recorded in `report.issued`.
struct ParentsReport {
    private let frame: ReportFrame
    private let closed: ClosedToParents
    private let melderIsShielded: Bool
    /// The records of a conversation with the parents, or of a melding not discussed with them, skipped because it
    /// would endanger the child, the professional or others (001 l.300–304; 002 l.121).
    let safetySkips: Set<Int>
    /// What the school decided for this report.
    private let choices: ParentsChoices
    /// What free text must not show in a protected report.
    private let sensitive: SensitiveText
    /// The anonymous melder's identifying strings, taken out of every text even of a released item.
    private let melderShield: TextShield

    /// Prepares the parents' report of a case.
    /// - Parameters:
    ///   - input: The case.
    ///   - choices: What the school decided: why it is safe to share, what it releases or redacts, the contact person.
    init(_ input: ReportInput, choices: ParentsChoices = ParentsChoices()) {
        closed = input.closedToParents
        self.choices = choices
        let reader = input.reader
        let events = input.snapshot.state.events
        safetySkips = Set(events.filter { Self.isSafetySkip($0, reader.payload(of: $0)) }.map(\.seq))
        let anonymousMelders = events
            .filter { $0.type == EventType.meldingMade && reader.payload(of: $0)[.anonymous]?.boolValue == true }
            .compactMap { reader.payload(of: $0)[.madeBy]?.stringValue }
        melderIsShielded = !anonymousMelders.isEmpty
        let isProtected = melderIsShielded || !safetySkips.isEmpty
        melderShield = TextShield(identifying: anonymousMelders.compactMap { input.actors[$0] }.flatMap(MelderIdentity.strings(of:)))
        // An anonymous melding makes the report protected, and a protected report withholds the types that reveal the
        // melding item by item (ParentsProtection), so that the school may release one; only the profile's own types are closed.
        let shown = events.filter { !input.closedToParents.types.contains($0.type) }.map(\.seq)
        // The frame shields nothing itself: a protected report finds the melder like any member of staff, so the item waits
        // for the school's decision instead of showing a mark that would say someone is being protected.
        frame = ReportFrame(input, shieldsStaff: isProtected, shown: Set(shown), citesEvents: false)
        sensitive = SensitiveText(
            actors: Array(input.actors.values), thirdParties: ThirdParties.named(in: events, reader: reader),
            child: (input.snapshot.state.child?.name ?? "").split(separator: " ").map(String.init))
    }

    /// Whether the report protects the child and everyone who spoke (after a safety skip or under an anonymous melding).
    var isProtected: Bool { melderIsShielded || !safetySkips.isEmpty }

    /// The reasons for not talking with the parents that mean talking would endanger someone.
    static let safetyReasons: Set<String> = ["safety-child", "safety-professional", "safety-other"]

    /// Whether an event records that a conversation with the parents (or the discussion of a melding with them) was
    /// skipped for someone's safety.
    static func isSafetySkip(_ event: RecordedEvent, _ payload: [String: JSONValue]) -> Bool {
        let withParents = payload[.with]?.stringValue.map(["parents", "child-and-parents"].contains) == true
        switch EventType(of: event.type) {
        case .conversationSkipped?: return withParents && payload[.reason]?.stringValue.map(safetyReasons.contains) == true
        case .meldingDiscussed?:
            return withParents && payload[.discussed]?.boolValue == false && payload[.skipReason]?.stringValue.map(safetyReasons.contains) == true
        default: return false
        }
    }

    /// The entries the report shows and what it did with each event it could show, in log order. An entry points
    /// only at entries the report shows, so it is made again once those are known.
    var items: (entries: [ReportEntry], decisions: [ParentsDecision], frame: ReportFrame) {
        let first = frame.events.filter { frame.shown.contains($0.seq) }.map { ($0, item($0, in: frame)) }
        let decisions = first.compactMap(\.1.1)
        let final = frame.showing(Set(first.filter { $0.1.0 != nil }.map(\.0.seq)))
        return (first.filter { $0.1.0 != nil }.compactMap { item($0.0, in: final).0 }, decisions, final)
    }

    /// The sections, in order; a draft adds what the school still has to decide.
    /// - Parameter draft: Whether this is the school's draft.
    func sections(draft: Bool) -> [ReportSection] {
        let (entries, decisions, final) = items
        let letter = ParentsLetter(
            frame: final, choices: choices, isProtected: isProtected, safetySkipped: !safetySkips.isEmpty, shield: { sensitive.redact(melderShield.apply($0)) })
        var sections = letter.sections
        sections.append(ReportSection(
            "Wat de school heeft vastgelegd",
            paragraphs: ["In de volgorde waarin het is vastgelegd. Een hypothese is een veronderstelling die de school heeft onderzocht; bij elke hypothese staat wat eruit kwam."],
            entries: entries))
        if draft { sections.append(ParentsDraft.section(decisions)) }
        return sections
    }

    private func item(_ event: RecordedEvent, in frame: ReportFrame) -> (ReportEntry?, ParentsDecision?) {
        guard isProtected else { return (openEntry(event, in: frame), nil) }
        let title = EventCatalogue.standard.definition(of: event.type)?.dutchName ?? event.type
        let payload = frame.input.reader.payload(of: event)
        let decide = { (outcome: ParentsDecision.Outcome, ground: String, found: [String]) in
            ParentsDecision(seq: event.seq, title: title, outcome: outcome, ground: ground, found: found)
        }
        if let reason = choices.releases[event.seq] { return (frame.entry(event).mappingTexts(melderShield.apply), decide(.released, reason, [])) }
        let omitted = ParentsProtection.omittedMembers(of: event, payload, isSafetySkip: safetySkips.contains(event.seq))
        let ground = ParentsProtection.withheldGround(of: event, payload, closed: closed, melderIsShielded: melderIsShielded)
        if let reason = choices.redactions[event.seq] {
            return (frame.entry(event, omitting: omitted).mappingTexts(sensitive.redact), decide(.redacted, reason, []))
        }
        if let ground { return (nil, decide(.withheld, ground, [ground])) }
        let entry = frame.entry(event, omitting: omitted)
        let hits = Set(entry.texts.flatMap(sensitive.hits(in:)))
        guard hits.isEmpty else {
            let found = hits.sorted { $0.text < $1.text }.map { "“\($0.text)” (\($0.category.dutchName))" }
            return (nil, decide(.pending, "", found))
        }
        let shownGround = Set(omitted.map(\.rawValue)).isDisjoint(with: payload.keys) ? "niets om af te schermen" : ParentsProtection.omissionGround
        return (entry, decide(.released, shownGround, []))
    }

    /// An entry of an unprotected case: the profile's closed part left out, nothing else.
    private func openEntry(_ event: RecordedEvent, in frame: ReportFrame) -> ReportEntry {
        let payload = frame.input.reader.payload(of: event)
        let omitted = ParentsProtection.alwaysOmitted(of: event)
        if event.type == EventType.meldingDiscussed, payload[.with]?.stringValue == "child" {
            return frame.entry(event, omitting: omitted.union([.reaction, .objections, .objectionsHandling]),
                               remarks: ["Wat uw kind hierover zei, staat niet in dit verslag: het was een gesprek met uw kind alleen."])
        }
        guard event.type == EventType.consultationHeld, let kind = payload[.kind]?.stringValue, !closed.schoolConsultationKinds.contains(kind) else {
            return frame.entry(event, omitting: omitted)
        }
        let withheld = Set(payload.keys.compactMap(PayloadField.init(rawValue:))).subtracting(ClosedToParents.consultationMembersShown)
        return frame.entry(event, omitting: withheld, remarks: ["De inhoud van dit overleg met een partij buiten de school staat niet in dit verslag."])
    }
}
