import Ledger
import Testing
@testable import Meldcode

/// Who decides, whom step 2 consults, who attends a conversation with parents — per the profile and the actors' roles.
@Suite("Findings: roles")
struct RoleFindingTests {
    private let script = CaseScript.correct

    @Test("decider-not-allowed: a teacher decides on the melding where the director must (seed 002_98403fc803802b4b.txt line 207); the basismodel allows it (seed 001)")
    func deciderNotAllowed() throws {
        let teacher = script.changing("decision.recorded", occurrence: 2, ["decidedBy": CaseScript.list("lk.bakker")])
            .moving("decision.recorded", occurrence: 2, by: "lk.bakker")
        let finding = try #require(teacher.findings(.deciderNotAllowed, .klimtoren).first)
        #expect(finding.seqs == [17] && finding.seed == "002_98403fc803802b4b.txt")
        #expect(teacher.findings(.deciderNotAllowed, .basismodel).isEmpty)
        #expect(script.findings(.deciderNotAllowed).isEmpty)
        let unknown = script.changing("decision.recorded", occurrence: 2, ["decidedBy": CaseScript.list("nobody.known")])
            .moving("decision.recorded", occurrence: 2, by: "nobody.known")
        #expect(!unknown.findings(.deciderNotAllowed).isEmpty)
    }

    @Test("decision-without-required-consultation: the director decides without the IB'er (seed 002_98403fc803802b4b.txt lines 153, 207)")
    func decisionWithoutConsultation() throws {
        let alone = script.changing("decision.recorded", occurrence: 2, ["consulted": nil])
        #expect(try #require(alone.findings(.decisionWithoutRequiredConsultation).first).seqs == [17])
        #expect(alone.findings(.decisionWithoutRequiredConsultation, .basismodel).isEmpty)
        #expect(script.findings(.decisionWithoutRequiredConsultation).isEmpty)
    }

    @Test("melder-not-allowed: a teacher makes the melding where the director, the IB'er or the JGZ must (seed 000_9dc667da707d7897.txt lines 220-222; the Klimtoren rule, seed 002_98403fc803802b4b.txt lines 165-167)")
    func melderNotAllowed() throws {
        let teacher = script.changing("melding.made", ["madeBy": "lk.bakker"])
        let finding = try #require(teacher.findings(.melderNotAllowed, .klimtoren).first)
        #expect(finding.seqs == [19] && finding.severity == .notice)
        #expect(finding.citation == ProtocolProfile.klimtoren.melder.citations.first)
        #expect(teacher.findings(.melderNotAllowed, .basismodel).isEmpty)
        #expect(script.findings(.melderNotAllowed).isEmpty)
    }

    @Test("required-consultation-missing: step 2 with a colleague but never the IB'er (seed 002_98403fc803802b4b.txt line 96)")
    func ibNotConsulted() throws {
        let colleague = script.changing("consultation.held", ["kind": "colleague", "participants": CaseScript.list("lk.visser")])
        let finding = try #require(colleague.findings(.requiredConsultationMissing).first)
        #expect(finding.seqs == [11, 8] && finding.seed == "002_98403fc803802b4b.txt")
        #expect(colleague.findings(.requiredConsultationMissing, .basismodel).isEmpty)
        let ibAttends = script.changing("consultation.held", ["kind": "colleague", "participants": CaseScript.list("ib.devries")])
        #expect(ibAttends.findings(.requiredConsultationMissing).isEmpty)
        #expect(colleague.through("conversation.held").findings(.requiredConsultationMissing).isEmpty)
        #expect(script.findings(.requiredConsultationMissing).isEmpty)
    }

    @Test("parent-conversation-without-required-attendee: the teacher talks with the parents alone (seed 002_98403fc803802b4b.txt line 110)")
    func parentConversation() throws {
        let alone = script.changing("conversation.held", ["attendees": CaseScript.list("lk.bakker")])
        let finding = try #require(alone.findings(.parentConversationWithoutRequiredAttendee).first)
        #expect(finding.seqs == [9] && finding.severity == .notice)
        #expect(alone.findings(.parentConversationWithoutRequiredAttendee, .basismodel).isEmpty)
        let child = alone.changing("conversation.held", ["with": "child", "parentsToldBeforehand": true])
        #expect(child.findings(.parentConversationWithoutRequiredAttendee).isEmpty)
        #expect(script.findings(.parentConversationWithoutRequiredAttendee).isEmpty)
    }

    @Test("Roles come from the actor registry: a context built from a registry judges like one built from a role map (issue 4)")
    func rolesFromRegistry() throws {
        let registry = try Self.registry(of: try MeldcodeLogbook())
        let day = CaseScript.day("2026-11-20")
        let teacher = script.changing("decision.recorded", occurrence: 2, ["decidedBy": CaseScript.list("lk.bakker")])
            .moving("decision.recorded", occurrence: 2, by: "lk.bakker")
        let fromRegistry = teacher.state.findings(in: FindingContext(profile: .klimtoren, registry: registry, day: day))
        #expect(fromRegistry == teacher.findings(.klimtoren))
        #expect(fromRegistry.map(\.code) == [.deciderNotAllowed])
    }

    /// The registry of a logbook's log.
    static func registry(of logbook: MeldcodeLogbook) throws -> ActorRegistry {
        let report = try Verifier(checksSignatures: false).verify(logAt: logbook.layout.log, onEvent: { _ in })
        return try #require(report.state?.registry)
    }
}
