import Ledger
import Meldcode
import Testing
@testable import Web

/// A recording form read back into a payload: the fields of the catalogue, each problem in Dutch next to its field.
@Suite("Form payload")
struct FormPayloadTests {
    static let signal = EventCatalogue.standard.definition(of: "signal.recorded")?.payload ?? PayloadSchema([])

    @Test("A filled-in signal becomes its payload, nested source included, and validates")
    func filled() throws {
        let read = FormPayload(Self.signal, form: FormData([
            ("f.description", " Vier blauwe plekken. "), ("f.observedOn", "2026-12-01"), ("f.kind", "child-words"), ("f.stance", "supports"),
            ("f.source.kind", "self"), ("f.checklistItem", ""),
        ]))
        #expect(read.problems.isEmpty)
        #expect(read.payload["description"] == .string("Vier blauwe plekken.") && read.payload["source"] == .object(["kind": .string("self")]))
        #expect(read.payload["checklistItem"] == nil)
        let definition = try #require(EventCatalogue.standard.definition(of: "signal.recorded"))
        _ = try definition.validate(read.payload, recordedAt: Timestamp(millisecondsSinceEpoch: 1_800_000_000_000))
    }

    @Test("Empty, unreadable and conditionally required fields each get their Dutch problem")
    func problems() {
        let read = FormPayload(Self.signal, form: FormData([
            ("f.observedOn", "1-12-2026"), ("f.kind", "gerucht"), ("f.source.kind", "third-party"),
        ]))
        #expect(read.problems["f.description"] == "Vul dit veld in.")
        #expect(read.problems["f.observedOn"]?.hasPrefix("Vul een datum in") == true)
        #expect(read.problems["f.kind"] == "Kies een van de mogelijkheden.")
        #expect(read.problems["f.stance"] == "Kies een antwoord.")
        #expect(read.problems["f.source.party"]?.hasPrefix("Vul dit veld in: het is nodig") == true && read.problems["f.source.date"] != nil)
    }

    @Test("Lists: references ticked one by one, lines one per line; a number that is no number is a problem")
    func lists() throws {
        let consultation = try #require(EventCatalogue.standard.definition(of: "consultation.held")).payload
        let read = FormPayload(consultation, form: FormData([
            ("f.kind", "intern-begeleider"), ("f.heldOn", "2026-12-02"), ("f.anonymous", "nee"), ("f.advice", "Gesprek voeren."),
            ("f.signalsDiscussed", "12"), ("f.signalsDiscussed", "14"), ("f.outsideParticipants", "jeugdarts\nwijkteam\n"),
        ]))
        #expect(read.problems.isEmpty)
        #expect(read.payload["signalsDiscussed"] == .array([.integer(12), .integer(14)]) && read.payload["anonymous"] == .bool(false))
        #expect(read.payload["outsideParticipants"] == .array([.string("jeugdarts"), .string("wijkteam")]))
        let bad = FormPayload(consultation, form: FormData([("f.signalsDiscussed", "twaalf")]))
        #expect(bad.problems["f.signalsDiscussed"] == "Vul een heel getal in.")
    }

    @Test("A form's text is escaped: a description holding markup renders as text on the form")
    func escaped() {
        let form = RecordForm(events: [], actors: [], form: FormData([("f.description", "<script>alert(1)</script>\"'")]), problems: [:])
        let html = form.fields(Self.signal).map(\.html).joined()
        #expect(!html.contains("<script>") && html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;"))
    }
}
