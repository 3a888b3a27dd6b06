import Ledger
import Testing
@testable import Meldcode

/// What the seeds allow that was refused, and world dates that cannot be, as a PRO8 walk-through met them.
@Suite("What the seeds allow, and dates that cannot be")
struct SeedAllowanceTests {
    private func admit(_ draft: EventDraft, before type: String) throws -> String? {
        let (book, _, seq) = try CaseFixture.before(type)
        return code { try book.admit(draft, seq: seq, author: CaseFixture.author, at: CaseFixture.now) }
    }

    @Test(
        "Consultations with the aandachtsfunctionaris, the JGZ, the buurtcoach/jeugdconsulent and the ondersteuningsteam are recorded (001 l.122-124, 000 l.186-200)",
        arguments: ["aandachtsfunctionaris", "jgz", "buurtcoach-jeugdconsulent", "ondersteuningsteam"])
    func consultationKinds(kind: String) throws {
        let draft = try CaseFixture.draft("consultation.held", changing: ["kind": .string(kind)])
        #expect(try admit(draft, before: "consultation.held") == nil)
    }

    @Test("A consultation of the aandachtsfunctionaris meets a profile that requires one (the kind names the role)")
    func consultedRoleCounts() {
        #expect(Vocabulary.consultedRole["aandachtsfunctionaris"] == .aandachtsfunctionaris)
        #expect(Vocabulary.consultedRole["jgz"] == .jgz)
        #expect(Set(Vocabulary.consultedRole.keys).isSubset(of: Set(Vocabulary.consultationKinds.map(\.value))))
    }

    @Test("The mentor is a role staff are enrolled with; the buurtcoach/jeugdconsulent is an outside party, not a role")
    func mentorRole() {
        #expect(Role(rawValue: "mentor") == .mentor)
        #expect(Role(rawValue: "buurtcoach") == nil && Role(rawValue: "jeugdconsulent") == nil)
    }

    @Test("Skipping the conversation with a young child for its age or development is permitted, with the child only (004 l.93-96, 186-190)")
    func youngChild() throws {
        let child = try CaseFixture.draft(
            "conversation.skipped", changing: ["with": .string("child"), "reason": .string("child-age-or-development")])
        #expect(try admit(child, before: "conversation.skipped") == nil)
        let parents = try CaseFixture.draft(
            "conversation.skipped", changing: ["with": .string("parents"), "reason": .string("child-age-or-development")])
        #expect(try admit(parents, before: "conversation.skipped") == "skip-reason-not-permitted")
        let noExplanation = try CaseFixture.draft(
            "conversation.skipped", changing: ["with": .string("child"), "reason": .string("child-age-or-development"), "explanation": nil])
        #expect(try admit(noExplanation, before: "conversation.skipped") == "invalid-payload")
    }

    @Test("A signal observed before the child was born is refused; the day of birth itself is not")
    func signalBeforeBirth() throws {
        let before = try CaseFixture.draft("signal.recorded", changing: ["observedOn": .string("2017-03-13")])
        #expect(try admit(before, before: "signal.recorded") == "date-before-birth")
        let born = try CaseFixture.draft("signal.recorded", changing: ["observedOn": .string("2017-03-14")])
        #expect(try admit(born, before: "signal.recorded") == nil)
    }

    @Test(
        "Any world date before the child's birth is refused, nested ones too",
        arguments: [("consultation.held", "heldOn"), ("weighing.recorded", "weighedOn"), ("note.recorded", "contactOn")])
    func worldDateBeforeBirth(type: String, field: String) throws {
        let draft = try CaseFixture.draft(type, changing: [field: .string("2016-12-31")])
        #expect(try admit(draft, before: type) == "date-before-birth")
    }

    @Test("Third-party information dated before the child's birth is refused (source.date)")
    func sourceDateBeforeBirth() throws {
        let source = JSONValue.object(["kind": .string("third-party"), "party": .string("buurvrouw"), "date": .string("2010-01-01")])
        let draft = try CaseFixture.draft("signal.recorded", changing: ["source": source])
        #expect(try admit(draft, before: "signal.recorded") == "date-before-birth")
    }
}
