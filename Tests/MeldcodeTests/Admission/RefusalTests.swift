import Ledger
import Testing
@testable import Meldcode

/// Every refusal code fires on the record it is for, and not on the correct record next to it.
@Suite("Refusals at append")
struct RefusalTests {
    private func admit(_ draft: EventDraft, before type: String, at moment: Timestamp = CaseFixture.now) throws -> String? {
        let (book, _, seq) = try CaseFixture.before(type)
        return code { try book.admit(draft, seq: seq, author: CaseFixture.author, at: moment) }
    }

    @Test("Third-party information without name or role, or without date, is refused (seed 002 line 74: altijd de bron en datum)")
    func sourceMissing() throws {
        let third = JSONValue.object(["kind": .string("third-party"), "party": .string("buurvrouw"), "date": .string("2026-09-08")])
        #expect(try admit(try CaseFixture.draft("signal.recorded", changing: ["source": third]), before: "signal.recorded") == nil)
        for missing in ["party", "date"] {
            var source = try #require(third.objectValue)
            source[missing] = nil
            let draft = try CaseFixture.draft("signal.recorded", changing: ["source": .object(source)])
            #expect(try admit(draft, before: "signal.recorded") == "source-missing", "without \(missing)")
        }
        let noSource = try CaseFixture.draft("signal.recorded", changing: ["source": nil])
        #expect(try admit(noSource, before: "signal.recorded") == "source-missing")
        let own = try CaseFixture.draft("signal.recorded", changing: ["source": .object(["kind": .string("self")])])
        #expect(try admit(own, before: "signal.recorded") == nil)
    }

    @Test("A diagnosis by a teacher is refused; by an orthopedagoog it is recorded (seed 002 line 75, seed 001 line 479)")
    func diagnosisUnqualified() throws {
        let teacher = try CaseFixture.draft("diagnosis.recorded", changing: ["profession": .string("leerkracht")])
        #expect(try admit(teacher, before: "diagnosis.recorded") == "diagnosis-unqualified")
        let nobody = try CaseFixture.draft("diagnosis.recorded", changing: ["profession": nil])
        #expect(try admit(nobody, before: "diagnosis.recorded") == "diagnosis-unqualified")
        let jeugdarts = try CaseFixture.draft("diagnosis.recorded", changing: ["profession": .string("jeugdarts")])
        #expect(try admit(jeugdarts, before: "diagnosis.recorded") == nil)
    }

    @Test("A skipped conversation needs a permitted reason (seed 000 lines 306-314, seed 002 line 121)")
    func skippedConversation() throws {
        let busy = try CaseFixture.draft("conversation.skipped", changing: ["reason": .string("no-time")])
        #expect(try admit(busy, before: "conversation.skipped") == "skip-reason-not-permitted")
        let none = try CaseFixture.draft("conversation.skipped", changing: ["reason": nil])
        #expect(try admit(none, before: "conversation.skipped") == "skip-reason-not-permitted")
        let breaks = try CaseFixture.draft("conversation.skipped", changing: ["reason": .string("family-breaks-contact")])
        #expect(try admit(breaks, before: "conversation.skipped") == nil)
    }

    @Test("A melding not discussed needs a permitted reason (seed 000 lines 306-314)")
    func meldingNotDiscussed() throws {
        let skipped: [String: JSONValue?] = ["discussed": .bool(false), "reaction": nil, "objections": nil, "objectionsHandling": nil]
        let without = try CaseFixture.draft("melding.discussed", changing: skipped.merging(["explanation": .string("Geen tijd.")]) { $1 })
        #expect(try admit(without, before: "melding.discussed") == "skip-reason-not-permitted")
        let with = try CaseFixture.draft(
            "melding.discussed",
            changing: skipped.merging(["skipReason": .string("safety-child"), "explanation": .string("Vader dreigde.")]) { $1 })
        #expect(try admit(with, before: "melding.discussed") == nil)
    }

    @Test("An anonymous melding needs one of the three permitted reasons (seed 001 lines 300-304, seed 002 line 193)")
    func anonymousMelding() throws {
        let without = try CaseFixture.draft("melding.made", changing: ["anonymityReason": nil])
        #expect(try admit(without, before: "melding.made") == "anonymity-reason-missing")
        let other = try CaseFixture.draft("melding.made", changing: ["anonymityReason": .string("prefers-not")])
        #expect(try admit(other, before: "melding.made") == "anonymity-reason-missing")
        let named = try CaseFixture.draft("melding.made", changing: ["anonymous": .bool(false), "anonymityReason": nil])
        #expect(try admit(named, before: "melding.made") == nil)
        #expect(try admit(try CaseFixture.before("melding.made").draft, before: "melding.made") == nil)
    }

