import Ledger

/// The report for the parents or carers: only what the profile releases to them. When a melding of the
/// case is anonymous towards the family, every member of staff is "de school", the melder's identifying
/// strings are removed from every text, and what reveals the melding is left out.
struct ParentsReport {
    private let frame: ReportFrame
    private let closed: ClosedToParents
    private let melderIsShielded: Bool
    /// The records of a conversation with the parents, or of a melding not discussed with them, skipped because it
    /// would endanger the child, the professional or others (001 l.300–304; 002 l.121).
    let safetySkips: Set<Int>
    /// Why the school judged the report safe to share all the same, if it did.
    private let judgedSafe: String?

    /// Prepares the parents' report of a case.
    /// - Parameters:
    ///   - input: The case.
    ///   - judgedSafe: Why the school judged it safe to share the report despite a conversation skipped for safety.
    init(_ input: ReportInput, judgedSafe: String? = nil) {
        closed = input.closedToParents
        self.judgedSafe = judgedSafe
        let reader = input.reader
        safetySkips = Set(input.snapshot.state.events.filter { Self.isSafetySkip($0, reader.payload(of: $0)) }.map(\.seq))
        let anonymousMelders = input.snapshot.state.events
            .filter { $0.type == "melding.made" && reader.payload(of: $0)["anonymous"]?.boolValue == true }
            .compactMap { reader.payload(of: $0)["madeBy"]?.stringValue }
        melderIsShielded = !anonymousMelders.isEmpty
        let shield = anonymousMelders.compactMap { input.actors[$0] }.flatMap(MelderIdentity.strings(of:))
        let closedTypes = closed.types.union(melderIsShielded ? closed.typesWhenMelderAnonymous : [])
        let shown = input.snapshot.state.events.filter { !closedTypes.contains($0.type) }.map(\.seq)
        frame = ReportFrame(input, shieldsStaff: melderIsShielded, shield: shield, shieldedActorIDs: anonymousMelders, shown: Set(shown))
    }

    /// The seqs of the events whose stored line would reveal a shielded melder: written by them, or
    /// naming them anywhere in the payload (an actor field, or free text).
    var revealingMelder: Set<Int> {
        guard melderIsShielded else { return [] }
        let melders = Set(frame.shieldedActorIDs)
        return Set(frame.events.filter { event in
            melders.contains(event.author)
                || frame.describer.shield.reveals(String(decoding: CanonicalJSON.encode(.object(frame.input.reader.committedPayload(of: event))), as: UTF8.self))
        }.map(\.seq))
    }

    /// The reasons for not talking with the parents that mean talking would endanger someone.
    static let safetyReasons: Set<String> = ["safety-child", "safety-professional", "safety-other"]

    /// Whether an event records that a conversation with the parents (or the discussion of a melding with them) was
    /// skipped for someone's safety.
    static func isSafetySkip(_ event: RecordedEvent, _ payload: [String: JSONValue]) -> Bool {
        let withParents = ["parents", "child-and-parents"].contains(payload["with"]?.stringValue ?? "")
        switch event.type {
        case "conversation.skipped": return withParents && safetyReasons.contains(payload["reason"]?.stringValue ?? "")
        case "melding.discussed":
            return withParents && payload["discussed"]?.boolValue == false && safetyReasons.contains(payload["skipReason"]?.stringValue ?? "")
        default: return false
        }
    }

    /// The sections, in order.
    var sections: [ReportSection] {
        let judgement = judgedSafe.map {
            "De school sprak eerder niet met u, omdat dat de veiligheid van uw kind of van anderen in gevaar kon brengen. "
                + "Zij heeft daarna beoordeeld dat dit verslag met u gedeeld kan worden: \(frame.describer.shield.apply($0)) "
                + "De toelichting bij dat besluit staat niet in dit verslag."
        }
        return [
            ReportSection("Over dit verslag", paragraphs: [ClosedToParents.explanation] + (judgement.map { [$0] } ?? []), facts: frame.caseFacts),
            ReportSection(
                "Wat de school heeft vastgelegd",
                paragraphs: ["In de volgorde waarin het is vastgelegd. Een hypothese is een veronderstelling die de school heeft onderzocht; bij elke hypothese staat wat eruit kwam."],
                entries: frame.events.filter { frame.shown.contains($0.seq) }.map(entry)),
        ]
    }

    private func entry(_ event: RecordedEvent) -> ReportEntry {
        let payload = frame.input.reader.payload(of: event)
        if payload["notToldReason"] != nil {
            return frame.entry(event, omitting: ["notToldReason"],
                               remarks: ["Waarom u niet vooraf is ingelicht, staat niet in dit verslag, ter bescherming van de veiligheid van uw kind."])
        }
        if event.type == "melding.discussed", payload["with"]?.stringValue == "child" {
            return frame.entry(event, omitting: ["reaction", "objections", "objectionsHandling"],
                               remarks: ["Wat uw kind hierover zei, staat niet in dit verslag: het was een gesprek met uw kind alleen."])
        }
        if safetySkips.contains(event.seq) {
            return frame.entry(event, omitting: ["explanation", "reaction", "objections", "objectionsHandling"],
                               remarks: ["De toelichting staat niet in dit verslag, ter bescherming van de veiligheid van uw kind."])
        }
        guard event.type == "consultation.held", let kind = payload["kind"]?.stringValue, !closed.schoolConsultationKinds.contains(kind) else {
            return frame.entry(event)
        }
        let withheld = Set(payload.keys).subtracting(ClosedToParents.consultationMembersShown)
        return frame.entry(event, omitting: withheld, remarks: ["De inhoud van dit overleg met een partij buiten de school staat niet in dit verslag."])
    }
}
