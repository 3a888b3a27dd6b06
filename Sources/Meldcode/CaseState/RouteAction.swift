/// What the afwegingskader requires next (002 Bijlage 1, lines 227-267).
public enum RouteAction: String, Sendable, Equatable, CaseIterable {
    /// No afweging yet: after steps 1–3, weigh the suspicion (afweging 1).
    case weighSuspicion = "weigh-suspicion"
    /// Afweging 1 = no concern: record and close the dossier (line 231).
    case recordAndClose = "record-and-close"
    /// Afweging 1 = strong suspicion: weigh acute and structural unsafety (afweging 2, line 235).
    case weighSafety = "weigh-safety"
    /// Afweging 2 = acute, structural or doubt: melding at once (line 243, meldnorm A).
    case meldingNow = "melding-now"
    /// Afweging 2 = doubt, where the profile asks for advice first: ask Veilig Thuis for (renewed) advice (004 line 136).
    case askAdvice = "ask-veilig-thuis-advice"
    /// Afweging 2 = no: can effective help be offered or organised (afweging 3, line 241)?
    case weighHelp = "weigh-help"
    /// Afweging 3 or 4 = no (meldnorm B) or afweging 5 = no (meldnorm C): melding (lines 249, 257, 265).
    case melding
    /// Afweging 3 = yes: do those involved accept the help (afweging 4, line 251)?
    case weighAcceptance = "weigh-acceptance"
    /// Afweging 4 = yes: start the help with a term and a case manager, then afweging 5 (line 259).
    case organiseHelp = "organise-help"
    /// Afweging 5 = yes: close the help with recorded agreements on monitoring (line 267).
    case closeWithMonitoring = "close-with-monitoring"

    /// What the action asks, in English with the Dutch terms.
    public var text: String {
        switch self {
        case .weighSuspicion: "weigh the suspicion (afweging 1)"
        case .recordAndClose: "record and close the dossier"
        case .weighSafety: "weigh acute and structural unsafety (afweging 2)"
        case .meldingNow: "melding now"
        case .askAdvice: "ask Veilig Thuis for (renewed) advice"
        case .weighHelp: "weigh whether help is possible (afweging 3)"
        case .melding: "melding"
        case .weighAcceptance: "weigh whether the help is accepted (afweging 4)"
        case .organiseHelp: "organise help with a term and a case manager, then afweging 5"
        case .closeWithMonitoring: "close the help with agreements on monitoring"
        }
    }

    /// The event types that carry out the action, if any.
    var metByTypes: [EventType] {
        switch self {
        case .recordAndClose: [.caseClosed]
        case .meldingNow, .melding: [.meldingMade]
        case .organiseHelp: [.helpOrganised]
        case .closeWithMonitoring: [.followupRecorded, .caseClosed]
        case .askAdvice: [.consultationHeld]
        case .weighSuspicion, .weighSafety, .weighHelp, .weighAcceptance: []
        }
    }
}
