import Documents
import Ledger
import Meldcode

/// Dossier openen: a case about one child, opened with the fields of `case.opened` and a case number; the one who
/// opens it is its first member.
enum CaseOpenPage {
    static var definition: EventDefinition? { EventCatalogue.standard.definition(of: EventType.caseOpened.rawValue) }

    static func show(_ visit: Visit, form: FormData?, problems: [String: String], general: String? = nil, status: HTTPStatus = .ok) -> HTTPResponse {
        guard let definition else { return ErrorPage.response(.internalError, "Er ging iets mis", "Onbekend soort gebeurtenis.", person: visit.person) }
        let builder = RecordForm(events: [], actors: [], form: form ?? FormData(), problems: problems)
        let number = Markup.tag("div", [("class", problems["dossier"] == nil ? "veld" : "veld veld-fout")], [
            Markup.tag("label", [("for", "dossier")], [.text("Dossiernummer"), Markup.tag("span", [("class", "hint"), ("id", "dossier-hint")], text: "Bijvoorbeeld 2026-021: het jaar en een volgnummer.")]),
        ] + (problems["dossier"].map { [Markup.tag("span", [("class", "fout"), ("id", "dossier-fout")], text: "Fout: " + $0)] } ?? []) + [
            Markup.tag("input", [("type", "text"), ("id", "dossier"), ("name", "dossier"), ("value", form?["dossier"] ?? ""), ("aria-describedby", "dossier-hint")]),
        ])
        let content = builder.summary(general: general, schema: definition.payload, extra: [("dossier", "Dossiernummer")]) + [
            Markup.tag("p", text: "U opent een dossier over één kind. U wordt er lid van; de coördinatoren van de school ook."),
            Markup.form("/dossier-openen", token: visit.signedIn.formToken, [number] + builder.fields(definition.payload) + [Markup.button("Dossier openen")]),
        ]
        return .page(PageFrame(title: problems.isEmpty && general == nil ? "Dossier openen" : "Fout: Dossier openen", person: visit.person, content: content).html, status: status)
    }

    static func open(_ visit: Visit, form: FormData) -> HTTPResponse {
        guard let definition else { return show(visit, form: form, problems: [:]) }
        var read = FormPayload(definition.payload, form: form)
        let id = (form["dossier"] ?? "").trimmingCharacters(in: .whitespaces)
        let stream = CaseStream.name(of: id)
        if !Names.isStream(stream) || CaseStream.caseID(of: stream) != id { read.problems["dossier"] = "Schrijf het nummer met kleine letters, cijfers en streepjes, bijvoorbeeld 2026-021." }
        guard read.problems.isEmpty else { return show(visit, form: form, problems: read.problems, status: .badRequest) }
        do {
            let session = try visit.open()
            guard try session.writer.version(of: stream) == 0 else {
                return show(visit, form: form, problems: ["dossier": "Er is al een dossier met dit nummer."], status: .badRequest)
            }
            let draft = EventDraft(type: definition.type, stream: stream, payload: read.payload)
            let seq = try session.checkedAppend([draft]).append([draft]).first?.header.seq ?? 0
            return .seeOther("/dossier/\(FormData.encode(id))?vastgelegd=\(seq)")
        } catch let error as MeldcodeError {
            return show(visit, form: form, problems: [:], general: "Logboek legt dit zo niet vast: \(error.message) (\(error.code))", status: .badRequest)
        } catch {
            return ErrorPage.response(for: error, person: visit.person)
        }
    }
}

import Foundation
