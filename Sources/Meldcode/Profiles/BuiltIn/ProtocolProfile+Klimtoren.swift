extension ProtocolProfile {
    /// Wolderwijs / KC De Klimtoren (seed 002): the director decides in consultation with the IB'er, step 2
    /// always with the IB'er, the IB'er or the director at every conversation with parents, Veilig Thuis
    /// advice for the specific forms of violence.
    public static let klimtoren = ProtocolProfile(
        name: "klimtoren", title: "KC De Klimtoren (Stichting Wolderwijs)", version: 1, source: .klimtoren,
        decision: DecisionRule(
            deciders: [.directeur], mustConsult: [.internBegeleider], forum: .individueel,
            citations: [
                Citation(.klimtoren, 153, 153, "De directeur is, in overleg met de lb'er, verantwoordelijk voor de uiteindelijke beslissing"),
                Citation(.klimtoren, 207, 207, "De directeur is, in overleg met de ib-er, verantwoordelijk voor de beslissing om al dan niet een melding te doen."),
            ]),
        melder: MelderRule(
            melders: [.directeur, .internBegeleider, .jgz], mustInform: [.directeur], agreedIn: .zorgteam,
            citations: [
                Citation(.klimtoren, 165, 167, "meld uw vermoeden bij Veilig Thuis"),
                Citation(.klimtoren, 189, 189, "bijvoorbeeld iemand van de jeugdgezondheidszorg"),
                Citation(.klimtoren, 80, 80, "De intern begeleider en de directeur geven het signaal in ieder geval door aan elkaar."),
            ],
            note: "The director decides; 002 recommends that someone other than the teacher or IB'er, e.g. from the JGZ, makes the melding, agreed in the zorgteam."),
        consultation: ConsultationRule(
            mustConsult: [.internBegeleider],
            citations: [
                Citation(.klimtoren, 96, 96, "Besprek de signalen met een collega, maar altijd met de Ib'er."),
                Citation(.klimtoren, 80, 80, "Een leerkracht/pedagogisch medewerker is verplicht het signaal door te geven aan de intern begeleider."),
            ]),
        parentConversation: ParentConversationRule(
            attendAnyOf: [.directeur, .internBegeleider],
            citations: [Citation(.klimtoren, 110, 110, "dit gesprek wordt altijd gevoerd met de lb'er of directeur erbij")]),
        weighing: WeighingRule(
            forum: .individueel, usesAfwegingskader: true,
            citations: [
                Citation(.klimtoren, 130, 130, "het afwegingskader (nieuw in de meldcode)"),
                Citation(.klimtoren, 225, 225, "Uitwerking van de vijf afwegingsvragen en beslissingen in stappen 4 en 5 van de meldcode"),
            ],
            note: "The location's professionals weigh with the IB'er and, in doubt, Veilig Thuis; no team is named for step 4."),
        veiligThuisFeedback: VeiligThuisFeedbackRule(workingDays: 5, citations: [.veiligThuisFiveWorkingDays]),
        recording: .defaultTerm([
            Citation(.klimtoren, 69, 69, "Dit dient te worden vastgelegd in Parnassys (notitie leerling)."),
            Citation(.klimtoren, 74, 74, "Vermeld altijd de bron en datum als er informatie van derden wordt vastgelegd."),
        ]),
        ageRule: AgeRule(
            bands: [AgeBand(0, 11, .parents), AgeBand(12, 15, .childOrParents), AgeBand(16, nil, .child)],
            citations: [
                Citation(
                    .klimtoren, 171, 171,
                    "Bespreek uw melding vooraf met uw cliënt (vanaf 12 jaar) en of met de ouder (als de cliënt nog geen 16 jaar oud is).")
            ],
            note: "Under 12 with the parents, as the child is named only from 12; from 16 with the child, as the parent only until then."),
        specificForms: SpecificFormsRule(
            adviceRequiredFor: [.eergerelateerdGeweld, .huwelijksdwang, .ouderenmishandeling, .seksueelMisbruik, .vrouwelijkeGenitaleVerminking],
            citations: [
                Citation(
                    .klimtoren, 104, 104,
                    "zoals eer gerelateerd geweld, huwelijksdwang, seksueel misbruik en vrouwelijke genitale verminking, of ouderenmishandeling, vraag dan altijd advies aan Veilig Thuis"),
                Citation(.klimtoren, 79, 79, "wordt geadviseerd om altijd vooraf overleg te voeren met experts"),
            ],
            note: "002 asks for this advice where the location lacks knowledge of these forms; the profile asks for it always."),
        followUp: nil,
        verwijsindex: nil)
}