    @Test("An observation dated after the moment of recording is refused; a help term may lie ahead (seed 000 Verslaglegging)")
    func dateInFuture() throws {
        let tomorrow = try CaseFixture.draft("signal.recorded", changing: ["observedOn": .string("2026-11-24")])
        #expect(try admit(tomorrow, before: "signal.recorded") == "date-in-future")
        let today = try CaseFixture.draft("signal.recorded", changing: ["observedOn": .string("2026-11-23")])
        #expect(try admit(today, before: "signal.recorded") == nil)
        let source = JSONValue.object(["kind": .string("third-party"), "party": .string("buurvrouw"), "date": .string("2027-01-01")])
        let heard = try CaseFixture.draft("signal.recorded", changing: ["source": source])
        #expect(try admit(heard, before: "signal.recorded") == "date-in-future")
        let term = try CaseFixture.draft("help.organised", changing: ["term": .string("2027-03-01")])
        #expect(try admit(term, before: "help.organised") == nil)
    }

    @Test("References must name an earlier event of the same case, of the right type (seed 001 lines 476-479)")
    func references() throws {
        let later = try CaseFixture.draft("hypothesis.recorded", changing: ["signals": .array([.integer(5), .integer(99)])])
        #expect(try admit(later, before: "hypothesis.recorded") == "unknown-reference")
        let registry = try CaseFixture.draft("hypothesis.recorded", changing: ["signals": .array([.integer(1)])])
        #expect(try admit(registry, before: "hypothesis.recorded") == "reference-other-case")
        let opened = try CaseFixture.draft("hypothesis.recorded", changing: ["signals": .array([.integer(4)])])
        #expect(try admit(opened, before: "hypothesis.recorded") == "reference-wrong-type")
        let signal = try CaseFixture.draft("hypothesis.confirmed", changing: ["hypothesis": .integer(5)])
        #expect(try admit(signal, before: "hypothesis.confirmed") == "reference-wrong-type")
        #expect(try admit(try CaseFixture.before("hypothesis.confirmed").draft, before: "hypothesis.confirmed") == nil)
    }

    @Test("A melding's facts are facts: a hypothesis, a weighing or a decision among them is refused with not-a-fact (seed 004 lines 164-167, 001 lines 247-249)")
    func notAFact() throws {
        for seq in [8, 16, 20] {  // hypothesis.recorded, weighing.recorded, decision.recorded
            let draft = try CaseFixture.draft("melding.made", changing: ["facts": .array([.integer(5), .integer(Int64(seq))])])
            #expect(try admit(draft, before: "melding.made") == "not-a-fact", "seq \(seq)")
        }
        let seen = try CaseFixture.draft("melding.made", changing: ["facts": .array([.integer(5), .integer(7), .integer(12), .integer(14), .integer(19)])])
        #expect(try admit(seen, before: "melding.made") == nil)
    }

    @Test("A reference into another case is refused (seed 001 lines 476-479)")
    func referenceOtherCase() throws {
        var (book, draft, seq) = try CaseFixture.before("hypothesis.recorded")
        let other = EventDraft(type: "case.opened", stream: "case/2026-002", payload: CaseFixture.drafts[0].payload)
        try book.record(other, seq: seq, author: CaseFixture.author, at: CaseFixture.now)
        let signal = EventDraft(type: "signal.recorded", stream: "case/2026-002", payload: CaseFixture.drafts[1].payload)
        try book.record(signal, seq: seq + 1, author: CaseFixture.author, at: CaseFixture.now)
        let crossing = EventDraft(type: draft.type, stream: draft.stream, payload: [
            "statement": .string("x"), "signals": .array([.integer(Int64(seq + 1))]), "formedOn": .string("2026-09-10"),
        ])
        #expect(code { try book.admit(crossing, seq: seq + 2, author: CaseFixture.author, at: CaseFixture.now) } == "reference-other-case")
        #expect(code { try book.admit(draft, seq: seq + 2, author: CaseFixture.author, at: CaseFixture.now) } == nil)
    }

    @Test("A hypothesis is confirmed or refuted once (seed 002 line 73: een vervolgaantekening)")
    func settledOnce() throws {
        let index = try #require(CaseFixture.index(of: "hypothesis.refuted"))
        let book = try CaseFixture.casebook(after: index + 1)
        let seq = CaseFixture.firstSeq + index + 1
        for type in ["hypothesis.confirmed", "hypothesis.refuted"] {
            for hypothesis in [8, 9] {
                let again = EventDraft(type: type, stream: "case/2026-001", payload: [
                    "hypothesis": .integer(Int64(hypothesis)), "reason": .string("nogmaals"), "evidence": .array([.integer(5)]),
                    "settledOn": .string("2026-09-15"),
                ])
                #expect(code { try book.admit(again, seq: seq, author: CaseFixture.author, at: CaseFixture.now) } == "hypothesis-already-settled")
            }
        }
        #expect(book.cases["2026-001"]?.settledHypotheses == [8, 9])
    }

