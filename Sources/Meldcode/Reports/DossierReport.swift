import Ledger

/// The verslaglegging: first the overview (where the case stands, the afwegingskader route, the findings, what is
/// still open), then the complete chronological record (every event with every field, its author and role, both its
/// times, corrections beside what they correct, hypotheses with their outcome), the steps, a summary of who read the
/// case, and the annex for the Inspectie (integrity, how to check it, the seed lines behind each finding).
/// Reading the case does not change the dossier: reads (`case.viewed`) after its last content event are not in it,
/// and those before it appear only in the summary of reads.
struct DossierReport {
    private let frame: ReportFrame

    /// Prepares the dossier of a case.
    init(_ input: ReportInput) {
        let content = input.snapshot.state.events.filter { $0.type != EventType.caseViewed }.map(\.seq)
        frame = ReportFrame(input, shown: Set(content))
    }

    /// The heading of the annex for the Inspectie, the one place for hashes, keys and seed line references.
    static let annexHeading = "Bijlage voor de Inspectie: integriteit en bronnen"

    /// The sections, in order.
    var sections: [ReportSection] {
        let overview = DossierOverview(frame: frame)
        return [
            ReportSection("Overzicht", facts: frame.caseFacts + overview.facts),
            ReportSection("Afwegingskader", facts: overview.route),
            ReportSection("Bevindingen", paragraphs: overview.findings),
            ReportSection("Wat nog openstaat", paragraphs: overview.open),
            ReportSection(
                "Verloop", paragraphs: ["Alle vastleggingen in de volgorde waarin ze zijn vastgelegd. Niets is achteraf gewijzigd: een correctie is een nieuwe vastlegging, vermeld bij wat zij corrigeert."],
                entries: frame.events.filter { frame.shown.contains($0.seq) }.map { frame.entry($0) }),
            ReportSection("Stappen van de meldcode", facts: frame.stepFacts),
            ReportSection("Inzage (samenvatting)", paragraphs: DossierReads.summary(frame)),
            ReportSection(Self.annexHeading, paragraphs: [Self.integrityText] + overview.sources, facts: integrity),
        ]
    }

    private var integrity: [ReportField] {
        let statement = frame.input.integrity
        var facts = [ReportField("Gecontroleerd", .text("het hele logboek: keten, vingerafdrukken, handtekeningen en inhoud"))]
        if let last = frame.lastContent {
            facts.append(ReportField("Laatste vastlegging in dit dossier", .text("#\(last.seq), vingerafdruk \(frame.input.hashes[last.seq] ?? "")")))
        }
        if let size = statement.checkpointSize, let root = statement.checkpointRoot {
            facts.append(ReportField("Controlepunt", .text("\(size) vastleggingen, wortel \(root)")))
        }
        if let key = statement.verifierKey { facts.append(ReportField("Sleutel om te controleren", .text(key))) }
        return facts
    }

    private static let integrityText = """
        Elke vastlegging is ondertekend en aan de vorige gekoppeld met een vingerafdruk (hash, SHA-256). Elke vastlegging in \
        dit dossier noemt haar volgnummer (#) en vingerafdruk, zodat een controleur haar in het logboek terugvindt. Met het \
        bewijsbestand dat bij dit dossier hoort, controleert ieder het dossier zonder het logboek: `logboek bundle verify \
        BEWIJSBESTAND --document DOSSIER --key SLEUTEL` of `python3 tools/verify.py --bundle BEWIJSBESTAND --document DOSSIER \
        --key SLEUTEL`. De vingerafdruk van het bewijsbestand zelf staat in het logboek, bij het uitreiken van dit dossier.
        """
}
