extension ProtocolProfile {
    /// The Innoord schools (seed 003): weighing and deciding in the ZBO with youth-care partners, who agree
    /// who makes the melding; parents always, the pupil from 12; a sixth step "volgen en afsluiten".
    public static let innoord = ProtocolProfile(
        name: "innoord", title: "Scholen Innoord", version: 1, source: .innoord,
        decision: DecisionRule(
            deciders: [.directeur, .internBegeleider], mustConsult: [], forum: .zbo,
            citations: [
                Citation(
                    .innoord, 33, 35,
                    "de beslissing over al dan niet hulp in gang zetten en/of melden niet over te laten aan een leerkracht of de school alleen"),
                Citation(.innoord, 51, 52, "te beoordelen, te wegen en te beslissen welke stappen gezet moeten worden"),
            ],
            note: "The ZBO decides; for the school its IB'er or director records the decision, never a teacher alone."),
        melder: MelderRule(
            melders: [.directeur, .internBegeleider, .jgz, .leerkracht, .smw], mustInform: [], agreedIn: .zbo,
            citations: [
                Citation(.innoord, 309, 311, "De afweging wie de melding bij Veilig Thuis doet zal in elke specifieke situatie nadrukkelijk gemaakt moeten worden."),
                Citation(.innoord, 313, 314, "Het ZBO is de aangewezen plek om hierover afspraken te maken."),
            ]),
        consultation: ConsultationRule(
            mustConsult: [.internBegeleider],
            citations: [Citation(.innoord, 70, 70, "De leerkracht bespreekt de waargenomen signalen met collega’s en de intern begeleider.")]),
        parentConversation: ParentConversationRule(
            attendAnyOf: [],
            citations: [Citation(.innoord, 283, 284, "Bedenk vooraf of het wenselijk is het gesprek samen met een collega te voeren")],
            note: "Innoord asks the teacher to weigh bringing a colleague; it requires no one."),
        weighing: WeighingRule(
            forum: .zbo, usesAfwegingskader: true,
            citations: [
                Citation(.innoord, 141, 141, "Stap 4: Weging en risicotaxatie in het ZBO"),
                Citation(.innoord, 155, 155, "Het nieuwe afwegingskader wordt daarbij vanaf 1 januari 2019 benut."),
            ]),
        veiligThuisFeedback: VeiligThuisFeedbackRule(
            workingDays: 5,
            citations: [
                .veiligThuisFiveWorkingDays,
                Citation(.innoord, 339, 340, "Veilig Thuis is verplicht om de melder te informeren over de stappen die zijn gezet"),
            ],
            note: "Innoord names no term; the afwegingskader's 5 working days apply (002)."),
        recording: .defaultTerm([
            Citation(.innoord, 167, 168, "De school en het ZBO zorgen voor verslaglegging van genomen stappen en acties en gebeurtenissen en feiten.")
        ]),
        ageRule: AgeRule(
            bands: [AgeBand(0, 11, .parents), AgeBand(12, nil, .childAndParents)],
            citations: [
                Citation(
                    .innoord, 330, 331,
                    "De meest wenselijke situatie is dat het voornemen tot melding bij Veilig Thuis van tevoren ook met de ouders wordt besproken."),
                Citation(.innoord, 332, 333, "De melding wordt ook met de leerling besproken wanneer hij 12 jaar of ouder is."),
            ],
            note: "The parents are always involved (discussed, or at least informed); the pupil as well from 12; no separate band from 16."),
        specificForms: .basismodel,
        followUp: CitedRequirement(citations: [
            Citation(.innoord, 125, 125, "volgen en afsluiten"),
            Citation(.innoord, 163, 164, "De school is dan ook bij uitstek de instelling die het kind kan volgen en kan zien of de ingestelde hulp effect heeft."),
        ]),
        verwijsindex: nil)
}
