import Meldcode

/// The Dutch words of the pages for what `Meldcode` names with slugs: where a case stands, what is awaited, what
/// the afwegingskader asks now.
enum DutchText {
    /// Where a case stands.
    static func phase(_ phase: CasePhase) -> String {
        switch phase {
        case .open: "open"
        case .meldingMade: "melding gedaan"
        case .helpRunning: "hulp loopt"
        case .closed: "gesloten"
        case .redirected: "doorverwezen"
        }
    }

    /// What is awaited, and when.
    static func pending(_ action: PendingAction) -> String {
        let due = DutchDate.text(action.due)
        return switch action.kind {
        case .veiligThuisFeedback: "Terugkoppeling van Veilig Thuis op de melding (#\(action.seq)), uiterlijk \(due)"
        case .helpTerm: "De termijn van de hulp (#\(action.seq)) loopt af op \(due): evalueer het resultaat (afweging 5)"
        case .monitoring: "Volg de afspraken na de evaluatie van de hulp (#\(action.seq)), uiterlijk \(due)"
        }
    }

    /// What the afwegingskader asks now.
    static func route(_ action: RouteAction) -> String {
        switch action {
        case .weighSuspicion: "weeg het vermoeden (afweging 1)"
        case .recordAndClose: "leg vast en sluit het dossier"
        case .weighSafety: "weeg of er acute of structurele onveiligheid is (afweging 2)"
        case .meldingNow: "meld nu bij Veilig Thuis"
        case .askAdvice: "vraag Veilig Thuis (opnieuw) om advies"
        case .weighHelp: "weeg of hulp mogelijk is (afweging 3)"
        case .melding: "meld bij Veilig Thuis"
        case .weighAcceptance: "weeg of de hulp wordt aanvaard (afweging 4)"
        case .organiseHelp: "organiseer hulp met een termijn en een casusregisseur, dan afweging 5"
        case .closeWithMonitoring: "sluit de hulp af met afspraken over het volgen"
        }
    }

    /// An afweging's answer in the words of the afwegingskader (the slug when the vocabulary does not name it).
    static func afweging(_ answer: AfwegingAnswer) -> String {
        let choices = answer.afweging == 1 ? Vocabulary.afweging1 : answer.afweging == 2 ? Vocabulary.afweging2 : Vocabulary.answers
        return choices.first { $0.value == answer.answer }?.label ?? answer.answer
    }

    /// How a hypothesis stands.
    static func standing(_ record: HypothesisRecord) -> String {
        switch record.standing {
        case .open: "nog open"
        case .confirmed: "bevestigd" + (record.settledBy.map { " (#\($0))" } ?? "")
        case .refuted: "ontkracht" + (record.settledBy.map { " (#\($0))" } ?? "")
        }
    }

    /// The heading of a case: its id and the child.
    static func heading(_ snapshot: CaseSnapshot) -> String {
        guard let child = snapshot.state.child else { return "Dossier \(snapshot.state.id)" }
        return "Dossier \(snapshot.state.id): \(child.name)" + (child.group.map { " (\($0))" } ?? "")
    }
}
