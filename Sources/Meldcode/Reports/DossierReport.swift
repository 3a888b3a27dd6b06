import Ledger

/// The verslaglegging: the complete chronological record, every event with every field, its author and
/// role, both its times, corrections beside what they correct, hypotheses with their outcome, the steps
/// and the afwegingskader route, findings with their seed citations, and the integrity statement.
struct DossierReport {
    private let frame: ReportFrame

    /// Prepares the dossier of a case.
    init(_ input: ReportInput) {
        frame = ReportFrame(input, shown: Set(input.snapshot.state.events.map(\.seq)))
    }

    /// The sections, in order.
    var sections: [ReportSection] {
        [
            ReportSection("Gegevens", facts: frame.caseFacts + [
                ReportField("Stand van zaken", .label(frame.input.snapshot.state.phase.dutchName)),
                ReportField("Protocol", .text(frame.input.snapshot.profileName)),
                ReportField("Bevindingen", .text(frame.input.snapshot.findings.isEmpty ? "geen" : "\(frame.input.snapshot.findings.count), zie Bevindingen")),
            ]),
            ReportSection(
                "Verloop", paragraphs: ["Alle vastleggingen in de volgorde waarin ze zijn vastgelegd. Niets is achteraf gewijzigd: een correctie is een nieuwe vastlegging, vermeld bij wat zij corrigeert."],
                entries: frame.events.map { frame.entry($0) }),
            ReportSection("Stappen van de meldcode", facts: steps),
            ReportSection("Afwegingskader", facts: route),
            ReportSection("Bevindingen", paragraphs: findings),
            ReportSection("Integriteit", paragraphs: [Self.integrityText], facts: integrity),
        ]
    }

    private var steps: [ReportField] {
        frame.input.snapshot.state.steps.map { progress in
            let value: ReportValue = progress.isTaken
                ? .list(progress.events.map { .reference(seq: $0, title: frame.referenceTitle($0)) }) : .text("nog niet gezet")
            return ReportField("Stap \(progress.step.rawValue): \(progress.step.dutchName)", value)
        }
    }

    private var route: [ReportField] {
        let state = frame.input.snapshot.state
        let answers = state.answers.map { answer in
            ReportField("Afweging \(answer.afweging)", .fields([
                ReportField("antwoord", .label(AfwegingLabels.answer(answer))),
                ReportField("vastgelegd in", .reference(seq: answer.seq, title: frame.referenceTitle(answer.seq))),
            ]))
        }
        let required = state.requiredRoute(afterDoubt: frame.input.snapshot.doubtRoute)
        var routeFields = [ReportField("wat het afwegingskader nu vraagt", .label(required.action.dutchText))]
        if let meldnorm = required.meldnorm { routeFields.append(ReportField("meldnorm", .label(meldnorm))) }
        if let met = required.metBy { routeFields.append(ReportField("gevolgd in", .reference(seq: met, title: frame.referenceTitle(met)))) }
        return answers + [ReportField("Route", .fields(routeFields))]
    }

    private var findings: [String] {
        let found = frame.input.snapshot.findings
        guard !found.isEmpty else { return ["Geen bevindingen: de vastlegging volgt het protocol \(frame.input.snapshot.profileName)."] }
        return found.map { finding in
            let seqs = finding.seqs.map { "#\($0)" }.joined(separator: ", ")
            return "\(finding.code.rawValue) (\(seqs)): \(finding.message). Bron: \(finding.citation.seed.rawValue.prefix(3)) r. \(finding.citation.lines): “\(finding.citation.quote)”"
        }
    }

    private var integrity: [ReportField] {
        let statement = frame.input.integrity
        var facts = [
            ReportField("Gecontroleerd tot en met", .text("vastlegging #\(statement.verifiedThrough)")),
            ReportField("Hash van die vastlegging", .text(statement.headHash)),
        ]
        if let size = statement.checkpointSize, let root = statement.checkpointRoot {
            facts.append(ReportField("Controlepunt (checkpoint)", .text("\(size) vastleggingen, wortel \(root)")))
        }
        return facts
    }

    private static let integrityText = """
        Elke vastlegging is ondertekend en aan de vorige gekoppeld met een hash. De keten, de hashes, de \
        handtekeningen en de inhoud zijn gecontroleerd tot en met de genoemde vastlegging; elke vastlegging in \
        dit dossier noemt haar volgnummer (#) en hash, zodat een controleur haar in het logboek terugvindt.
        """
}