    @Test("Nothing but case.reopened is added to a closed or redirected case (issue 4; seed 003 line 125)")
    func closedCase() throws {
        let closedIndex = try #require(CaseFixture.index(of: "case.closed"))
        let closed = try CaseFixture.casebook(after: closedIndex + 1)
        let seq = CaseFixture.firstSeq + closedIndex + 1
        let note = try CaseFixture.before("note.recorded").draft
        #expect(code { try closed.admit(note, seq: seq, author: CaseFixture.author, at: CaseFixture.now) } == "case-not-open")
        let reopen = try CaseFixture.before("case.reopened").draft
        #expect(code { try closed.admit(reopen, seq: seq, author: CaseFixture.author, at: CaseFixture.now) } == nil)
        let redirected = try CaseFixture.casebook(after: CaseFixture.drafts.count)
        let end = CaseFixture.firstSeq + CaseFixture.drafts.count
        #expect(redirected.cases["2026-001"]?.status == .redirected)
        #expect(code { try redirected.admit(note, seq: end, author: CaseFixture.author, at: CaseFixture.now) } == "case-not-open")
        #expect(code { try redirected.admit(reopen, seq: end, author: CaseFixture.author, at: CaseFixture.now) } == nil)
    }

    @Test("case.reopened needs a closed or redirected case (issue 4)")
    func reopenOpenCase() throws {
        let (book, draft, seq) = try CaseFixture.before("signal.recorded")
        let reopen = EventDraft(type: "case.reopened", stream: draft.stream, payload: ["reason": .string("x"), "reopenedOn": .string("2026-09-10")])
        #expect(code { try book.admit(reopen, seq: seq, author: CaseFixture.author, at: CaseFixture.now) } == "case-not-closed")
    }

    @Test("Events for a case never opened are refused; a case is opened once (seed 003 line 125)")
    func caseLifecycle() throws {
        let (book, signal, seq) = try CaseFixture.before("signal.recorded")
        let elsewhere = EventDraft(type: signal.type, stream: "case/2026-404", payload: signal.payload)
        #expect(code { try book.admit(elsewhere, seq: seq, author: CaseFixture.author, at: CaseFixture.now) } == "case-not-found")
        let again = CaseFixture.drafts[0]
        #expect(code { try book.admit(again, seq: seq, author: CaseFixture.author, at: CaseFixture.now) } == "case-already-open")
        let fresh = EventDraft(type: again.type, stream: "case/2026-404", payload: again.payload)
        #expect(code { try book.admit(fresh, seq: seq, author: CaseFixture.author, at: CaseFixture.now) } == nil)
    }

    @Test("Case events belong in case/ID; a case stream takes only meldcode types; other streams are left alone (seed 002 line 86)")
    func streams() throws {
        let book = try CaseFixture.casebook(after: 1)
        let signal = try CaseFixture.before("signal.recorded").draft
        for stream in ["logbook", "case/2026-001/extra", "cases/2026-001"] {
            let misplaced = EventDraft(type: signal.type, stream: stream, payload: signal.payload)
            #expect(code { try book.admit(misplaced, seq: 5, author: CaseFixture.author, at: CaseFixture.now) } == "wrong-stream", "\(stream)")
        }
        for stream in ["case/2026-001", "case/2026-999", "case/2026-001/extra"] {
            let memo = EventDraft(type: "memo.noted", stream: stream, payload: ["anything": .integer(1)])
            #expect(code { try book.admit(memo, seq: 5, author: CaseFixture.author, at: CaseFixture.now) } == "unknown-type", "\(stream)")
        }
        let memo = EventDraft(type: "memo.noted", stream: "notes/2026-999", payload: ["anything": .integer(1)])
        #expect(code { try book.admit(memo, seq: 5, author: CaseFixture.author, at: CaseFixture.now) } == nil)
        #expect(code { try book.admit(signal, seq: 5, author: CaseFixture.author, at: CaseFixture.now) } == nil)
    }

    @Test("Every refusal code is triggered by a test in this suite, the seed allowances and decisions suites, or the sealed case content suite")
    func everyCodeCovered() {
        let triggered: Set<String> = [
            "invalid-payload", "source-missing", "diagnosis-unqualified", "skip-reason-not-permitted", "anonymity-reason-missing",
            "date-in-future", "date-before-birth", "not-a-decider", "decision-already-stands", "melder-not-allowed", "unknown-reference", "reference-other-case", "reference-wrong-type", "not-a-fact", "hypothesis-already-settled",
            "case-not-open", "case-not-found", "case-already-open", "case-not-closed", "wrong-stream", "unknown-type",
            "case-erased", "not-a-coordinator", "access-unchanged",
        ]
        #expect(Set(Refusal.allCases.map(\.code)) == triggered)
        #expect(Refusal.allCases.filter { $0 != .invalidPayload }.allSatisfy { $0.seed?.contains(".txt") == true })
    }

    @Test("A payload that does not match its type cites no seed: no one seed line governs a schema")
    func invalidPayloadCitesNoSeed() throws {
        let draft = try CaseFixture.draft("note.recorded", changing: ["extra": .integer(1)])
        let book = try CaseFixture.before("note.recorded").book
        let error = #expect(throws: MeldcodeError.self) {
            try book.admit(draft, seq: 100, author: CaseFixture.author, at: CaseFixture.now)
        }
        #expect(error?.code == "invalid-payload")
        #expect(error?.seed == nil)
    }
}
