import Foundation
import Ledger
import Testing
@testable import Meldcode

/// The catalogue holds every type of the issue's table, the signaleringslijst is the seed's, and the
/// schema files on disk are exactly the ones the payload descriptions generate.
@Suite("Event catalogue and schemas")
struct CatalogueTests {
    static let issueTypes = [
        "case.opened", "case.redirected", "signal.recorded", "checklist.completed", "hypothesis.recorded",
        "hypothesis.confirmed", "hypothesis.refuted", "diagnosis.recorded", "consultation.held", "conversation.held",
        "conversation.skipped", "weighing.recorded", "decision.recorded", "help.organised", "help.evaluated",
        "melding.discussed", "melding.made", "veiligthuis.feedback", "verwijsindex.weighed", "followup.recorded",
        "parents.informed", "note.recorded", "record.corrected", "case.closed", "case.reopened",
        "information.shared",
    ]

    @Test("Every event type of the issue's table, case.reopened and information.shared (issue 11) are in the catalogue (issue 4)")
    func everyType() {
        #expect(Set(EventCatalogue.standard.definitions.map(\.type)).isSuperset(of: Self.issueTypes))
        #expect(EventCatalogue.standard.definition(of: "memo.noted") == nil)
        #expect(throws: MeldcodeError.unknownType("memo.noted")) { try EventCatalogue.standard.require("memo.noted") }
    }

    @Test("The fixture case holds every type, so the test logs carry them all")
    func fixtureCoversEveryType() {
        #expect(Set(CaseFixture.drafts.map(\.type)) == Set(Self.issueTypes))
    }

    @Test("The signaleringslijst has the five domains and numbered items of seed 002 Bijlage 2")
    func signaleringslijst() throws {
        #expect(Signaleringslijst.domains.map(\.items.count) == [5, 8, 8, 7, 7])
        let item = try #require(Signaleringslijst.items.first { $0.value == "opvoeding-3" })
        #expect(item.label.hasSuffix("3. Het kind is slachtoffer van kindermishandeling."))
        #expect(Signaleringslijst.items.count == 35)
        #expect(Set(Signaleringslijst.items.map(\.value)).count == 35)
    }

    /// Regenerate the files with `LOGBOEK_WRITE_SCHEMAS=1 swift test --filter CatalogueTests`.
    @Test("Schemas/events/<type>.schema.json is exactly what the payload description generates", arguments: EventCatalogue.standard.definitions.map(\.type))
    func schemaFileMatches(type: String) throws {
        let definition = try EventCatalogue.standard.require(type)
        let file = CaseFixture.repositoryRoot.appendingPathComponent("Schemas/events/\(type).schema.json")
        if ProcessInfo.processInfo.environment["LOGBOEK_WRITE_SCHEMAS"] == "1" {
            try Data(definition.schemaText.utf8).write(to: file)
        }
        let onDisk = try String(contentsOf: file, encoding: .utf8)
        #expect(onDisk == definition.schemaText, "run LOGBOEK_WRITE_SCHEMAS=1 swift test --filter CatalogueTests")
    }

    @Test("A generated schema refuses other members, requires the required ones and the salt")
    func schemaShape() throws {
        let schema = try EventCatalogue.standard.require("signal.recorded").jsonSchema
        #expect(schema["additionalProperties"] == .bool(false))
        #expect(schema["$id"] == .string("https://logboek.invalid/schemas/events/signal.recorded.schema.json"))
        let required = try #require(schema["required"]?.arrayValue).compactMap(\.stringValue)
        #expect(Set(required) == ["description", "observedOn", "kind", "stance", "source", "salt"])
        #expect(schema["properties"]?["kind"]?["enum"] == .array([.string("fact"), .string("observation"), .string("child-words")]))
        #expect(schema["properties"]?["source"]?["allOf"] != nil)
    }
}
