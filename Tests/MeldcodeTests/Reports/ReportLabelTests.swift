import Ledger
@testable import Meldcode
import Testing

/// Every member and every fixed value of every event type has a Dutch label, so no field reaches a
/// report untranslated; a new field or value without one fails here.
@Suite("Dutch labels for every field and value")
struct ReportLabelTests {
    @Test("Every member of every event type, nested ones too, has a Dutch label")
    func everyFieldHasALabel() {
        for definition in EventCatalogue.standard.definitions {
            #expect(!definition.dutchName.isEmpty, "\(definition.type) has no Dutch name")
            for (path, field) in Self.fields(of: definition.payload, path: definition.type) {
                #expect(!field.label.trimmingCharacters(in: .whitespaces).isEmpty, "\(path) has no Dutch label")
            }
        }
    }

    @Test("Every fixed value of every event type has a Dutch label")
    func everyValueHasALabel() {
        for definition in EventCatalogue.standard.definitions {
            for (path, field) in Self.fields(of: definition.payload, path: definition.type) {
                for choice in Self.choices(of: field.kind) {
                    #expect(!choice.label.trimmingCharacters(in: .whitespaces).isEmpty, "\(path)=\(choice.value) has no Dutch label")
                }
            }
        }
    }

    @Test("A payload with every member and every value of its type reads with Dutch labels only", arguments: EventCatalogue.standard.definitions.map(\.type))
    func fullPayloadsAreLabelled(type: String) throws {
        let definition = try #require(EventCatalogue.standard.definition(of: type))
        for payload in Self.fullPayloads(definition.payload) {
            #expect(PayloadLabels.unlabelled(payload, type: type) == [], "\(type)")
        }
    }

    @Test("Every payload of the meldcode fixture reads with Dutch labels only")
    func fixtureIsLabelled() {
        #expect(!CaseFixture.drafts.isEmpty)
        for draft in CaseFixture.drafts {
            #expect(PayloadLabels.unlabelled(draft.payload, type: draft.type) == [], "\(draft.type)")
        }
    }

    @Test("A member or a value without a Dutch label is caught, and an unknown type too")
    func missingLabelsAreCaught() {
        let payload: [String: JSONValue] = [
            "description": .string("x"), "observedOn": .string("2026-01-02"), "kind": .string("rumour"), "stance": .string("supports"),
            "source": .object(["kind": .string("self"), "via": .string("x")]), "mystery": .string("x"), "salt": .string("00"),
        ]
        #expect(PayloadLabels.unlabelled(payload, type: "signal.recorded") == ["kind=rumour", "mystery", "source.via"])
        #expect(PayloadLabels.unlabelled([:], type: "nobody.knows") == ["nobody.knows"])
    }

    @Test("Every role has a Dutch name, every report kind a title, every route step and case phase a Dutch text")
    func rolesKindsAndRoutes() {
        for role in Role.allCases { #expect(!role.dutchName.isEmpty && !role.dutchName.contains("-"), "\(role)") }
        for kind in ReportKind.allCases { #expect(!kind.title.isEmpty && !kind.audience.isEmpty) }
        for action in RouteAction.allCases { #expect(!action.dutchText.isEmpty) }
        for phase in [CasePhase.open, .meldingMade, .helpRunning, .closed, .redirected] { #expect(!phase.dutchName.isEmpty) }
    }

    @Test("Days are written the Dutch way")
    func dutchDates() throws {
        #expect(DutchDate.text(try #require(CalendarDay("2026-10-03"))) == "3 oktober 2026")
        #expect(DutchDate.text(try #require(Timestamp("2026-11-16T08:55:00.000Z"))) == "16 november 2026, 9.55 uur")
        #expect(DutchDate.text(try #require(Timestamp("2026-07-01T08:55:00.000Z"))) == "1 juli 2026, 10.55 uur")
    }

    // MARK: - Walking the catalogue

    private static func fields(of schema: PayloadSchema, path: String) -> [(String, FieldSpec)] {
        schema.fields.flatMap { field -> [(String, FieldSpec)] in
            let fieldPath = "\(path).\(field.name)"
            return [(fieldPath, field)] + nested(field.kind).flatMap { fields(of: $0, path: fieldPath) }
        }
    }

    private static func nested(_ kind: FieldKind) -> [PayloadSchema] {
        switch kind {
        case .object(let schema): [schema]
        case .list(let element, _): nested(element)
        default: []
        }
    }

    private static func choices(of kind: FieldKind) -> [Choice] {
        switch kind {
        case .choice(let choices): choices
        case .list(let element, _): choices(of: element)
        default: []
        }
    }

    /// Payloads that together hold every member of a type and every value of each of its choices.
    private static func fullPayloads(_ schema: PayloadSchema) -> [[String: JSONValue]] {
        let widest = schema.fields.map { variants(of: $0.kind).count }.max() ?? 1
        return (0..<max(widest, 1)).map { index in
            Dictionary(uniqueKeysWithValues: schema.fields.map { field in
                let options = variants(of: field.kind)
                return (field.name, options[index % options.count])
            })
        }
    }

    private static func variants(of kind: FieldKind) -> [JSONValue] {
        switch kind {
        case .text, .line, .actor: [.string("x")]
        case .date: [.string("2026-01-02")]
        case .integer, .reference: [.integer(1)]
        case .boolean: [.bool(true), .bool(false)]
        case .choice(let choices): choices.map { .string($0.value) }
        case .object(let schema): fullPayloads(schema).map { .object($0) }
        case .list(let element, _): [.array(variants(of: element))]
        }
    }
}
