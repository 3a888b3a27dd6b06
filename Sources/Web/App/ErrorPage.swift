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
        case LedgerError.noAccess:
            return response(.forbidden, "Geen toegang", "U bent geen lid van dit dossier en ziet de inhoud niet. Een coördinator kan u toegang geven.", person: person)
        case let error as MeldcodeError where error.code == "case-erased":
            return response(.notFound, "Dossier gewist", "De inhoud van dit dossier is gewist; alleen de integriteit van het logboek blijft te controleren.", person: person)
        case LedgerError.locked:
            return response(.unavailable, "Even geduld", "Het logboek is bezet door een andere handeling. Probeer het zo opnieuw.", person: person)
        case ReportError.caseNotFound, LedgerError.invalidInput:
            return response(.notFound, "Niet gevonden", "Dit dossier bestaat niet (of nog niet).", person: person)
        default:
            let code = (error as? LedgerError)?.code ?? (error as? MeldcodeError)?.code ?? "onbekend"
            return response(.internalError, "Er ging iets mis", "Het logboek kon dit niet afhandelen (code \(code)). Er is niets vastgelegd dat niet klopt; probeer het opnieuw of meld het aan de beheerder.", person: person)
        }
    }
}
