/// Dutch labels for the afwegingskader: the answers and the route they lead to.
enum AfwegingLabels {
    /// The Dutch label of an answer to an afweging.
    static func answer(_ answer: AfwegingAnswer) -> String {
        let choices = switch answer.afweging {
        case 1: Vocabulary.afweging1
        case 2: Vocabulary.afweging2
        default: Vocabulary.answers
        }
        return choices.first { $0.value == answer.answer }?.label ?? answer.answer
    }
}

extension RouteAction {
    /// What the afwegingskader asks next, in Dutch.
    public var dutchText: String {
        switch self {
        case .weighSuspicion: "het vermoeden wegen (afweging 1)"
        case .recordAndClose: "vastleggen en het dossier sluiten"
        case .weighSafety: "acute en structurele onveiligheid wegen (afweging 2)"
        case .meldingNow: "nu melden bij Veilig Thuis"
        case .askAdvice: "(opnieuw) advies vragen aan Veilig Thuis"
        case .weighHelp: "wegen of hulp mogelijk is (afweging 3)"
        case .melding: "melden bij Veilig Thuis"
        case .weighAcceptance: "wegen of de hulp wordt aanvaard (afweging 4)"
        case .organiseHelp: "hulp organiseren met een termijn en een casusregisseur, daarna afweging 5"
        case .closeWithMonitoring: "de hulp afsluiten met afspraken over monitoring"
        }
    }
}

extension CasePhase {
    /// Where the case stands, in Dutch.
    public var dutchName: String {
        switch self {
        case .open: "open"
        case .meldingMade: "melding gedaan bij Veilig Thuis"
        case .helpRunning: "hulp loopt"
        case .closed: "gesloten"
        case .redirected: "doorverwezen (buiten het stappenplan)"
        }
    }
}
