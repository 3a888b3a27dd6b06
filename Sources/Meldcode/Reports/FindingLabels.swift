extension FindingCode {
    /// What the finding says, as a plain Dutch sentence for a reader who does not know the code.
    public var dutchText: String {
        switch self {
        case .meldingWithoutSignals: "Er is gemeld zonder dat er eerst signalen waren vastgelegd (stap 1)."
        case .meldingWithoutConsultation: "Er is gemeld zonder collegiale consultatie of advies vooraf (stap 2)."
        case .meldingWithoutConversation: "Er is gemeld zonder gesprek met het kind of de ouders vooraf, en zonder geldige reden om het over te slaan (stap 3)."
        case .meldingNotDiscussedByAge: "De melding is vooraf niet besproken met wie dat volgens de leeftijd van het kind moet horen."
        case .unsafetyWithoutMelding: "Er is acute of structurele onveiligheid gewogen, maar (nog) niet gemeld (meldnorm A)."
        case .noHelpWithoutMelding: "Hulp was niet mogelijk of werd niet aanvaard, maar er is (nog) niet gemeld (meldnorm B)."
        case .failedHelpWithoutMelding: "De hulp bereikte haar resultaat niet, en er is nog niet gemeld (meldnorm C)."
        case .helpWithoutTermOrCaseManager: "De hulp is aanvaard, maar niet georganiseerd met een termijn en een casusregisseur."
        case .hypothesesOpenAtClosing: "Bij het sluiten van het dossier waren hypothesen nog niet bevestigd of ontkracht."
        case .deciderNotAllowed: "Het besluit over de melding is genomen door iemand die dat volgens het protocol niet mag."
        case .decisionWithoutRequiredConsultation: "Het besluit over de melding is genomen zonder overleg met wie het protocol daarvoor noemt."
        case .melderNotAllowed: "De melding is gedaan door iemand die volgens het protocol niet meldt."
        case .requiredConsultationMissing: "De consultatie is niet gehouden met wie het protocol altijd noemt (bijvoorbeeld de IB'er)."
        case .parentConversationWithoutRequiredAttendee: "Het gesprek met de ouders is gevoerd zonder wie het protocol erbij vraagt."
        case .veiligThuisFeedbackOverdue: "Veilig Thuis heeft niet binnen de termijn van het protocol teruggekoppeld."
        case .specificFormsWithoutAdvice: "Er zijn specifieke vormen van geweld gewogen zonder advies van Veilig Thuis."
        case .verwijsindexNotWeighed: "Er is niet gewogen of het kind in de verwijsindex moet worden gemeld."
        case .lateRecord: "Iets is later vastgelegd dan het protocol toestaat."
        case .weighingWithoutForum: "De weging is door één persoon gedaan, waar het protocol een team laat wegen."
        case .decisionWithoutForum: "Het besluit is door één persoon genomen, waar het protocol een team laat besluiten."
        case .meldingNotAgreedInForum: "De melding is niet in het team afgesproken dat het protocol noemt."
        case .otherSourceNotNamed: "De melding bevat informatie van anderen zonder die bron te noemen."
        case .conversationNotAsPrescribed: "Het gesprek is niet gevoerd zoals voorgeschreven: doel niet uitgelegd, of eerst een interpretatie en dan pas de feiten."
        case .doubtWithoutAdvice: "Bij twijfel is geen (nieuw) advies gevraagd aan Veilig Thuis en niet gemeld."
        case .childConversationNotRecorded: "Er is gemeld zonder gesprek met het kind en zonder vastgelegd besluit om dat niet te doen."
        case .closedWithoutFollowUp: "Het dossier is gesloten zonder te volgen of de melding of de hulp effect had."
        case .informedRoleNotInformed: "De directeur of het bevoegd gezag wist niet van de melding, terwijl het protocol dat vraagt."
        case .meldingWithoutWeighing: "Er is gemeld zonder weging met het afwegingskader vooraf."
        case .helpTermPassedWithoutEvaluation: "De termijn van de hulp is verstreken zonder evaluatie (afweging 5)."
        case .unsafetyMeldingDelayed: "Na een weging van acute of structurele onveiligheid is niet direct gemeld, maar pas later."
        }
    }
}

extension Citation {
    /// The citation as a Dutch source line, e.g. "002 r. 283: “constateert dat de onveiligheid niet stopt”".
    public var dutchText: String {
        let lines = firstLine == lastLine ? "r. \(firstLine)" : "r. \(firstLine)–\(lastLine)"
        return "\(seed.rawValue.prefix(3)) \(lines): “\(quote)”"
    }

    /// The quoted words alone, for a reader who is not looking for the source line: "“constateert dat …”".
    public var quoteText: String { "“\(quote)”" }
}
