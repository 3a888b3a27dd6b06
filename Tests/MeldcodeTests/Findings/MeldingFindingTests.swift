import Ledger
import Testing
@testable import Meldcode

/// Steps 1–3 before a melding, and its discussion by the child's age.
@Suite("Findings: before a melding")
struct MeldingFindingTests {
    private let script = CaseScript.correct

    @Test("The correct case has no finding under the Klimtoren profile (seed 002) nor the basismodel (seed 001)")
    func correctCase() {
        #expect(script.findings(.klimtoren).isEmpty)
        #expect(script.findings(.basismodel).isEmpty)
    }

    @Test("melding-without-signals: a melding with no signal recorded before it (seed 001_d96ffb29215577c0.txt lines 72-73)")
    func withoutSignals() throws {
        let bare = script.replacing("signal.recorded").replacing("signal.recorded")
        let finding = try #require(bare.findings(.meldingWithoutSignals).first)
        #expect(finding.seqs == [19] && finding.severity == .warning && finding.seed == "001_d96ffb29215577c0.txt")
        #expect(script.findings(.meldingWithoutSignals).isEmpty)
        let checklist = bare.replacing("note.recorded", with: CaseScript.line(
            "checklist.completed", "2026-09-07", ["completedOn": "2026-09-07", "answers": .array([.object(["item": "gezondheid-4", "answer": "yes"])])]))
        #expect(checklist.findings(.meldingWithoutSignals).isEmpty)
    }

    @Test("melding-without-consultation: a melding with no consultation before it (seed 001_d96ffb29215577c0.txt lines 72-73, 485)")
    func withoutConsultation() throws {
        let finding = try #require(script.replacing("consultation.held").findings(.meldingWithoutConsultation, .basismodel).first)
        #expect(finding.seqs == [19] && finding.severity == .warning)
        #expect(script.findings(.meldingWithoutConsultation, .basismodel).isEmpty)
    }

    @Test("In an emergency (afweging 2 = acute before the melding) the missing steps are notices, not warnings (seed 001_d96ffb29215577c0.txt lines 447-452)")
    func emergency() throws {
        let acute = script.replacing("consultation.held").changing("weighing.recorded", ["afweging2": "acute"])
        #expect(try #require(acute.findings(.meldingWithoutConsultation).first).severity == .notice)
    }

    @Test("melding-without-conversation: neither a conversation nor a permitted skip before the melding (seed 001_d96ffb29215577c0.txt lines 504-508)")
    func withoutConversation() throws {
        let finding = try #require(script.replacing("conversation.held").findings(.meldingWithoutConversation).first)
        #expect(finding.seqs == [19] && finding.seed == "001_d96ffb29215577c0.txt")
        let skipped = script.replacing("conversation.held", with: CaseScript.line(
            "conversation.skipped", "2026-09-10", ["with": "parents", "reason": "safety-child", "explanation": "Vader dreigde."]))
        #expect(skipped.findings(.meldingWithoutConversation).isEmpty)
        #expect(script.findings(.meldingWithoutConversation).isEmpty)
    }

    @Test("melding-not-discussed-by-age: a child of 9 — discussed with the child only, or not at all (seed 001_d96ffb29215577c0.txt lines 277-279, 563-564)")
    func underTwelve() throws {
        let withChild = script.changing("melding.discussed", ["with": "child"])
        let finding = try #require(withChild.findings(.meldingNotDiscussedByAge, .basismodel).first)
        #expect(finding.seqs == [19, 18] && finding.seed == "001_d96ffb29215577c0.txt")
        #expect(!script.replacing("melding.discussed").findings(.meldingNotDiscussedByAge).isEmpty)
        #expect(script.findings(.meldingNotDiscussedByAge).isEmpty)
    }

    @Test("melding-not-discussed-by-age: from 16 with the child; 12 to 15 with the child or the parents (seed 002_98403fc803802b4b.txt line 171)")
    func olderChildren() {
        let sixteen = script.changing("case.opened", ["birthDate": "2010-11-03"])
        #expect(!sixteen.findings(.meldingNotDiscussedByAge).isEmpty)
        #expect(sixteen.changing("melding.discussed", ["with": "child"]).findings(.meldingNotDiscussedByAge).isEmpty)
        let fifteen = script.changing("case.opened", ["birthDate": "2010-11-04"])
        #expect(fifteen.findings(.meldingNotDiscussedByAge).isEmpty)
        #expect(fifteen.changing("melding.discussed", ["with": "child"]).findings(.meldingNotDiscussedByAge).isEmpty)
    }

    @Test("A melding not discussed for a permitted reason is no finding (seed 001_d96ffb29215577c0.txt lines 581-585)")
    func permittedSkip() {
        let skipped = script.changing("melding.discussed", [
            "discussed": false, "heldOn": nil, "reaction": nil, "skipReason": "family-breaks-contact", "explanation": "Ouders halen Noor van school.",
        ])
        #expect(skipped.findings(.meldingNotDiscussedByAge).isEmpty)
    }
}
