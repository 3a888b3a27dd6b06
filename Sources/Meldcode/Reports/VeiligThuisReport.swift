import Ledger

/// The melding's content for Veilig Thuis (001 l.247–249, 002 l.168): facts and events the school saw
/// itself apart from what came from others, the child's own words, counter-indications, consultations
/// and their advice, conversations and reactions, the afwegingskader and meldnorm, whether the family was
/// told beforehand, what the school keeps doing, and the school's contact person.
struct VeiligThuisReport {
    private let frame: ReportFrame
    private let reader: PayloadReader

    /// Prepares the Veilig Thuis report of a case.
    init(_ input: ReportInput) {
        reader = input.reader
        frame = ReportFrame(input, shown: Set(input.snapshot.state.events.map(\.seq)))
    }

    /// Whether the case holds a decision to make a melding, or a melding.
    var hasMeldingDecision: Bool {
        frame.events.contains { event in
            event.type == EventType.meldingMade
                || (event.type == EventType.decisionRecorded && reader.payload(of: event)[.question]?.stringValue == "melding"
                    && reader.payload(of: event)[.answer]?.stringValue == "yes")
        }
    }

    /// The sections, in order: the form's first screen, the people involved, the support network and the steps, then
    /// the content of the melding, then the annex with each record's fingerprint.
    var sections: [ReportSection] {
        let form = VeiligThuisForm(frame: frame)
        let body = [form.firstScreen, form.people, form.supportNetwork, form.steps] + content
        return body + [form.annex(body.flatMap(\.entries))]
    }

    private var content: [ReportSection] {
        let signals = frame.events.filter { $0.type == EventType.signalRecorded }
        return [
            ReportSection("De melding", facts: Array(frame.caseFacts.dropFirst(frame.childFacts.count)) + meldingFacts),
            ReportSection("Eigen woorden van het kind", entries: signals.filter { signalKind($0) == "child-words" }.map { frame.entry($0) }),
            ReportSection(
                "Feiten en gebeurtenissen die de school zelf zag of hoorde",
                entries: signals.filter { isOwn($0) && signalKind($0) != "child-words" && stance($0) != "contradicts" }.map { frame.entry($0) }),
            ReportSection(
                "Informatie van anderen, met bron en datum",
                entries: signals.filter { !isOwn($0) && signalKind($0) != "child-words" && stance($0) != "contradicts" }.map { frame.entry($0) }),
            ReportSection("Contra-indicaties", entries: signals.filter { stance($0) == "contradicts" }.map { frame.entry($0) }),
            section("Diagnoses, met wie ze stelde", types: [EventType.diagnosisRecorded.rawValue]),
            section("Hypothesen en hun uitkomst", types: [EventType.hypothesisRecorded.rawValue, EventType.hypothesisConfirmed.rawValue, EventType.hypothesisRefuted.rawValue]),
            section("Consultaties en hun advies", types: [EventType.consultationHeld.rawValue]),
            section("Gesprekken en reacties", types: [EventType.conversationHeld.rawValue, EventType.conversationSkipped.rawValue, EventType.meldingDiscussed.rawValue]),
            section("Afwegingskader en meldnorm", types: [EventType.weighingRecorded.rawValue, EventType.decisionRecorded.rawValue, EventType.helpOrganised.rawValue, EventType.helpEvaluated.rawValue]),
            ReportSection("Zijn de ouders vooraf ingelicht?", paragraphs: parentsTold, entries: entries(types: [EventType.parentsInformed.rawValue])),
            ReportSection("Wat de school blijft doen", paragraphs: schoolContinues, entries: entries(types: [EventType.followupRecorded.rawValue])),
            section("Correcties", types: [EventType.recordCorrected.rawValue]),
        ]
    }

    private func section(_ heading: String, types: Set<String>) -> ReportSection {
        ReportSection(heading, entries: entries(types: types))
    }

    private func entries(types: Set<String>) -> [ReportEntry] {
        frame.events.filter { types.contains($0.type) }.map { frame.entry($0) }
    }

    private func signalKind(_ event: RecordedEvent) -> String? { reader.payload(of: event)[.kind]?.stringValue }
    private func stance(_ event: RecordedEvent) -> String? { reader.payload(of: event)[.stance]?.stringValue }
    private func isOwn(_ event: RecordedEvent) -> Bool {
        reader.payload(of: event)[.source]?.objectValue?[.kind]?.stringValue != "third-party"
    }

    private var melding: RecordedEvent? { frame.events.last { $0.type == EventType.meldingMade } }

    private var meldingFacts: [ReportField] {
        guard let melding else {
            return [ReportField("Melding", .text("Nog niet gedaan: dit is een concept."))]
        }
        let payload = reader.payload(of: melding)
        var facts = [ReportField("Melding", .reference(seq: melding.seq, title: frame.referenceTitle(melding.seq)))]
        facts += frame.describer.fields(of: melding, omitting: [.facts, .schoolContinues, .decision, .childWhereabouts, .concern])
        if let madeBy = payload[.madeBy]?.stringValue {
            facts.append(ReportField("Contactpersoon van de school", .text("\(frame.actorName(madeBy)), \(frame.input.organisation)")))
        }
        if let decision = payload[.decision]?.integerValue, let event = frame.input.snapshot.state.event(at: Int(decision)) {
            facts += frame.describer.fields(of: event).filter { ["meldnorm", "onderbouwing", "besloten door"].contains($0.label) }
        }
        return facts
    }

    /// ": " and the reason, or a full stop where the record gives none.
    private static func because(_ reason: String?) -> String { reason.map { ": \($0)" } ?? "." }

    private var parentsTold: [String] {
        frame.events.compactMap { event -> String? in
            let payload = reader.payload(of: event)
            switch EventType(of: event.type) {
            case .conversationHeld? where payload[.parentsToldBeforehand]?.boolValue == false:
                return "Niet vooraf ingelicht over het gesprek met het kind (#\(event.seq))" + Self.because(payload[.notToldReason]?.stringValue)
            case .conversationHeld? where payload[.parentsToldBeforehand]?.boolValue == true:
                return "Vooraf ingelicht over het gesprek met het kind (#\(event.seq))."
            case .conversationSkipped? where payload[.with]?.stringValue != "child":
                let reason = Vocabulary.skipReasons.first { $0.value == payload[.reason]?.stringValue }.map { "\($0.label)." }
                let why = [reason, payload[.explanation]?.stringValue].compactMap { $0 }.joined(separator: " ")
                return "Gesprek met de ouders niet gevoerd (#\(event.seq))" + Self.because(why.isEmpty ? nil : why)
            case .meldingDiscussed? where payload[.with]?.stringValue != "child":
                return payload[.discussed]?.boolValue == true
                    ? "De voorgenomen melding is met de ouders besproken (#\(event.seq))."
                    : "De voorgenomen melding is niet met de ouders besproken (#\(event.seq))" + Self.because(payload[.explanation]?.stringValue)
            default:
                return nil
            }
        }
    }

    private var schoolContinues: [String] {
        guard let melding, let text = reader.payload(of: melding)[.schoolContinues]?.stringValue else { return [] }
        return [text]
    }
}
