/// The opening of a parents' report, in plain words: where the case stands and what happens next, whom to
/// contact at school, and what the parents may do (a copy, their own view, a correction: AVG art. 15 and 16).
/// In a protected case the summary says nothing a case without a melding would not say.
struct ParentsLetter {
    /// The report's frame.
    let frame: ReportFrame
    /// What the school decided for this report.
    let choices: ParentsChoices
    /// Whether the case is protected.
    let isProtected: Bool
    /// Whether a conversation with the parents was skipped for safety.
    let safetySkipped: Bool
    /// What the school's own words go through before the parents read them.
    let shield: (String) -> String

    /// The opening sections.
    var sections: [ReportSection] {
        [
            ReportSection("In het kort", paragraphs: summary),
            ReportSection("Uw contactpersoon op school", paragraphs: [contact]),
            ReportSection("Wat u kunt doen", paragraphs: Self.rights),
            ReportSection("Over dit verslag", paragraphs: [ClosedToParents.explanation] + judgement, facts: frame.caseFacts),
        ]
    }

    private var childName: String { frame.input.snapshot.state.child?.name ?? "uw kind" }

    private var summary: [String] {
        let opening = "De school maakt zich zorgen over \(childName) en heeft daarom vastgelegd wat zij zag, hoorde en deed. Scholen "
            + "werken dan met een vast stappenplan (de meldcode): zorgen zorgvuldig nagaan, erover praten en alles eerlijk opschrijven."
        let state = frame.input.snapshot.state
        let now: String
        switch state.phase {
        case .closed, .redirected: now = "Het dossier is gesloten. U hoeft niets te doen; met vragen kunt u altijd bij de school terecht."
        case .meldingMade where !isProtected:
            now = "De school heeft haar zorgen gemeld bij Veilig Thuis. Veilig Thuis bekijkt wat er nodig is en neemt zelf contact met u op. "
                + "De school blijft \(childName) volgen."
        case .helpRunning where !isProtected:
            now = "Er is hulp afgesproken. De school kijkt samen met u of die hulp werkt en bespreekt dat met u."
        default: now = "Het dossier is nog open. De school blijft \(childName) volgen en neemt contact met u op als er iets verandert."
        }
        return [opening, now]
    }

    private var contact: String {
        guard let contact = choices.contact?.trimmingCharacters(in: .whitespacesAndNewlines), !contact.isEmpty else {
            return "Hebt u vragen over dit verslag, neem dan contact op met de directie van de school via het algemene telefoonnummer of e-mailadres van de school."
        }
        return "Hebt u vragen over dit verslag, neem dan contact op met: \(contact)."
    }

    private var judgement: [String] {
        guard safetySkipped, let judgedSafe = choices.judgedSafe else { return [] }
        return [
            "De school sprak eerder niet met u, omdat dat de veiligheid van uw kind of van anderen in gevaar kon brengen. "
                + "Zij heeft daarna beoordeeld dat dit verslag met u gedeeld kan worden: \(isProtected ? shield(judgedSafe) : judgedSafe) "
                + "De toelichting bij dat besluit staat niet in dit verslag.",
        ]
    }

    /// What the parents may do, the same in every report.
    static let rights = [
        "U mag de school altijd om een kopie vragen van wat zij over uw kind heeft vastgelegd (artikel 15 AVG).",
        "U mag uw eigen kijk op wat hier staat laten toevoegen aan het dossier. Schrijf of vertel het aan uw contactpersoon.",
        "Staat er iets in dat niet klopt, dan kunt u de school vragen het te verbeteren (artikel 16 AVG). De school legt de "
            + "verbetering vast naast wat er stond; het oorspronkelijke blijft bewaard.",
        "Bent u het niet eens met hoe de school met deze gegevens omgaat, dan kunt u een klacht indienen bij de school of bij de "
            + "Autoriteit Persoonsgegevens.",
    ]
}
