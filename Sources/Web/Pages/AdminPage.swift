import Documents
import Ledger
import Meldcode

/// Beheer: the school, the protocol profile in force, the actors, the result of verifying the whole log, the cases
/// whose retention period has passed, the newest checkpoint, and for administrators a button that signs a checkpoint
/// now (which evidence bundles then prove against) and the staff forms (``StaffActions``). Shows no case content.
enum AdminPage {
    static func show(_ visit: Visit, notice: String?, failed: Bool = false) -> HTTPResponse {
        do {
            let session = try visit.open()
            let registry = session.writer.state.registry
            let newest = try CheckpointIssuer.signedBefore(session.writer.layout).last
            let verified = try session.writer.verifyLog(rules: CaseAuthority())
            let today = CalendarDay(SystemClock().now())
            let retention = RetentionDue.cases(in: try CaseOutline.all(in: session.writer), under: session.profiles.current.access, on: today)
            var content = [HTMLNode]()
            if let notice {
                content.append(failed
                    ? Markup.tag("div", [("class", "foutsamenvatting"), ("role", "alert")], [Markup.tag("p", text: notice)])
                    : Markup.tag("p", [("class", "melding"), ("role", "status")], text: notice))
            }
            content += [
                Markup.tag("p", text: "School: \(registry.organisation ?? "—"). Protocol in gebruik: \(session.profiles.current.name). Het logboek telt \(session.writer.state.nextSeq) gebeurtenissen."),
                Markup.tag("h2", text: "Medewerkers"),
                Markup.table(["Gebruikersnaam", "Naam", "Functie", "Beheerder", "Actief"], registry.actors.keys.sorted().compactMap { id in
                    registry.actors[id].map { actor in
                        [.text(id), .text(actor.profile.name), .text(actor.profile.roles.map(\.dutchName).joined(separator: ", ")),
                         .text(actor.profile.isAdministrator ? "ja" : "nee"), .text(actor.isActive ? "ja" : "nee")]
                    }
                }),
                Markup.tag("h2", text: "Controle van het logboek"),
                Markup.tag("p", [("class", verified.isValid ? "" : "te-laat")], text: verified.failure.map {
                    "Het logboek klopt niet vanaf gebeurtenis #\($0.seq) (\($0.code.rawValue)): \($0.message). Waarschuw de Inspectie en het bestuur."
                } ?? "Het logboek klopt: elke gebeurtenis is ondertekend, in volgorde en onveranderd."),
                Markup.tag("h2", text: "Bewaartermijn verstreken"),
                retention.isEmpty ? Markup.tag("p", text: "Geen dossiers.") : Markup.tag("ul", [], retention.map {
                    Markup.tag("li", text: "Dossier \($0.caseID): gesloten op \(DutchDate.text($0.closedOn)), te wissen sinds \(DutchDate.text($0.due)) (logboek retention --run).")
                }),
                Markup.tag("h2", text: "Controlepunt"),
                Markup.tag("p", text: newest.map { "Het nieuwste controlepunt dekt de eerste \($0.checkpoint.size) gebeurtenissen." } ?? "Er is nog geen controlepunt gezet."),
            ]
            if registry.actors[visit.signedIn.actor]?.isActiveAdministrator == true {
                content.append(Markup.form("/beheer/controlepunt", token: visit.signedIn.formToken, [Markup.button("Controlepunt zetten")]))
                let active = registry.actors.keys.sorted().filter { registry.actors[$0]?.isActive == true }
                content += StaffActions.forms(visit.signedIn.formToken, actors: active.map { (id: $0, name: "\(Visit.name(of: $0, in: registry)) — \($0)") })
            }
            return .page(PageFrame(title: "Beheer", person: visit.person, content: content).html)
        } catch {
            return ErrorPage.response(for: error, person: visit.person)
        }
    }

    static func signCheckpoint(_ visit: Visit) -> HTTPResponse {
        do {
            let size = try CheckpointIssuer.issue(on: try visit.open().writer, signer: visit.signedIn.actor, key: visit.signedIn.keys.signing).checkpoint.checkpoint.size
            return show(visit, notice: "Controlepunt gezet over \(size) gebeurtenissen.")
        } catch {
            return ErrorPage.response(for: error, person: visit.person)
        }
    }
}
