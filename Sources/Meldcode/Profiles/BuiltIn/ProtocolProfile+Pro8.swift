extension ProtocolProfile {
    /// PRO8 (praktijkonderwijs, seed 000): the ondersteuningsteam weighs and decides, the director or the IB'er
    /// makes the melding with the director informed, pupil and parents both hear of it from 12 to 15, a
    /// follow-up step, and the verwijsindex.
    public static let pro8 = ProtocolProfile(
        name: "pro8", title: "PRO8 (praktijkonderwijs)", version: 1, source: .pro8,
        decision: DecisionRule(
            deciders: [.directeur, .internBegeleider], mustConsult: [], forum: .ondersteuningsteam,
            citations: [
                Citation(.pro8, 216, 216, "School, het ondersteuningsteam en/of de buurtcoach/jeugdconsulent organiseert"),
                Citation(.pro8, 218, 220, "wordt er overlegd óf en zo ja wie er een melding doet bij Veilig Thuis"),
            ],
            note: "PRO8 decides in the ondersteuningsteam; for the school the director or the IB'er, who make the melding, record the decision."),
        melder: MelderRule(
            melders: [.directeur, .internBegeleider], mustInform: [.directeur], agreedIn: .ondersteuningsteam,
            citations: [
                Citation(
                    .pro8, 220, 224,
                    "Vanuit school meldt of de directeur of de IB-er (waarbij de directeur als eindverantwoordelijk van de melding op de hoogte is)"),
                Citation(.pro8, 196, 196, "De IB-er informeert de directeur, ook bij de vervolgstappen."),
            ]),
        consultation: ConsultationRule(
            mustConsult: [.internBegeleider],
            citations: [Citation(.pro8, 186, 186, "De leerkracht bespreekt de waargenomen signalen met de intern begeleider")]),
        parentConversation: ParentConversationRule(
            attendAnyOf: [],
            citations: [Citation(.pro8, 170, 174, "School gaat met ouders in gesprek over de waargenomen signalen")],
            note: "PRO8 names no one who must attend."),
        weighing: WeighingRule(
            forum: .ondersteuningsteam, usesAfwegingskader: true,
            citations: [
                Citation(.pro8, 202, 204, "De signalen, het ingewonnen advies en de informatie uit het gesprek met ouders worden op school besproken, eventueel in het ondersteuningsteam"),
                .afwegingskaderSince2019,
            ]),
        veiligThuisFeedback: VeiligThuisFeedbackRule(
            workingDays: 5, citations: [.veiligThuisFiveWorkingDays],
            note: "PRO8's meldcode names no term; the afwegingskader's 5 working days apply (002)."),
        recording: .defaultTerm([
            Citation(.pro8, 260, 262, "zorgen/zorgt voor verslaglegging van genomen stappen en acties en gebeurtenissen en feiten in de vorm van een logboek")
        ]),
        ageRule: AgeRule(
            bands: [AgeBand(0, 11, .parents), AgeBand(12, 15, .childAndParents), AgeBand(16, nil, .child)],
            citations: [
                Citation(.pro8, 286, 288, "Als de jongere 12 jaar is en nog geen 16 dan moet met hem / haar én met ouders vooraf over een melding worden gesproken"),
                .basismodelUnderTwelve, .basismodelFromTwelve,
            ],
            note: "PRO8 requires both the pupil and the parents from 12 to 15; the other bands follow the basismodel."),
        specificForms: .basismodel,
        followUp: CitedRequirement(
            citations: [Citation(.pro8, 244, 254, "Tenslotte wordt er nazorg geboden en wordt de aanpak geëvalueerd")],
            note: "PRO8 numbers it step 5, as weighing and deciding are its steps 3 and 4."),
        verwijsindex: CitedRequirement(citations: [
            Citation(.pro8, 278, 280, "In geval van een vermoeden van kindermishandeling zal ook afgewogen moeten worden om te melden in de verwijsindex")
        ]))
}
