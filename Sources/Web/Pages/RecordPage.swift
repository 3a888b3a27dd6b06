import Documents
import Ledger
import Meldcode

/// Vastleggen: the event types of a case to choose from, the form of one type, a check of what was filled in, and
/// then "Vastleggen", which signs the event with the person's own key and appends it through the same checked
/// append as the command line.
enum RecordPage {
    /// The event types a person records in a case from its page (a case is opened, reads are noted and reports
    /// issued by their own pages).
    static var types: [EventDefinition] {
        EventCatalogue.standard.definitions.filter { definition in
            definition.scope == .case && ![EventType.caseOpened, EventType.caseViewed, EventType.reportIssued].contains { definition.type == $0 }
        }
            + CaseAccess.types.compactMap { type in EventCatalogue.standard.definition(of: type.rawValue).map(pageForm) }
    }

    /// The form of a grant or a withdrawal, which live in stream `logbook` and name their case: the case is the
    /// page's, not a field to fill in (``draft(_:case:payload:)`` adds it).
    private static func pageForm(_ definition: EventDefinition) -> EventDefinition {
        EventDefinition(
            definition.type, dutchName: definition.dutchName, step: definition.step, summary: definition.summary, scope: .case,
            payload: PayloadSchema(definition.payload.fields.filter { $0.name != PayloadField.case.rawValue }, conditions: definition.payload.conditions))
    }

    /// The draft a filled-in form makes: in the case's stream, or for a grant or a withdrawal in stream `logbook`,
    /// naming the case.
    static func draft(_ definition: EventDefinition, case id: String, payload: [String: JSONValue]) -> EventDraft {
        guard CaseAccess.types.contains(where: { definition.type == $0 }) else {
            return EventDraft(type: definition.type, stream: CaseStream.name(of: id), payload: payload)
        }
        return EventDraft(type: definition.type, stream: RegistryEvent.stream, payload: payload.merging([String: JSONValue](fields: [.case: .string(id)])) { $1 })
    }

    static func choose(_ visit: Visit, case id: String) -> HTTPResponse {
        let path = "/dossier/\(FormData.encode(id))"
        let items = types.map { definition in
            Markup.tag("li", [], [Markup.link("\(path)/vastleggen/\(definition.type)", definition.dutchName.prefix(1).uppercased() + definition.dutchName.dropFirst()),
                                  .text(definition.step == "any" || definition.step == "–" ? "" : " (stap \(definition.step))")])
        }
        return .page(PageFrame(title: "Vastleggen in dossier \(id)", person: visit.person, content: [
            Markup.tag("p", text: "Kies wat u wilt vastleggen."), Markup.tag("ul", [], items), Markup.tag("p", [], [Markup.link(path, "Terug naar het dossier")]),
        ]).html)
    }

    static func show(_ visit: Visit, case id: String, type: String) -> HTTPResponse {
        guard let definition = types.first(where: { $0.type == type }) else {
            return ErrorPage.response(.notFound, "Niet gevonden", "Dit soort gebeurtenis bestaat niet.", person: visit.person)
        }
        return visit.reading(page: "vastleggen") { session in
            try page(visit, session, id, definition, form: FormData(), problems: [:], general: nil)
        }
    }

    static func submit(_ visit: Visit, case id: String, type: String, form: FormData) -> HTTPResponse {
        guard let definition = types.first(where: { $0.type == type }) else {
            return ErrorPage.response(.notFound, "Niet gevonden", "Dit soort gebeurtenis bestaat niet.", person: visit.person)
        }
        return visit.reading(page: "vastleggen") { session in
            let read = FormPayload(definition.payload, form: form)
            guard read.problems.isEmpty, form["stap"] != "wijzigen" else {
                return try page(visit, session, id, definition, form: form, problems: read.problems, general: nil, status: read.problems.isEmpty ? .ok : .badRequest)
            }
            let draft = draft(definition, case: id, payload: read.payload)
            do {
                _ = try EventCatalogue.standard.require(definition.type).validate(draft.payload, recordedAt: SystemClock().now())
                let checked = try session.checkedAppend([draft])
                guard form["stap"] == "vastleggen" else { return try preview(visit, session, id, definition, form: form, payload: read.payload) }
                let seq = try checked.append([draft]).first?.header.seq ?? 0
                return .seeOther("/dossier/\(FormData.encode(id))?vastgelegd=\(seq)")
            } catch let error as MeldcodeError {
                return try page(visit, session, id, definition, form: form, problems: [:], general: "Logboek legt dit zo niet vast: \(error.message) (\(error.code))", status: .badRequest)
            }
        }
    }

