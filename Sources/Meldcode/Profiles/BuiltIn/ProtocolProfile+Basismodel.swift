import Ledger

extension ProtocolProfile {
    /// Every role of a professional who works with pupils (all but the office's `administratie` and the board).
    static let professionalRoles: [Role] = Role.allCases.filter { $0 != .administratie && $0 != .bestuur }.sorted()

    /// The national basismodel, as PCPO Rijssen adopted it (seed 001): the default when a logbook adopted none.
    public static let basismodel = ProtocolProfile(
        name: "basismodel", title: "Basismodel meldcode (landelijk, zoals vastgesteld door PCPO Rijssen)", version: 1,
        source: .basismodel,
        decision: DecisionRule(
            deciders: professionalRoles, mustConsult: [], forum: .individueel,
            citations: [Citation(.basismodel, 217, 218, "komt de beroepskracht, zo nodig ondersteund door deskundigen, tot een besluit")],
            note: "The basismodel leaves the decision to the professional who saw the signals; any professional role may decide."),
        melder: MelderRule(
            melders: professionalRoles, mustInform: [], agreedIn: .individueel,
            citations: [Citation(.basismodel, 231, 232, "dan doet hij een melding")]),
        consultation: ConsultationRule(
            mustConsult: [],
            citations: [Citation(.basismodel, 485, 485, "Bespreek de signalen met een deskundige collega.")],
            note: "Any knowledgeable colleague; no role is named."),
        parentConversation: ParentConversationRule(
            attendAnyOf: [],
            citations: [Citation(
                .basismodel, 187, 188,
                "Normaal gesproken zal er, als het om een minderjarige cliënt gaat, ook een gesprek over de signalen worden gevoerd met de ouder(s)")],
            note: "The basismodel names no one who must attend."),
        weighing: WeighingRule(
            forum: .individueel, usesAfwegingskader: true,
            citations: [
                Citation(.basismodel, 522, 523, "Weeg op basis van de signalen, van het ingewonnen advies en van het gesprek met de cliënt het risico"),
                .afwegingskaderSince2019,
            ],
            note: "Seed 001 predates the afwegingskader, which every meldcode follows since 1 January 2019 (003)."),
        veiligThuisFeedback: VeiligThuisFeedbackRule(
            workingDays: 5,
            citations: [
                .veiligThuisFiveWorkingDays,
                Citation(.basismodel, 321, 322, "houdt melders op de hoogte van de uitkomsten van het onderzoek"),
            ],
            note: "Seed 001 says Veilig Thuis reports back but names no term; the 5 working days are the afwegingskader's (002)."),
        recording: .defaultTerm([
            Citation(
                .basismodel, 461, 462,
                "Breng de signalen die een vermoeden van huiselijk geweld of kindermishandeling bevestigen of ontkrachten in kaart en leg deze vast.")
        ]),
        ageRule: .basismodel,
        specificForms: .basismodel,
        followUp: nil,
        verwijsindex: CitedRequirement(citations: [
            Citation(.basismodel, 58, 59, "beide acties bij vermoedens van kindermishandeling aan de orde zijn")
        ]))
}
