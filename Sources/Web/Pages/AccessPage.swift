import Documents
import Ledger
import Meldcode

/// Toegang: who may read a case now, and the ways to grant and withdraw access (coordinators only; the checked
/// append refuses anyone else).
enum AccessPage {
    static func show(_ visit: Visit, case id: String) -> HTTPResponse {
        visit.reading(page: "toegang") { session in
            let registry = session.writer.state.registry
            let members = try session.content.members(ofCase: id)
            guard try session.writer.version(of: CaseStream.name(of: id)) > 0 else { throw ReportError.caseNotFound(id) }
            let path = "/dossier/\(FormData.encode(id))"
            let rows = registry.actors.keys.sorted().compactMap { actor -> [HTMLNode]? in
                guard registry.actors[actor]?.isActive == true else { return nil }
                return [.text(Visit.name(of: actor, in: registry)), .text(members.contains(actor) ? "ja" : "nee")]
            }
            return .page(PageFrame(title: "Toegang tot dossier \(id)", person: visit.person, content: [
                Markup.tag("p", text: "Wie dit dossier opende, de coördinatoren van het protocol en wie een coördinator toegang gaf, lezen het. Elke toekenning en intrekking wordt vastgelegd."),
                Markup.table(["Medewerker", "Mag lezen"], rows),
                Markup.tag("p", [], [
                    Markup.link("\(path)/vastleggen/case.access_granted", "Toegang geven"), .text(" · "),
                    Markup.link("\(path)/vastleggen/case.access_withdrawn", "Toegang intrekken"), .text(" · "),
                    Markup.link(path, "Terug naar het dossier"),
                ]),
            ]).html)
        }
    }
}
