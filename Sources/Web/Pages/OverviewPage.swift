import Documents
import Ledger
import Meldcode

/// Overzicht: the cases the signed-in person may read, what is due and overdue (working-day deadlines of the
/// profile), and the findings that need attention. Each case listed is put on the record as read.
enum OverviewPage {
    /// One case as the overview lists it.
    struct Row {
        let summary: CaseSummary
        /// Why the reader may read it: they opened it, were granted access, or coordinate under the profile.
        let why: String
    }

    static func show(_ visit: Visit) -> HTTPResponse {
        visit.reading(page: "overzicht") { session in
            var rows = [Row]()
            var hidden = 0, waiting = 0
            let today = CalendarDay(SystemClock().now())
            try session.forEachSummary(on: today, skipped: { skipped in
                if case .noAccess = skipped { hidden += 1 }
                if case .keyNotShared = skipped { waiting += 1 }
            }) { summary in
                let membership = session.content.membership(ofCase: summary.id)
                let why = membership.opener == session.reader ? "geopend door u" : membership.granted.contains(session.reader) ? "toegang gekregen" : "coördinator"
                rows.append(Row(summary: summary, why: why))
            }
            let notice = visit.page.http.query["geopend"].map { "Dossier \($0) is geopend." }
            return .page(PageFrame(title: "Overzicht", person: visit.person, content: content(rows, hidden: hidden, waiting: waiting, today: today, notice: notice)).html)
        }
    }

    /// The page's content (a pure function of what the session computed).
    static func content(_ rows: [Row], hidden: Int, waiting: Int, today: CalendarDay, notice: String?) -> [HTMLNode] {
        var nodes = [HTMLNode]()
        if let notice { nodes.append(Markup.tag("p", [("class", "melding"), ("role", "status")], text: notice)) }
        nodes.append(Markup.tag("p", text: "Vandaag is het \(DutchDate.text(today)). U ziet de dossiers waarvan u lid bent."))
        nodes.append(Markup.tag("h2", text: "Mijn dossiers"))
        nodes.append(rows.isEmpty ? Markup.tag("p", text: "Geen dossiers.") : Markup.table(
            ["Dossier", "Kind", "Stand", "Te doen", "Bevindingen", "U leest het als"],
            rows.map { row in
                let summary = row.summary
                let due = summary.pendingActions.count
                let overdue = summary.overdue.count
                return [
                    Markup.link("/dossier/\(FormData.encode(summary.id))", summary.id), .text(summary.child?.name ?? "—"), .text(DutchText.phase(summary.phase)),
                    overdue > 0 ? Markup.tag("span", [("class", "te-laat")], text: "\(due) (\(overdue) te laat)") : .text(String(due)),
                    .text(String(summary.findings.count)), .text(row.why),
                ]
            }))
        let pending = rows.flatMap { row in row.summary.pendingActions.map { (row.summary.id, $0) } }.sorted { $0.1.due < $1.1.due }
        nodes.append(Markup.tag("h2", text: "Wat te doen is"))
        nodes.append(pending.isEmpty ? Markup.tag("p", text: "Niets staat open.") : Markup.tag("ul", [], pending.map { id, action in
            Markup.tag("li", [], [
                Markup.link("/dossier/\(FormData.encode(id))", id), .text(": " + DutchText.pending(action)),
            ] + (action.isOverdue(on: today) ? [Markup.tag("span", [("class", "te-laat")], text: " — te laat")] : []))
        }))
        let findings = rows.flatMap { row in row.summary.findings.map { (row.summary.id, $0) } }
        nodes.append(Markup.tag("h2", text: "Bevindingen die aandacht vragen"))
        nodes.append(findings.isEmpty ? Markup.tag("p", text: "Geen bevindingen.") : Markup.tag("ul", [], findings.map { id, finding in
            Markup.tag("li", [], [Markup.link("/dossier/\(FormData.encode(id))", id), .text(": " + finding.code.dutchText)])
        }))
        if waiting > 0 {
            nodes.append(Markup.tag("p", [("class", "klein")], text: "\(waiting) dossier(s) waarvan u lid bent, kunt u nog niet openen: "
                + "u krijgt de sleutel zodra een ander lid het dossier opent, of de beheerder de herstelsleutel gebruikt."))
        }
        if hidden > 0 {
            nodes.append(Markup.tag("p", [("class", "klein")], text: "\(hidden) dossier(s) waarvan u geen lid bent, zijn niet getoond."))
        }
        return nodes
    }
}
