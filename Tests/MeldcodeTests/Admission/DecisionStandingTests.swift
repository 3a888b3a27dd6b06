import Ledger
import Testing
@testable import Meldcode

/// A decision in someone else's name stands only once one of its deciders confirms it with their own key, and
/// a melding by someone the profile does not let make it needs a standing decision behind it (002 l.153, 207;
/// 000 l.220-224).
@Suite("Decisions that stand, and who makes the melding")
struct DecisionStandingTests {
    private static let rights = RecordingRights(actorRoles: CaseScript.roles, profile: .klimtoren)

    /// The fixture's casebook just before its decision on the melding, with the role rules on, and that decision's seq.
    private func beforeMeldingDecision() throws -> (book: Casebook, draft: EventDraft, seq: Int) {
        let index = try #require(CaseFixture.drafts.indices.first {
            CaseFixture.drafts[$0].type == "decision.recorded" && CaseFixture.drafts[$0].payload["question"] == "melding"
        })
        var book = try CaseFixture.casebook(after: index)
        book.rights = Self.rights
        return (book, CaseFixture.drafts[index], CaseFixture.firstSeq + index)
    }

    private func confirmation(of seq: Int) -> EventDraft {
        EventDraft(type: "decision.confirmed", stream: "case/2026-001", payload: ["decision": .integer(Int64(seq)), "confirmedOn": "2026-11-02"])
    }

    private func melding(by melder: String, decision: Int? = nil) throws -> EventDraft {
        try CaseFixture.draft("melding.made", changing: ["madeBy": .string(melder), "decision": decision.map { .integer(Int64($0)) }])
    }

    @Test("A decision recorded in the director's name by the IB'er is taken as proposed; only the director confirms it, once")
    func confirmation() throws {
        var (book, decision, seq) = try beforeMeldingDecision()
        let inDirectorsName = EventDraft(type: decision.type, stream: decision.stream, payload: decision.payload.merging(["decidedBy": .array(["dir.jansen"])]) { $1 })
        try book.record(inDirectorsName, seq: seq, author: "ib.devries", at: CaseFixture.now)
        #expect(book.cases["2026-001"]?.standingDecisions.contains(seq) == false)
        #expect(code { try book.admit(confirmation(of: seq), seq: seq + 1, author: "ib.devries", at: CaseFixture.now) } == "not-a-decider")
        try book.record(confirmation(of: seq), seq: seq + 1, author: "dir.jansen", at: CaseFixture.now)
        #expect(book.cases["2026-001"]?.standingDecisions.contains(seq) == true)
        #expect(code { try book.admit(confirmation(of: seq), seq: seq + 2, author: "dir.jansen", at: CaseFixture.now) } == "decision-already-stands")
    }

    @Test("A decision its decider signs stands at once and needs no confirmation")
    func signedByDecider() throws {
        var (book, decision, seq) = try beforeMeldingDecision()
        try book.record(decision, seq: seq, author: "dir.jansen", at: CaseFixture.now)
        #expect(book.cases["2026-001"]?.standingDecisions.contains(seq) == true)
        #expect(code { try book.admit(confirmation(of: seq), seq: seq + 1, author: "dir.jansen", at: CaseFixture.now) } == "decision-already-stands")
    }

    @Test("A melding by a teacher with no standing decision behind it is refused; with a proposed one too; once confirmed it is taken")
    func melderWithoutDecision() throws {
        var (book, decision, seq) = try beforeMeldingDecision()
        #expect(code { try book.admit(melding(by: "lk.bakker"), seq: seq, author: "lk.bakker", at: CaseFixture.now) } == "melder-not-allowed")
        #expect(code { try book.admit(melding(by: "dir.jansen"), seq: seq, author: "dir.jansen", at: CaseFixture.now) } == nil)
        let proposed = EventDraft(type: decision.type, stream: decision.stream, payload: decision.payload.merging(["decidedBy": .array(["dir.jansen"])]) { $1 })
        try book.record(proposed, seq: seq, author: "lk.bakker", at: CaseFixture.now)
        #expect(code { try book.admit(melding(by: "lk.bakker", decision: seq), seq: seq + 1, author: "lk.bakker", at: CaseFixture.now) } == "melder-not-allowed")
        try book.record(confirmation(of: seq), seq: seq + 1, author: "dir.jansen", at: CaseFixture.now)
        #expect(code { try book.admit(melding(by: "lk.bakker", decision: seq), seq: seq + 2, author: "lk.bakker", at: CaseFixture.now) } == nil)
    }

    @Test("Without the role rules (a casebook folded to read) a melding by anyone is taken")
    func noRights() throws {
        var (book, _, seq) = try beforeMeldingDecision()
        book.rights = nil
        #expect(code { try book.admit(melding(by: "lk.bakker"), seq: seq, author: "lk.bakker", at: CaseFixture.now) } == nil)
    }

    @Test("The route and the findings count only decisions that stand: a proposed afweging 3 gives no answer until confirmed")
    func routeCountsStandingDecisions() throws {
        let proposed = CaseScript.correct.moving("decision.recorded", occurrence: 0, by: "ib.devries").through("decision.recorded", occurrence: 0)
        #expect(!proposed.state.answers.contains { $0.afweging == 3 })
        let confirmed = proposed.appending(CaseScript.line("decision.confirmed", "2026-09-16", by: "dir.jansen", ["decision": 12, "confirmedOn": "2026-09-16"]))
        let answer = try #require(confirmed.state.answers.first { $0.afweging == 3 })
        #expect(answer.seq == 13 && answer.answer == "yes")
        #expect(confirmed.state.standingDecisions[12] == 13)
        let wrongConfirmer = proposed.appending(CaseScript.line("decision.confirmed", "2026-09-16", by: "lk.bakker", ["decision": 12, "confirmedOn": "2026-09-16"]))
        #expect(!wrongConfirmer.state.answers.contains { $0.afweging == 3 })
    }

    @Test("A decision on the melding in a teacher's name, recorded by the director, is no decision by the teacher (no decider-not-allowed until it stands)")
    func proposedDecisionNotJudged() {
        let inTeachersName = CaseScript.correct.changing("decision.recorded", occurrence: 2, ["decidedBy": CaseScript.list("lk.bakker")])
        #expect(inTeachersName.findings(.deciderNotAllowed, .klimtoren).isEmpty)
        let signed = inTeachersName.moving("decision.recorded", occurrence: 2, by: "lk.bakker")
        #expect(!signed.findings(.deciderNotAllowed, .klimtoren).isEmpty)
    }
}
