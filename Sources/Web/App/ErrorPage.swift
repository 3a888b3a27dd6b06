import Ledger
import Meldcode

/// The Dutch page of a refusal or a failure: a heading, a sentence, and a way back.
enum ErrorPage {
    /// A page with a status.
    static func response(_ status: HTTPStatus, _ title: String, _ sentence: String, person: (String, String)? = nil) -> HTTPResponse {
        .page(PageFrame(title: title, person: person, content: [
            Markup.tag("p", text: sentence), Markup.tag("p", [], [Markup.link("/overzicht", "Terug naar het overzicht")]),
        ]).html, status: status)
    }

    /// The page for an error thrown while reading or writing the logbook: no access, an erased case, a busy logbook,
    /// or a failure named by its code (never its content).
    static func response(for error: any Error, person: (String, String)?) -> HTTPResponse {
        switch error {
        case LedgerError.keyNotShared:
            return response(.forbidden, "Nog geen sleutel", "U bent lid van dit dossier, maar de sleutel is nog niet met u gedeeld. U krijgt die zodra een ander lid het dossier opent, of de beheerder de herstelsleutel gebruikt.", person: person)
        case LedgerError.noAccess:
            return response(.forbidden, "Geen toegang", "U bent geen lid van dit dossier en ziet de inhoud niet. Een coördinator kan u toegang geven.", person: person)
        case let error as MeldcodeError where error.code == "case-erased":
            return response(.notFound, "Dossier gewist", "De inhoud van dit dossier is gewist; alleen de integriteit van het logboek blijft te controleren.", person: person)
        case LedgerError.locked:
            return response(.unavailable, "Even geduld", "Het logboek is bezet door een andere handeling. Probeer het zo opnieuw.", person: person)
        case ReportError.noMeldingDecision(let id):
            return .page(PageFrame(title: "Nog geen besluit om te melden", person: person, content: [
                Markup.tag("p", text: "In dossier \(id) is nog niet besloten om bij Veilig Thuis te melden. U kunt de melding als concept bekijken."),
                Markup.tag("p", [], [Markup.link("/dossier/\(FormData.encode(id))/verslag/veilig-thuis?concept=ja", "Concept bekijken")]),
            ]).html, status: .notFound)
        case ReportError.unsafeForParents:
            return response(.forbidden, "Niet voor de ouders", "Het gesprek met de ouders is overgeslagen voor de veiligheid van het kind; dit verslag wordt niet zomaar aan hen gegeven. Maak het met de command line (logboek report ouders --safe-to-share) als de school het veilig acht.", person: person)
        case ReportError.caseNotFound, LedgerError.invalidInput:
            return response(.notFound, "Niet gevonden", "Dit dossier bestaat niet (of nog niet).", person: person)
        default:
            let code = (error as? LedgerError)?.code ?? (error as? MeldcodeError)?.code ?? "onbekend"
            return response(.internalError, "Er ging iets mis", "Het logboek kon dit niet afhandelen (code \(code)). Er is niets vastgelegd dat niet klopt; probeer het opnieuw of meld het aan de beheerder.", person: person)
        }
    }
}
