import Ledger

extension Role {
    /// The role's Dutch name, as a report shows it.
    public var dutchName: String {
        switch self {
        case .leerkracht: "leerkracht"
        case .mentor: "mentor"
        case .pedagogischMedewerker: "pedagogisch medewerker"
        case .internBegeleider: "intern begeleider"
        case .directeur: "directeur"
        case .bestuur: "bestuur"
        case .aandachtsfunctionaris: "aandachtsfunctionaris"
        case .vertrouwenspersoon: "vertrouwenspersoon"
        case .ondersteuningscoach: "ondersteuningscoach"
        case .smw: "schoolmaatschappelijk werker"
        case .jgz: "jeugdgezondheidszorg"
        case .zorgteamLid: "lid van het zorgteam"
        case .administratie: "administratie"
        }
    }
}
