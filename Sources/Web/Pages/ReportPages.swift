import Documents
import Foundation
import Ledger
import Meldcode
import Sodium

/// Verslagen: the parents', Veilig Thuis, dossier and evaluation reports of a case, shown in the browser, and made
/// for downloading with their evidence bundle (kept with the sign-in, so the document and the bundle that names its
/// digest are downloaded as they were made). Making a report for someone records `report.issued`.
enum ReportPages {
    static func list(_ visit: Visit, case id: String) -> HTTPResponse {
        let path = "/dossier/\(FormData.encode(id))/verslag"
        let token = visit.signedIn.formToken
        let sections = ReportKind.allCases.flatMap { kind -> [HTMLNode] in
            [
                Markup.tag("h2", text: kind.title),
                Markup.tag("p", text: "Voor \(kind.audience)."),
                Markup.tag("p", [], [Markup.link("\(path)/\(kind.rawValue)", "\(kind.title) bekijken")]),
                Markup.form("\(path)/\(kind.rawValue)/maken", token: token, [
                    Markup.tag("label", [("for", "aan-\(kind.rawValue)")], [.text("Uitgereikt aan"), Markup.tag("span", [("class", "hint")], text: "(niet verplicht) Aan wie u het verslag geeft; dat wordt vastgelegd.")]),
                    Markup.tag("input", [("type", "text"), ("id", "aan-\(kind.rawValue)"), ("name", "aan")]),
                ] + (kind == .veiligThuis ? [Markup.tag("label", [("class", "keuze")], [Markup.tag("input", [("type", "checkbox"), ("name", "concept"), ("value", "ja")]), .text("Concept (nog geen besluit om te melden)")])] : [])
                  + [Markup.button("\(kind.title) maken met bewijsbundel")]),
            ]
        }
        return .page(PageFrame(title: "Verslagen van dossier \(id)", person: visit.person, content: [
            Markup.tag("p", text: "Een verslag wordt gemaakt uit het logboek nadat het helemaal is gecontroleerd. De bewijsbundel laat iedereen zonder het logboek nagaan dat elke gebeurtenis in het verslag ongewijzigd in het logboek staat."),
        ] + sections + [Markup.tag("p", [], [Markup.link("/dossier/\(FormData.encode(id))", "Terug naar het dossier")])]).html)
    }

    /// The report itself, as its document (its own inline style allowed by its hash, nothing else).
    static func show(_ visit: Visit, case id: String, kind slug: String) -> HTTPResponse {
        guard let kind = ReportKind(rawValue: slug) else { return ErrorPage.response(.notFound, "Niet gevonden", "Dit verslag bestaat niet.", person: visit.person) }
        return visit.reading(page: "verslag \(kind.rawValue)") { session in
            let source = try ReportSource(case: id, asOf: nil, in: session)
            let report = try build(kind, source, checkpoint: nil, draft: visit.page.http.query["concept"] == "ja")
            session.noteShown(case: id, seqs: report.includedSeqs)
            return documentResponse(ReportHTML.document(report))
        }
    }

    /// Makes a report and its bundle, records the read (and the issue, when a recipient is named), and shows the downloads.
    static func make(_ visit: Visit, case id: String, kind slug: String, form: FormData) -> HTTPResponse {
        guard let kind = ReportKind(rawValue: slug) else { return ErrorPage.response(.notFound, "Niet gevonden", "Dit verslag bestaat niet.", person: visit.person) }
        return visit.reading(page: "verslag \(kind.rawValue)") { session in
            let source = try ReportSource(case: id, asOf: nil, in: session)
            let evidence = try checkpoint(visit, session, source)
            let report = try build(kind, source, checkpoint: evidence?.0.checkpoint, draft: form["concept"] == "ja")
            let document = Array(ReportHTML.document(report).utf8)
            var bundle: EvidenceBundle?
            if let (checkpoint, key) = evidence {
                let made = try BundleBuilder.bundle(
                    for: report, document: document, events: source.caseEvents, contents: source.contents, authorKeys: source.authorKeys,
                    leaves: source.leaves, checkpoint: checkpoint, verifierKey: key, issuer: visit.signedIn.keys.signing)
                _ = try BundleVerifier.verify(made, key: key, document: document)
                bundle = made
            }
            session.noteShown(case: id, seqs: report.includedSeqs)
            var drafts = session.takeViewDrafts(command: "web verslag \(kind.rawValue)")
            if let recipient = form["aan"]?.trimmingCharacters(in: .whitespaces), !recipient.isEmpty {
                drafts.append(ReportIssue.draft(
                    of: report, to: recipient, documentSHA256: Hex.encode(Digest.sha256(document)), bundleSHA256: bundle.map { Hex.encode(Digest.sha256($0.bytes)) },
                    on: CalendarDay(SystemClock().now())))
            }
            if !drafts.isEmpty { _ = try session.checkedAppend(drafts).append(drafts) }
            visit.signedIn.made = MadeReport(caseID: id, kind: kind.rawValue, document: document, bundle: bundle?.bytes, notes: report.evidenceNotes)
            return .seeOther("/dossier/\(FormData.encode(id))/verslag/\(kind.rawValue)/gemaakt")
        }
    }

