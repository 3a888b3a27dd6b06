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

extension RouteRequirement {
    /// What the afwegingskader required, in Dutch: the answer it followed from and the action, e.g.
    /// "na afweging 5 (nee) vroeg het afwegingskader: melden bij Veilig Thuis (meldnorm C)".
    public var dutchText: String {
        let trigger = basedOn.map { "na afweging \($0.afweging) (\(AfwegingLabels.answer($0)))" } ?? "voor de eerste afweging"
        let norm = meldnorm.map { " (meldnorm \($0))" } ?? ""
        return "\(trigger) vroeg het afwegingskader: \(action.dutchText)\(norm)"
    }
}

extension PendingAction {
    /// What was awaited, in Dutch, naming the event that started the wait as the reader sees it.
    /// - Parameter event: How the reader names an event of the case by its seq.
    /// - Returns: E.g. "terugkoppeling van Veilig Thuis op #38 melding bij Veilig Thuis van 3 november 2026, uiterlijk 10 november 2026".
    public func dutchText(naming event: (Int) -> String) -> String {
        let due = DutchDate.text(self.due)
        return switch kind {
        case .veiligThuisFeedback: "terugkoppeling van Veilig Thuis op \(event(seq)), uiterlijk \(due)"
        case .helpTerm: "de termijn van \(event(seq)) liep af op \(due): het resultaat evalueren (afweging 5)"
        case .monitoring: "de monitoring opvolgen die is afgesproken bij \(event(seq)), uiterlijk \(due)"
        }
    }
}
