import Documents
import Ledger
import Meldcode

/// Dossier: one case as its members read it: the chronology, the steps of the meldcode, the afwegingskader route and
/// what it asks now, hypotheses, what is pending, findings with their explanation, and who may read it.
enum DossierPage {
    static func show(_ visit: Visit, case id: String) -> HTTPResponse {
        visit.reading(page: "dossier") { session in
            guard let snapshot = try session.snapshot(of: id, on: CalendarDay(SystemClock().now())) else {
                throw ReportError.caseNotFound(id)
            }
            let registry = session.writer.state.registry
            let names = Dictionary(uniqueKeysWithValues: registry.actors.keys.map { ($0, Visit.name(of: $0, in: registry)) })
            let members = try session.content.members(ofCase: id).sorted().map { names[$0] ?? $0 }
            let recorded = visit.page.http.query["vastgelegd"].map { "Vastgelegd als #\($0)." }
            return .page(PageFrame(title: DutchText.heading(snapshot), person: visit.person, content: content(snapshot, members: members, names: names, notice: recorded)).html)
        }
    }

    /// The page's content.
    /// - Parameters:
    ///   - snapshot: The case.
    ///   - members: Who may read it, by name.
    ///   - names: Each actor's name and roles, by id.
    ///   - notice: A line above the case (what was just recorded).
    static func content(_ snapshot: CaseSnapshot, members: [String], names: [String: String], notice: String?) -> [HTMLNode] {
        let state = snapshot.state
        let path = "/dossier/\(FormData.encode(state.id))"
        var nodes = [HTMLNode]()
        if let notice { nodes.append(Markup.tag("p", [("class", "melding"), ("role", "status")], text: notice)) }
        var facts = "Stand: \(DutchText.phase(state.phase)) · protocol \(snapshot.profileName)"
        if let child = state.child { facts += " · geboren \(DutchDate.text(child.birthDate))" + (snapshot.childAge.map { " (\($0) jaar)" } ?? "") }
        nodes.append(Markup.tag("p", text: facts))
        nodes.append(Markup.tag("p", [("class", "acties")], [
            Markup.link(path + "/vastleggen", "Vastleggen", [("class", "knop")]), Markup.link(path + "/verslagen", "Verslagen"),
            Markup.link(path + "/wie-wist-wat", "Wie wist wat wanneer"), Markup.link(path + "/evaluatie", "Evaluatie"), Markup.link(path + "/toegang", "Toegang"),
        ]))
        nodes.append(Markup.tag("h2", text: "Verloop"))
        let viewed = EventCatalogue.standard.definition(of: EventType.caseViewed.rawValue)?.dutchName
        let (reads, lines) = (state.eventLines.filter { $0.dutchName == viewed }, state.eventLines.filter { $0.dutchName != viewed })
        nodes.append(Markup.table(["#", "Datum", "Wat", "Door", "Samenvatting"], lines.map { line in
            [.text(String(line.seq)), .text(line.day.map(DutchDate.text) ?? ""), .text(line.dutchName), .text(names[line.author] ?? line.author),
             .text(line.summary + (line.remark.map { " [\($0)]" } ?? ""))]
        }))
        let readers = Set(reads.map { names[$0.author] ?? $0.author }).sorted().joined(separator: ", ")
        nodes.append(Markup.tag("p", [("class", "klein")], text: reads.isEmpty ? "Nog niet ingezien." : "Dit dossier is \(reads.count) keer ingezien (door \(readers)); elke inzage staat in het logboek."))
        nodes.append(Markup.tag("h2", text: "Stappen van de meldcode"))
        nodes.append(Markup.tag("ul", [("class", "stappen")], state.steps.map { progress in
            let done = progress.isTaken ? "✓ gedaan" : "○ nog niet"
            let seqs = progress.events.isEmpty ? "" : " (#" + progress.events.map(String.init).joined(separator: ", #") + ")"
            return Markup.tag("li", text: "\(done): stap \(progress.step.rawValue), \(progress.step.dutchName)\(seqs)")
        }))
        nodes.append(Markup.tag("h2", text: "Afwegingskader"))
        let required = state.requiredRoute(afterDoubt: snapshot.doubtRoute)
        nodes.append(Markup.tag("ul", [], state.answers.map { Markup.tag("li", text: "Afweging \($0.afweging): \(DutchText.afweging($0)) (#\($0.seq))") }
            + [Markup.tag("li", text: "Nu gevraagd: " + DutchText.route(required.action) + (required.meldnorm.map { " (meldnorm \($0))" } ?? "")
                + (required.metBy.map { " — gedaan in #\($0)" } ?? ""))]))
        if !state.hypotheses.isEmpty {
            nodes.append(Markup.tag("h2", text: "Hypothesen"))
            nodes.append(Markup.tag("ul", [], state.hypotheses.map { Markup.tag("li", text: "#\($0.seq) \($0.statement): \(DutchText.standing($0))") }))
        }
        nodes.append(Markup.tag("h2", text: "Wat openstaat"))
        nodes.append(snapshot.pendingActions.isEmpty ? Markup.tag("p", text: "Niets.") : Markup.tag("ul", [], snapshot.pendingActions.map { action in
            Markup.tag("li", [("class", action.isOverdue(on: snapshot.day) ? "te-laat" : "")], text: DutchText.pending(action) + (action.isOverdue(on: snapshot.day) ? " — te laat" : ""))
        }))
        nodes.append(Markup.tag("h2", text: "Bevindingen (\(snapshot.findings.count))"))
        nodes.append(snapshot.findings.isEmpty ? Markup.tag("p", text: "Geen.") : Markup.tag("ul", [], snapshot.findings.map { finding in
            Markup.tag("li", [], [
                .text(finding.code.dutchText + " (#" + finding.seqs.map(String.init).joined(separator: ", #") + ")"),
                Markup.tag("span", [("class", "hint")], text: "Bron: " + finding.citation.dutchText),
            ])
        }))
        nodes.append(Markup.tag("h2", text: "Wie dit dossier mag lezen"))
        nodes.append(Markup.tag("ul", [], members.map { Markup.tag("li", text: $0) }))
        return nodes
    }
}
