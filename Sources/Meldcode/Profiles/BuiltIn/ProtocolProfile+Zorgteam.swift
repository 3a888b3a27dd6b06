import Ledger

extension ProtocolProfile {
    /// The school protocol of seed 004: after step 2 a zorgteam (teacher, interne vertrouwenspersoon,
    /// ondersteuningscoach, schoolleider) is formed, which weighs, decides and makes the melding.
    public static let zorgteam = ProtocolProfile(
        name: "zorgteam", title: "Protocol huiselijk geweld en kindermishandeling (zorgteam)", version: 2, source: .zorgteam,
        decision: DecisionRule(
            deciders: zorgteamRoles, mustConsult: [], forum: .zorgteam,
            citations: [
                Citation(.zorgteam, 140, 141, "komt de leerkracht met het zorgteam die binnen de school verantwoordelijk zijn voor de beslissing"),
                Citation(.zorgteam, 31, 33, "Na dit overleg wordt er een zorgteam samengesteld zodat de leerkracht de zorg kan delen."),
            ]),
        melder: MelderRule(
            melders: zorgteamRoles, mustInform: [], agreedIn: .zorgteam,
            citations: [Citation(.zorgteam, 159, 161, "Meent het zorgteam dat het met zijn organisatie of praktijk niet in staat is om de leerling")]),
        consultation: ConsultationRule(
            mustConsult: [],
            citations: [
                Citation(
                    .zorgteam, 22, 23,
                    "Om de signalen die in kaart zijn gebracht goed te kunnen duiden, is overleg met een deskundige collega noodzakelijk.")
            ],
            note: "A knowledgeable colleague (vertrouwenspersoon, ondersteuningscoach or zorg- en adviesteam); then the zorgteam is formed."),
        parentConversation: ParentConversationRule(
            attendAnyOf: [],
            citations: [
                Citation(
                    .zorgteam, 117, 118,
                    "Normaal gesproken zal er, als het om een minderjarige leerling gaat, ook een gesprek over de signalen worden gevoerd met de ouder(s).")
            ],
            note: "The protocol names no one who must attend."),
        weighing: WeighingRule(
            forum: .zorgteam, usesAfwegingskader: true,
            citations: [
                Citation(.zorgteam, 133, 134, "Deze stap vraagt van de leerkracht dat hij met het zorgteam het risico op huiselijk geweld of kindermishandeling inschat"),
                .afwegingskaderSince2019,
            ]),
        doubt: DoubtRule(
            route: .veiligThuisAdvice,
            citations: [Citation(.zorgteam, 136, 136, "Bij twijfel moet altijd (opnieuw) advies worden gevraagd aan Veilig Thuis.")],
            note: "The protocol asks for Veilig Thuis advice in doubt, where the afwegingskader (002) asks for a melding at once."),
        veiligThuisFeedback: VeiligThuisFeedbackRule(
            workingDays: 5,
            citations: [
                .veiligThuisFiveWorkingDays,
                Citation(.zorgteam, 243, 244, "Veilig Thuis houdt melders op de hoogte van de uitkomsten van het onderzoek"),
            ],
            note: "The protocol names no term; the afwegingskader's 5 working days apply (002)."),
        recording: .defaultTerm([
            Citation(.zorgteam, 8, 8, "Hij legt de signalen vast"),
            Citation(.zorgteam, 11, 11, "Dit doet hij in het dossier van de leerling (in het voor ouders afgesloten deel)."),
        ]),
        ageRule: AgeRule(
            bands: [AgeBand(0, 11, .parents), AgeBand(12, 15, .childOrParents), AgeBand(16, nil, .child)],
            citations: [
                Citation(.zorgteam, 186, 187, "Is de leerling nog geen 12 jaar oud, dan voert de leerkracht het gesprek zoals hierboven beschreven met de ouder(s) van de leerling."),
                Citation(.zorgteam, 192, 193, "Is de leerling al wel 12 maar nog geen 16 jaar dan wordt het gesprek gevoerd met de leerling en of met de ouder."),
                .basismodelFromTwelve,
            ],
            note: "The protocol is silent from 16; the basismodel's band applies."),
        specificForms: .basismodel,
        followUp: nil,
        verwijsindex: nil)

    /// The roles of the zorgteam's members (004, lines 33-41).
    private static let zorgteamRoles: [Role] = [.directeur, .leerkracht, .ondersteuningscoach, .vertrouwenspersoon, .zorgteamLid]
}
