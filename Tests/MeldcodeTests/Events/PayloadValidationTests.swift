import Ledger
import Testing
@testable import Meldcode

/// Every type accepts its example payload and refuses the schema violations (missing required member,
/// unknown member, value outside the enum, impossible date) with a stable code.
@Suite("Payload validation")
struct PayloadValidationTests {
    static let types = CatalogueTests.issueTypes

    @Test("The fixture's example of every type is admitted after the events before it (issue 4)", arguments: types)
    func exampleAccepted(type: String) throws {
        let (book, draft, seq) = try CaseFixture.before(type)
        #expect(throws: Never.self) { try book.admit(draft, seq: seq, author: CaseFixture.author, at: CaseFixture.now) }
    }

    @Test("A payload without a required member is refused (seed 001 stap 1: record fully)", arguments: types)
    func missingRequired(type: String) throws {
        let (book, draft, seq) = try CaseFixture.before(type)
        let definition = try EventCatalogue.standard.require(type)
        for field in definition.payload.fields where field.isRequired {
            var payload = draft.payload
            payload[field.name] = nil
            let broken = EventDraft(type: type, stream: draft.stream, payload: payload)
            #expect(code { try book.admit(broken, seq: seq, author: CaseFixture.author, at: CaseFixture.now) } == field.refusal.code, "\(type).\(field.name)")
        }
    }

    @Test("A payload with an unknown member is refused (issue 4: strict schemas)", arguments: types)
    func unknownMember(type: String) throws {
        let (book, draft, seq) = try CaseFixture.before(type)
        var payload = draft.payload
        payload["unexpectedMember"] = .bool(true)
        let broken = EventDraft(type: type, stream: draft.stream, payload: payload)
        #expect(code { try book.admit(broken, seq: seq, author: CaseFixture.author, at: CaseFixture.now) } == "invalid-payload")
    }

    @Test("A value outside a field's choices is refused (seed 002: afwegingskader, meldnormen)", arguments: types.filter { type in
        EventCatalogue.standard.definition(of: type)?.payload.fields.contains { if case .choice = $0.kind { $0.isRequired } else { false } } ?? false
    })
    func wrongChoice(type: String) throws {
        let (book, draft, seq) = try CaseFixture.before(type)
        let definition = try EventCatalogue.standard.require(type)
        let field = try #require(definition.payload.fields.first { if case .choice = $0.kind { $0.isRequired } else { false } })
        var payload = draft.payload
        payload[field.name] = .string("something-else")
        let broken = EventDraft(type: type, stream: draft.stream, payload: payload)
        #expect(code { try book.admit(broken, seq: seq, author: CaseFixture.author, at: CaseFixture.now) } == field.refusal.code)
    }

    @Test("An impossible or misspelt date is refused (issue 4: dates valid)", arguments: types.filter { type in
        EventCatalogue.standard.definition(of: type)?.payload.fields.contains { if case .date = $0.kind { $0.isRequired } else { false } } ?? false
    })
    func badDate(type: String) throws {
        let (book, draft, seq) = try CaseFixture.before(type)
        let definition = try EventCatalogue.standard.require(type)
        let field = try #require(definition.payload.fields.first { if case .date = $0.kind { $0.isRequired } else { false } })
        for bad in ["2026-02-30", "2026-9-07", "07-09-2026", "2026-13-01"] {
            var payload = draft.payload
            payload[field.name] = .string(bad)
            let broken = EventDraft(type: type, stream: draft.stream, payload: payload)
            #expect(code { try book.admit(broken, seq: seq, author: CaseFixture.author, at: CaseFixture.now) } == "invalid-payload", "\(bad)")
        }
    }

    @Test("Wrong kinds are refused: a number for text, a string for a seq, an empty list, a bad actor id (issue 4)")
    func wrongKinds() throws {
        let (book, _, seq) = try CaseFixture.before("hypothesis.recorded")
        let cases: [String: JSONValue?] = ["statement": .integer(3)]
        for (changes, name) in [(cases, "text"), (["signals": .array([.string("5")])], "seq"), (["signals": .array([])], "empty")] {
            let draft = try CaseFixture.draft("hypothesis.recorded", changing: changes)
            #expect(code { try book.admit(draft, seq: seq, author: CaseFixture.author, at: CaseFixture.now) } == "invalid-payload", "\(name)")
        }
        let melding = try CaseFixture.before("melding.made")
        let badActor = try CaseFixture.draft("melding.made", changing: ["madeBy": .string("Dir Jansen")])
        #expect(code { try melding.book.admit(badActor, seq: melding.seq, author: CaseFixture.author, at: CaseFixture.now) } == "invalid-payload")
    }

    @Test("A recorded payload may carry the salt the logbook adds")
    func saltAllowed() throws {
        let definition = try EventCatalogue.standard.require("note.recorded")
        let payload: [String: JSONValue] = ["text": .string("Telefoon"), "contactOn": .string("2026-11-12"), "salt": .string("00112233445566778899aabbccddeeff")]
        #expect(throws: Never.self) { _ = try definition.validate(payload, recordedAt: CaseFixture.now) }
    }
}
