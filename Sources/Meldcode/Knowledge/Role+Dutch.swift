import Ledger

extension Role {
    /// The role as a Dutch noun with its article, for sentences (`de directeur`).
    public var dutchNoun: String {
        switch self {
        case .leerkracht: "de leerkracht"
        case .mentor: "de mentor"
        case .pedagogischMedewerker: "de pedagogisch medewerker"
        case .internBegeleider: "de intern begeleider"
        case .directeur: "de directeur"
        case .bestuur: "het bestuur"
        case .aandachtsfunctionaris: "de aandachtsfunctionaris"
        case .vertrouwenspersoon: "de vertrouwenspersoon"
        case .ondersteuningscoach: "de ondersteuningscoach"
        case .smw: "de schoolmaatschappelijk werker"
        case .jgz: "de jeugdgezondheidszorg"
        case .zorgteamLid: "het zorgteamlid"
        case .administratie: "de administratie"
        }
    }
}