    /// The page after a report was made: its two downloads.
    static func made(_ visit: Visit, case id: String, kind slug: String) -> HTTPResponse {
        guard let made = visit.signedIn.made, made.caseID == id, made.kind == slug, let kind = ReportKind(rawValue: slug) else {
            return ErrorPage.response(.notFound, "Niet gevonden", "Er is geen verslag gemaakt om te downloaden.", person: visit.person)
        }
        let path = "/dossier/\(FormData.encode(id))/verslag/\(slug)/gemaakt"
        var content: [HTMLNode] = [
            Markup.tag("p", [("class", "melding"), ("role", "status")], text: "\(kind.title) van dossier \(id) is gemaakt."),
            Markup.tag("ul", [], [Markup.tag("li", [], [Markup.link(path + "/verslag.html", "Verslag downloaden (HTML)", [("download", "\(id)-\(slug).html")])])]
                + (made.bundle == nil ? [] : [Markup.tag("li", [], [Markup.link(path + "/bundel.json", "Bewijsbundel downloaden", [("download", "\(id)-\(slug)-bundel.json")])])])),
        ]
        if made.bundle == nil {
            content.append(Markup.tag("p", text: "Er is nog geen controlepunt van het logboek, dus geen bewijsbundel. Vraag een beheerder een controlepunt te zetten (Beheer) en maak het verslag opnieuw."))
        }
        content += made.notes.map { Markup.tag("p", [("class", "klein")], text: $0) }
        content.append(Markup.tag("p", [], [Markup.link("/dossier/\(FormData.encode(id))/verslagen", "Terug naar de verslagen")]))
        return .page(PageFrame(title: "Verslag gemaakt", person: visit.person, content: content).html)
    }

    /// One of the two downloads of the report made last.
    static func download(_ visit: Visit, case id: String, kind slug: String, file: String) -> HTTPResponse {
        guard let made = visit.signedIn.made, made.caseID == id, made.kind == slug else {
            return ErrorPage.response(.notFound, "Niet gevonden", "Er is geen verslag gemaakt om te downloaden.", person: visit.person)
        }
        let (bytes, type) = file == "bundel.json" ? (made.bundle, "application/json") : (file == "verslag.html" ? made.document : nil, "text/html; charset=utf-8")
        guard let bytes else { return ErrorPage.response(.notFound, "Niet gevonden", "Dit bestand is er niet.", person: visit.person) }
        let name = file == "bundel.json" ? "\(id)-\(slug)-bundel.json" : "\(id)-\(slug).html"
        return HTTPResponse(status: .ok, headers: [
            HTTPHeader("content-type", type), HTTPHeader("content-disposition", "attachment; filename=\"\(name)\""),
            HTTPHeader("content-security-policy", "default-src 'none'; sandbox"),
        ], body: bytes)
    }

    private static func build(_ kind: ReportKind, _ source: ReportSource, checkpoint: Checkpoint?, draft: Bool) throws -> Report {
        try ReportBuilder.report(kind, from: source.input(checkpoint: checkpoint), draft: draft)
    }

    /// The checkpoint the bundle's proofs lead to: one an administrator signs now, else the newest kept one that
    /// matches the log; `nil` when there is none.
    private static func checkpoint(_ visit: Visit, _ session: CaseSession, _ source: ReportSource) throws -> (SignedCheckpoint, NoteVerifierKey)? {
        if session.writer.state.registry.actors[visit.signedIn.actor]?.isActiveAdministrator == true {
            let issued = try CheckpointIssuer.issue(on: session.writer, signer: visit.signedIn.actor, key: visit.signedIn.keys.signing)
            return (issued.checkpoint, issued.verifierKey)
        }
        guard let newest = try CheckpointIssuer.signedBefore(session.writer.layout).last else { return nil }
        return (newest, try source.verifierKey(for: newest, named: "checkpoint \(newest.checkpoint.size)"))
    }

    /// A report document as a page: its one inline stylesheet allowed by its SHA-256, nothing else.
    static func documentResponse(_ html: String) -> HTTPResponse {
        var response = HTTPResponse.page(html)
        var styles = [String]()
        var rest = Substring(html)
        while let open = rest.range(of: "<style>"), let close = rest.range(of: "</style>", range: open.upperBound..<rest.endIndex) {
            styles.append("'sha256-" + Base64.encode(Digest.sha256(Array(rest[open.upperBound..<close.lowerBound].utf8))) + "'")
            rest = rest[close.upperBound...]
        }
        let style = styles.isEmpty ? "'none'" : styles.joined(separator: " ")
        response.headers.append(HTTPHeader("content-security-policy", "default-src 'none'; style-src \(style); img-src 'self'; form-action 'none'; frame-ancestors 'none'"))
        return response
    }
}
