import Ledger

/// The report for the parents or carers: only what the profile releases to them. When a melding of the
/// case is anonymous towards the family, every member of staff is "de school", the melder's identifying
/// strings are removed from every text, and what reveals the melding is left out.
struct ParentsReport {
    private let frame: ReportFrame
    private let closed: ClosedToParents
    private let melderIsShielded: Bool

    /// Prepares the parents' report of a case.
    init(_ input: ReportInput) {
        closed = input.closedToParents
        let reader = input.reader
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

    /// The sections, in order.
    var sections: [ReportSection] {
        [
            ReportSection("Over dit verslag", paragraphs: [ClosedToParents.explanation], facts: frame.caseFacts),
            ReportSection(
                "Wat de school heeft vastgelegd",
                paragraphs: ["In de volgorde waarin het is vastgelegd. Een hypothese is een veronderstelling die de school heeft onderzocht; bij elke hypothese staat wat eruit kwam."],
                entries: frame.events.filter { frame.shown.contains($0.seq) }.map(entry)),
        ]
    }

    private func entry(_ event: RecordedEvent) -> ReportEntry {
        let payload = frame.input.reader.payload(of: event)
        guard event.type == "consultation.held", let kind = payload["kind"]?.stringValue, !closed.schoolConsultationKinds.contains(kind) else {
            return frame.entry(event)
        }
        let withheld = Set(payload.keys).subtracting(ClosedToParents.consultationMembersShown)
        return frame.entry(event, omitting: withheld, remarks: ["De inhoud van dit overleg met een partij buiten de school staat niet in dit verslag."])
    }
}
