import Ledger

/// The evaluatie: a case decision by decision, for the school that evaluates how it used the meldcode
/// (001 l.374, 000 l.425–427). Written for that evaluator: the time line in days, what was recorded long after
/// the fact, and at each decision who took it and who was there, what each of them knew and what the log
/// already held that they did not, what the afwegingskader asked, what was overdue and the findings then.
struct EvaluationReport {
    private let frame: ReportFrame
    private let evaluation: CaseEvaluation?

    /// Evaluates the case of a report's input, each decision under the profile in force then.
    init(_ input: ReportInput) {
        frame = ReportFrame(input, shown: Set(input.snapshot.state.events.map(\.seq)))
        let state = input.snapshot.state
        evaluation = CaseEvaluation.evaluate(
            state.id, in: state.events, through: input.snapshot.asOf, profiles: input.profiles,
            actorRoles: input.actors.mapValues { Set($0.roles) })
    }

    /// The sections: about this evaluation, the time line, late records, then one section per decision.
    var sections: [ReportSection] {
        guard let evaluation else { return [introduction(decisions: 0)] }
        return [introduction(decisions: evaluation.points.count), timeline(evaluation.timeline), lateRecords(evaluation.lateRecords)]
            + evaluation.points.enumerated().map { decision($1, number: $0 + 1) }
            + [sources(evaluation.points.flatMap(\.findings) + evaluation.lateRecords)]
    }

    private func introduction(decisions: Int) -> ReportSection {
        let count = decisions == 1 ? "1 besluit" : "\(decisions) besluiten"
        return ReportSection("Over deze evaluatie", paragraphs: [
            "De school evalueert regelmatig aan de hand van casussen hoe zij de meldcode gebruikt, zoals de meldcode vraagt. "
                + "Dit verslag loopt dossier \(frame.input.snapshot.state.id) daarvoor besluit voor besluit door: \(count).",
            "Bij elk besluit staat wie het nam en wie erbij was, wat ieder van hen op dat moment wist en wat het logboek toen al "
                + "wist maar zij nog niet, wat het afwegingskader op dat moment vroeg, wat die dag over tijd was, en welke bevindingen er toen waren. "
                + "Een bevinding van dat moment kan door een later besluit vervallen: ‘er is nog niet gemeld’ staat er tot de melding is gedaan.",
            "Een datum is de dag waarop iets echt gebeurde; ‘vastgelegd’ is de dag waarop het in het logboek kwam. Een nummer met # "
                + "is een vastlegging in het logboek; het staat er steeds bij wat die vastlegging is.",
        ], facts: facts)
    }

    /// The case's facts, evaluated up to its last event (named, not a bare seq), under the profile in force then.
    private var facts: [ReportField] {
        var facts = frame.childFacts
        if let last = evaluation?.seqs.last {
            facts.append(ReportField("Geëvalueerd tot en met", .reference(seq: last, title: frame.referenceTitle(last))))
        }
        return facts + [ReportField("Protocol", .text(frame.profileTitle(frame.input.snapshot.profileName)))]
    }

    private func timeline(_ marks: [TimelineMark]) -> ReportSection {
        let facts = marks.map { mark in
            let days = mark.daysFromFirstSignal.map { ", dag \($0)" } ?? ""
            return ReportField(KnowledgeSentences.capitalised(mark.label), .text("\(DutchDate.text(mark.day))\(days) (\(eventName(mark.seq)))"))
        }
        return ReportSection("Tijdlijn in dagen", paragraphs: timelineSummary(marks), facts: facts)
    }

    private func timelineSummary(_ marks: [TimelineMark]) -> [String] {
        guard !marks.isEmpty else { return ["Er is nog niets vastgelegd dat op de tijdlijn hoort."] }
        let days = { (label: String) in marks.first { $0.label == label }?.daysFromFirstSignal }
        var summary = ["De dagen tellen vanaf het eerste signaal (dag 0), telkens naar de dag waarop het echt gebeurde."]
        if let melding = days("melding") {
            summary.append("Van het eerste signaal tot de melding bij Veilig Thuis: \(Self.days(melding)).")
            if let feedback = days("terugkoppeling Veilig Thuis") {
                summary.append("Veilig Thuis koppelde \(Self.days(feedback - melding)) na de melding terug.")
            }
        } else if days("eerste signaal") != nil {
            summary.append("Er is (nog) niet gemeld bij Veilig Thuis.")
        }
        return [summary.joined(separator: " ")]
    }

    private func lateRecords(_ findings: [Finding]) -> ReportSection {
        guard !findings.isEmpty else {
            return ReportSection("Lang na de feiten vastgelegd", paragraphs: [
                "Niets: alles is vastgelegd binnen de tijd die het protocol daarvoor geeft.",
            ])
        }
        let facts = findings.compactMap { finding -> ReportField? in
            guard let seq = finding.seqs.first, let event = frame.input.snapshot.state.event(at: seq),
                  let happened = frame.input.snapshot.state.recordedDay(of: seq) else { return nil }
            let recorded = DutchTime.day(of: event.recordedAt)
            let later = Int(recorded.daysSinceEpoch - happened.daysSinceEpoch)
            return ReportField(eventName(seq), .text(
                "gebeurd op \(DutchDate.text(happened)), vastgelegd op \(DutchDate.text(recorded)): \(Self.days(later)) later"))
        }
        return ReportSection("Lang na de feiten vastgelegd", paragraphs: [
            "Deze vastleggingen kwamen later in het logboek dan het protocol toestaat (\(FindingCode.lateRecord.citation.quoteText)).",
        ], facts: facts)
    }