    /// The form page, with what was filled in and its problems.
    private static func page(
        _ visit: Visit, _ session: CaseSession, _ id: String, _ definition: EventDefinition, form: FormData, problems: [String: String],
        general: String?, status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        let events = try session.events(ofCase: id)
        guard !events.isEmpty else { throw ReportError.caseNotFound(id) }
        let registry = session.writer.state.registry
        let actors = registry.actors.filter { $0.value.isActive }.keys.sorted().map { (id: $0, name: Visit.name(of: $0, in: registry)) }
        let builder = RecordForm(events: events, actors: actors, form: form, problems: problems)
        let path = "/dossier/\(FormData.encode(id))/vastleggen/\(definition.type)"
        let title = (problems.isEmpty && general == nil ? "" : "Fout: ") + definition.dutchName.prefix(1).uppercased() + definition.dutchName.dropFirst()
        let content = builder.summary(general: general, schema: definition.payload) + [
            Markup.tag("p", text: "Dossier \(id). " + "Beschrijf zo feitelijk mogelijk; u ziet eerst wat u invulde, en legt het daarna vast."),
            Markup.form(path, token: visit.signedIn.formToken, builder.fields(definition.payload) + [Markup.button("Controleren", name: "stap", value: "controleren")]),
            Markup.tag("p", [], [Markup.link("/dossier/\(FormData.encode(id))", "Terug naar het dossier")]),
        ]
        return .page(PageFrame(title: title, person: visit.person, content: content).html, status: status)
    }

    /// The check of what was filled in: each field with its value, the form's fields carried along, and the buttons
    /// "Vastleggen" (signs and appends) and "Wijzigen".
    private static func preview(
        _ visit: Visit, _ session: CaseSession, _ id: String, _ definition: EventDefinition, form: FormData, payload: [String: JSONValue]
    ) throws -> HTTPResponse {
        let path = "/dossier/\(FormData.encode(id))/vastleggen/\(definition.type)"
        let rows = describe(payload, definition.payload).map { [HTMLNode.text($0.0), .text($0.1)] }
        let carried = form.fields.filter { $0.name.hasPrefix("f.") }.map { Markup.hidden($0.name, $0.value) }
        return .page(PageFrame(title: "Controleer: " + definition.dutchName, person: visit.person, content: [
            Markup.tag("p", text: "Dossier \(id). Klopt dit? Met \"Vastleggen\" ondertekent u het met uw eigen sleutel; daarna verandert het nooit meer (een correctie is een nieuwe vastlegging)."),
            Markup.table(["Veld", "Ingevuld"], rows),
            Markup.form(path, token: visit.signedIn.formToken, carried + [Markup.button("Vastleggen", name: "stap", value: "vastleggen"), .text(" "), Markup.button("Wijzigen", name: "stap", value: "wijzigen", secondary: true)]),
        ]).html)
    }

    /// Each filled-in field as label and text.
    static func describe(_ payload: [String: JSONValue], _ schema: PayloadSchema, prefix: String = "") -> [(String, String)] {
        schema.fields.flatMap { field -> [(String, String)] in
            guard let value = payload[field.name] else { return [] }
            let label = prefix + RecordForm.label(field)
            if case .object(let nested) = field.kind, let object = value.objectValue { return describe(object, nested, prefix: label + ": ") }
            return [(label, text(value, field.kind))]
        }
    }

    private static func text(_ value: JSONValue, _ kind: FieldKind) -> String {
        switch (value, kind) {
        case (.array(let items), .list(let element, _)): items.map { text($0, element) }.joined(separator: "; ")
        case (.string(let slug), .choice(let choices)): choices.first { $0.value == slug }?.label ?? slug
        case (.bool(let flag), _): flag ? "ja" : "nee"
        case (.integer(let seq), .reference): "#\(seq)"
        case (.integer(let number), _): String(number)
        case (.string(let text), _): text
        case (.object(let object), .object(let schema)): describe(object, schema).map { "\($0.0): \($0.1)" }.joined(separator: ", ")
        default: ""
        }
    }
}
