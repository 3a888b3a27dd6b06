/// The stable codes of findings: where a case's record departs from the meldcode or the school's profile.
/// Each names the seed lines it comes from and its usual severity.
public enum FindingCode: String, Sendable, Equatable, CaseIterable {
    /// A melding without any signal recorded before it (step 1).
    case meldingWithoutSignals = "melding-without-signals"
    /// A melding without a consultation before it (step 2).
    case meldingWithoutConsultation = "melding-without-consultation"
    /// A melding without a conversation, or a conversation skipped for a permitted reason, before it (step 3).
    case meldingWithoutConversation = "melding-without-conversation"
    /// A melding not discussed beforehand with whom the age rule names, nor skipped for a permitted reason.
    case meldingNotDiscussedByAge = "melding-not-discussed-by-age"
    /// Acute or structural unsafety (or doubt) weighed, and no melding after it (meldnorm A).
    case unsafetyWithoutMelding = "unsafety-without-melding"
    /// Help not possible or not accepted (afweging 3 or 4 = no), and no melding after it (meldnorm B).
    case noHelpWithoutMelding = "no-help-without-melding"
    /// Help that did not reach its result (afweging 5 = no), and no melding after it (meldnorm C).
    case failedHelpWithoutMelding = "failed-help-without-melding"
    /// Help accepted without help organised after it, or help whose term is not after the day it was organised.
    case helpWithoutTermOrCaseManager = "help-without-term-or-case-manager"
    /// Hypotheses neither confirmed nor refuted when the case was closed.
    case hypothesesOpenAtClosing = "hypotheses-open-at-closing"
    /// A decision on a melding by no one holding a role the profile lets decide.
    case deciderNotAllowed = "decider-not-allowed"
    /// A decision on a melding without consulting the roles the profile requires.
    case decisionWithoutRequiredConsultation = "decision-without-required-consultation"
    /// A melding made by no one holding a role the profile lets make it.
    case melderNotAllowed = "melder-not-allowed"
    /// Step 2 without a consultation of the roles the profile requires (e.g. always the IB'er).
    case requiredConsultationMissing = "required-consultation-missing"
    /// A conversation with the parents without anyone holding a role the profile requires to attend.
    case parentConversationWithoutRequiredAttendee = "parent-conversation-without-required-attendee"
    /// Veilig Thuis has not reported back within the profile's working days after a melding.
    case veiligThuisFeedbackOverdue = "veiligthuis-feedback-overdue"
    /// Specific forms of violence weighed without Veilig Thuis advice in the case.
    case specificFormsWithoutAdvice = "specific-forms-without-advice"
    /// A melding made, or a case closed with a concern, and a verwijsindex registration never weighed.
    case verwijsindexNotWeighed = "verwijsindex-not-weighed"
    /// A record made more working days after what it records than the profile allows.
    case lateRecord = "late-record"
    /// A weighing by one person where the profile names a forum that weighs (zorgteam, ondersteuningsteam, ZBO).
    case weighingWithoutForum = "weighing-without-forum"
    /// A decision on a melding by one person where the profile names a forum that decides.
    case decisionWithoutForum = "decision-without-forum"
    /// A melding not agreed in the forum the profile names: no decision on it taken by more than one person.
    case meldingNotAgreedInForum = "melding-not-agreed-in-forum"
    /// A melding reporting information from a third party without naming that party among its other sources.
    case otherSourceNotNamed = "other-source-not-named"
    /// A conversation whose purpose was not explained, or with an interpretation given before facts were presented.
    case conversationNotAsPrescribed = "conversation-not-as-prescribed"
    /// Afweging 2 = doubt where the profile asks for Veilig Thuis advice, and neither advice nor a melding after it.
    case doubtWithoutAdvice = "doubt-without-advice"
    /// A melding without a conversation with the child, nor a recorded decision not to hold one, where the age rule involves the child.
    case childConversationNotRecorded = "child-conversation-not-recorded"
    /// A case closed after a melding or help without following up its effects, where the profile has step 6.
    case closedWithoutFollowUp = "closed-without-followup"
    /// A melding that no one holding a role the profile requires to be informed (the director, the bevoegd gezag) knew of.
    case informedRoleNotInformed = "informed-role-not-informed"
    /// A melding without a weighing (afwegingskader) recorded before it or on or before its day.
    case meldingWithoutWeighing = "melding-without-weighing"
    /// The term of organised help has passed without an evaluation (afweging 5).
    case helpTermPassedWithoutEvaluation = "help-term-passed-without-evaluation"
    /// Acute or structural unsafety (or doubt) weighed, and the melding made on a later day, not at once.
    case unsafetyMeldingDelayed = "unsafety-melding-delayed"