    private func decision(_ point: DecisionPoint, number: Int) -> ReportSection {
        ReportSection(
            "Besluit \(number) — \(DutchDate.text(point.day)): \(what(point.event))", paragraphs: [who(point)],
            facts: [
                ReportField("Protocol toen", .text(frame.profileTitle(point.profileName))),
                ReportField("Wat het afwegingskader vroeg", .text(KnowledgeSentences.capitalised(point.requiredBefore.dutchText))),
                ReportField("Over tijd op die dag", point.overdue.isEmpty ? .text("niets") : .list(point.overdue.map {
                    .text($0.dutchText(naming: frame.referenceTitle))
                })),
                ReportField("Bevindingen op dat moment", point.findings.isEmpty ? .text("geen") : .list(point.findings.map(finding))),
            ] + point.people.map { knowledge($0, at: point.event.type) },
            entries: [frame.entry(point.event)])
    }

    /// What was decided, for a heading: the type, or for a decision its question and answer.
    private func what(_ event: RecordedEvent) -> String {
        let name = EventCatalogue.standard.definition(of: event.type)?.dutchName ?? event.type
        guard event.type == EventType.decisionRecorded else { return name }
        let payload = frame.input.reader.payload(of: event)
        let label = { (choices: [Choice], member: PayloadField) in
            payload[member]?.stringValue.map { value in choices.first { $0.value == value }?.label ?? value }
        }
        guard let question = label(Vocabulary.decisionQuestions, .question), let answer = label(Vocabulary.answers, .answer) else { return name }
        return "\(question) \(KnowledgeSentences.capitalised(answer))"
    }

    /// Who took the decision and who was there, and when the log learned of it, as sentences.
    private func who(_ point: DecisionPoint) -> String {
        let deciders = point.people.filter(\.decided).map { name($0.knower) }
        let present = point.people.filter { !$0.decided }.map { name($0.knower) }
        var text = "\(EventType(of: point.event.type).flatMap { Self.takenBy[$0] } ?? "Genomen door") \(Self.list(deciders))."
        if !present.isEmpty { text += " Aanwezig of geraadpleegd: \(Self.list(present))." }
        let recorded = DutchTime.day(of: point.event.recordedAt)
        let later = Int(recorded.daysSinceEpoch - point.day.daysSinceEpoch)
        let delay = later > 0 ? ", \(Self.days(later)) later" : ""
        return text + " Vastgelegd op \(DutchDate.text(point.event.recordedAt))\(delay)."
    }

    private func knowledge(_ person: PersonAtDecision, at type: String) -> ReportField {
        let references = { (seqs: [Int]) in ReportValue.list(seqs.map { .reference(seq: $0, title: frame.referenceTitle($0)) }) }
        let earlier = person.knew.count + person.didNotKnow.count
        let role = !person.decided ? "was erbij of werd geraadpleegd" : type == EventType.weighingRecorded ? "woog" : "besliste"
        return ReportField("\(name(person.knower)), \(role)", .fields([
            ReportField("wist van \(person.knew.isEmpty ? "geen" : "\(person.knew.count)") van de \(earlier) eerdere vastleggingen", references(person.knew)),
            ReportField("wist nog niet, terwijl het logboek het al had", references(person.didNotKnow)),
        ]))
    }

    private func finding(_ finding: Finding) -> ReportValue {
        let events = finding.seqs.map(frame.referenceTitle).joined(separator: "; ")
        return .text("\(finding.code.dutchText) Het gaat om \(events). Uit het protocol: \(finding.citation.quoteText)")
    }

    /// The annex for the Inspectie: the seed lines behind the evaluation and behind each finding it names, once each.
    private func sources(_ findings: [Finding]) -> ReportSection {
        var seen = Set<String>()
        let lines = findings.filter { seen.insert($0.code.rawValue).inserted }.map { "\($0.code.dutchText) Bron: \($0.citation.dutchText)" }
        return ReportSection("Bijlage voor de Inspectie: bronnen", paragraphs: ["Evaluatie van de meldcode aan de hand van casussen: 001 r. 374; 000 r. 425–427."] + lines)
    }

    private func name(_ knower: Knower) -> String {
        switch knower {
        case .actor(let id): frame.actorName(id)
        case .party(let party): party
        }
    }

    /// An event by its seq and what it is, without its day: "#38 melding bij Veilig Thuis".
    private func eventName(_ seq: Int) -> String {
        let type = frame.input.snapshot.state.event(at: seq)?.type ?? ""
        return "#\(seq) \(EventCatalogue.standard.definition(of: type)?.dutchName ?? type)"
    }

    /// How the first sentence of a decision names those who took it, per type.
    private static let takenBy = [
        EventType.weighingRecorded: "Gewogen door", EventType.decisionRecorded: "Besloten door", EventType.decisionConfirmed: "Bevestigd door",
        EventType.helpOrganised: "Hulp georganiseerd door", EventType.helpEvaluated: "Hulp geëvalueerd door", EventType.meldingMade: "Gemeld door",
        EventType.caseClosed: "Dossier gesloten door", EventType.caseRedirected: "Doorverwezen door",
    ]

    private static func days(_ count: Int) -> String { count == 1 ? "1 dag" : "\(count) dagen" }

    private static func list(_ names: [String]) -> String {
        guard let last = names.last, names.count > 1 else { return names.first ?? "niemand" }
        return names.dropLast().joined(separator: ", ") + " en " + last
    }
}
