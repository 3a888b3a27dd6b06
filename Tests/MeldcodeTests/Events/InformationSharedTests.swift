import Ledger
import Testing
@testable import Meldcode

/// `information.shared` (issue 11): whom, what, when and how; refused without a recipient, with a recipient
/// that names no one, with a date after recording, or with a reference to no earlier event of the case.
@Suite("Information shared")
struct InformationSharedTests {
    private func admit(_ changes: [String: JSONValue?]) throws -> String? {
        let (book, _, seq) = try CaseFixture.before("information.shared")
        let draft = try CaseFixture.draft("information.shared", changing: changes)
        return code { try book.admit(draft, seq: seq, author: CaseFixture.author, at: CaseFixture.now) }
    }

    @Test("Telling the director and the bevoegd gezag is admitted (000 l.196, 002 l.235)")
    func admitted() throws {
        #expect(try admit([:]) == nil)
        let parents = JSONValue.array([.object(["kind": .string("outside"), "party": .string("ouders")])])
        #expect(try admit(["recipients": parents, "events": nil]) == nil)
    }

    @Test("No recipient, an actor recipient without an actor, an outside recipient without a party: refused")
    func recipientsRequired() throws {
        #expect(try admit(["recipients": .array([])]) == "invalid-payload")
        #expect(try admit(["recipients": .array([.object(["kind": .string("actor")])])]) == "invalid-payload")
        #expect(try admit(["recipients": .array([.object(["kind": .string("outside"), "name": .string("mevrouw Smit")])])]) == "invalid-payload")
        #expect(try admit(["recipients": .array([.object(["kind": .string("outside"), "party": .string("buurman")])])]) == "invalid-payload")
    }

    @Test("A day after recording, an unknown means, or a reference to a later event: refused")
    func refusedValues() throws {
        #expect(try admit(["sharedOn": .string("2026-12-01")]) == "date-in-future")
        #expect(try admit(["means": .string("duif")]) == "invalid-payload")
        #expect(try admit(["events": .array([.integer(9_999)])]) == "unknown-reference")
    }

    @Test("Every case event type carries a required date in the world (issue 11)")
    func everyCaseTypeIsDated() {
        for definition in EventCatalogue.standard.definitions where definition.scope == .case {
            let dated = definition.payload.fields.contains { field in
                if case .date = field.kind, field.isRequired, field.name != "term", field.name != "birthDate" { true } else { false }
            }
            #expect(dated, "\(definition.type)")
            if definition.type != "diagnosis.recorded" {
                #expect(CaseState.dateField(of: definition.type).flatMap { definition.payload.field($0.rawValue) }?.isRequired == true, "\(definition.type)")
            }
        }
    }
}