    /// The code's usual severity.
    public var severity: FindingSeverity {
        switch self {
        case .hypothesesOpenAtClosing, .parentConversationWithoutRequiredAttendee, .melderNotAllowed, .veiligThuisFeedbackOverdue,
             .verwijsindexNotWeighed, .lateRecord, .meldingNotAgreedInForum, .conversationNotAsPrescribed, .closedWithoutFollowUp,
             .helpTermPassedWithoutEvaluation:
            .notice
        default:
            .warning
        }
    }

    /// The seed lines the rule behind the code comes from.
    public var citation: Citation {
        switch self {
        case .meldingWithoutSignals, .meldingWithoutConsultation, .meldingWithoutConversation:
            Citation(.basismodel, 72, 73, "Waar het om gaat, is dat de beroepskracht op enig moment in het proces")
        case .meldingNotDiscussedByAge:
            Citation(.basismodel, 563, 564, "Bespreek uw melding vooraf met uw cliënt (vanaf 12 jaar) en of met de ouder")
        case .unsafetyWithoutMelding:
            Citation(.klimtoren, 281, 281, "In ALLE gevallen van acute onveiligheid en/of structurele onveiligheid.")
        case .noHelpWithoutMelding:
            Citation(.klimtoren, 282, 282, "in onvoldoende mate effectieve hulp kan bieden of kan organiseren")
        case .failedHelpWithoutMelding:
            Citation(.klimtoren, 283, 283, "constateert dat de onveiligheid niet stopt of zich herhaalt")
        case .helpWithoutTermOrCaseManager:
            Citation(.klimtoren, 259, 259, "termijn afspreken waarop effect meetbaar of merkbaar moet zijn")
        case .hypothesesOpenAtClosing:
            Citation(.klimtoren, 73, 73, "Maak een vervolgaantekening als een hypothese of veronderstelling later wordt bevestigd of ontkracht.")
        case .deciderNotAllowed, .decisionWithoutRequiredConsultation:
            Citation(.klimtoren, 207, 207, "De directeur is, in overleg met de ib-er, verantwoordelijk voor de beslissing")
        case .melderNotAllowed:
            Citation(.pro8, 220, 222, "Vanuit school meldt of de directeur of de IB-er")
        case .requiredConsultationMissing:
            Citation(.klimtoren, 96, 96, "Besprek de signalen met een collega, maar altijd met de Ib'er.")
        case .parentConversationWithoutRequiredAttendee:
            Citation(.klimtoren, 110, 110, "dit gesprek wordt altijd gevoerd met de lb'er of directeur erbij")
        case .veiligThuisFeedbackOverdue:
            Citation(.klimtoren, 249, 249, "die binnen 5 werkdagen een besluit neemt en terugkoppelt naar de melder")
        case .specificFormsWithoutAdvice:
            Citation(.klimtoren, 104, 104, "vraag dan altijd advies aan Veilig Thuis over uw vervolgstappen")
        case .verwijsindexNotWeighed:
            Citation(.basismodel, 57, 59, "niet gaat om een keuze tussen een melding")
        case .lateRecord:
            Citation(.basismodel, 90, 91, "Hij legt deze signalen vast")
        case .weighingWithoutForum:
            Citation(.zorgteam, 133, 134, "Deze stap vraagt van de leerkracht dat hij met het zorgteam het risico op")
        case .decisionWithoutForum:
            Citation(.zorgteam, 140, 142, "komt de leerkracht met het zorgteam die binnen de school")
        case .meldingNotAgreedInForum:
            Citation(.zorgteam, 159, 161, "Meent het zorgteam dat het met zijn organisatie of praktijk niet in staat is om de leerling")
        case .otherSourceNotNamed:
            Citation(.zorgteam, 166, 167, "Meldt de melder ook feiten en gebeurtenissen die anderen hebben gezien of gehoord")
        case .conversationNotAsPrescribed:
            Citation(.zorgteam, 58, 68, "en pas na deze reactie zo nodig komt met een interpretatie")
        case .doubtWithoutAdvice:
            Citation(.zorgteam, 136, 136, "Bij twijfel moet altijd (opnieuw) advies worden gevraagd aan Veilig Thuis.")
        case .closedWithoutFollowUp:
            Citation(.innoord, 163, 164, "De school is dan ook bij uitstek de instelling die het kind kan volgen en kan zien of de ingestelde hulp effect heeft.")
        case .childConversationNotRecorded:
            Citation(.zorgteam, 93, 95, "Ook als een leerling nog jong is, is het van belang dat de leerkracht het gesprek met hem")
        case .informedRoleNotInformed:
            Citation(.pro8, 220, 224, "waarbij de directeur als eindverantwoordelijk van de melding op de hoogte is")
        case .meldingWithoutWeighing:
            .afwegingskaderSince2019
        case .helpTermPassedWithoutEvaluation:
            Citation(.klimtoren, 263, 263, "Leidt de hulp binnen de afgesproken termijn tot de afgesproken resultaten")
        case .unsafetyMeldingDelayed:
            Citation(.klimtoren, 243, 243, "direct (telefonisch) (anoniem) melding doen bij Veilig Thuis")
        }
    }
}
