import Ledger
import Testing
@testable import Meldcode

/// The rules of issue 15: the forum weighs and decides, a melding's facts and other sources, how a
/// conversation is held, the route after doubt, late from when the school knew, a skipped conversation recorded.
@Suite("Findings: the profile's own rules")
struct ProfileRuleFindingTests {
    private let script = CaseScript.correct

    @Test("weighing-without-forum: a weighing by the teacher alone where the zorgteam weighs (seed 004 lines 133-134); not where one person may weigh")
    func weighingWithoutForum() throws {
        let alone = script.changing("weighing.recorded", ["participants": CaseScript.list("lk.bakker")])
        let finding = try #require(alone.findings(.weighingWithoutForum, .zorgteam).first)
        #expect(finding.seqs == [11] && finding.citation == ProtocolProfile.zorgteam.weighing.citations.first)
        #expect(finding.citation.seed == .zorgteam && finding.citation.firstLine == 133)
        #expect(!alone.findings(.weighingWithoutForum, .innoord).isEmpty && !alone.findings(.weighingWithoutForum, .pro8).isEmpty)
        #expect(alone.findings(.weighingWithoutForum, .klimtoren).isEmpty && alone.findings(.weighingWithoutForum, .basismodel).isEmpty)
        #expect(script.findings(.weighingWithoutForum, .zorgteam).isEmpty)
        let nobodyNamed = script.changing("weighing.recorded", ["participants": nil])
        #expect(!nobodyNamed.findings(.weighingWithoutForum, .zorgteam).isEmpty)
        let withOutsiders = alone.changing("weighing.recorded", ["outsideParticipants": CaseScript.list("ZBO: jeugdarts")])
        #expect(withOutsiders.findings(.weighingWithoutForum, .innoord).isEmpty)
    }

    @Test("decision-without-forum and melding-not-agreed-in-forum: the teacher alone decides on the melding (seed 004 lines 140-142, 159-161)")
    func decisionWithoutForum() throws {
        let alone = script.changing("decision.recorded", occurrence: 2, ["decidedBy": CaseScript.list("lk.bakker"), "consulted": nil])
        let decision = try #require(alone.findings(.decisionWithoutForum, .zorgteam).first)
        #expect(decision.seqs == [17] && decision.citation == ProtocolProfile.zorgteam.decision.citations.first)
        let agreement = try #require(alone.findings(.meldingNotAgreedInForum, .zorgteam).first)
        #expect(agreement.seqs == [19, 17] && agreement.citation == ProtocolProfile.zorgteam.melder.citations.first)
        #expect(alone.findings(.decisionWithoutForum, .basismodel).isEmpty && alone.findings(.meldingNotAgreedInForum, .basismodel).isEmpty)
        #expect(script.findings(.decisionWithoutForum, .zorgteam).isEmpty && script.findings(.meldingNotAgreedInForum, .zorgteam).isEmpty)
        let undecided = script.replacing("decision.recorded", occurrence: 2).changing("melding.made", ["decision": nil])
        #expect(try #require(undecided.findings(.meldingNotAgreedInForum, .zorgteam).first).seqs == [19])
    }

    @Test("other-source-not-named: a melding reports the overblijfmoeder's account without naming her as another source (seed 004 lines 164-167)")
    func otherSourceNotNamed() throws {
        let reported = script.changing("melding.made", ["facts": CaseScript.refs(5, 6)])
        let finding = try #require(reported.findings(.otherSourceNotNamed).first)
        #expect(finding.seqs == [19, 6] && finding.message.contains("overblijfmoeder"))
        let named = reported.changing("melding.made", ["otherSources": CaseScript.list("de Overblijfmoeder (mevrouw K.)")])
        #expect(named.findings(.otherSourceNotNamed).isEmpty)
        let otherNamed = reported.changing("melding.made", ["otherSources": CaseScript.list("wijkteam")])
        #expect(!otherNamed.findings(.otherSourceNotNamed).isEmpty)
        #expect(script.findings(.otherSourceNotNamed).isEmpty)
    }

    @Test("conversation-not-as-prescribed: purpose not explained, or an interpretation without facts presented first (seed 004 lines 58-68)")
    func conversationOrder() throws {
        let unexplained = script.changing("conversation.held", ["purposeExplained": false])
        #expect(try #require(unexplained.findings(.conversationNotAsPrescribed).first).seqs == [9])
        let interpreted = script.changing("conversation.held", ["factsPresented": nil, "interpretation": "Vader straft te hard."])
        #expect(try #require(interpreted.findings(.conversationNotAsPrescribed).first).message.contains("interpretation"))
        #expect(script.changing("conversation.held", ["interpretation": "Vader straft te hard."]).findings(.conversationNotAsPrescribed).isEmpty)
        #expect(script.findings(.conversationNotAsPrescribed).isEmpty)
    }

    @Test("After doubt: a melding at once under the afwegingskader (002 line 243), Veilig Thuis advice under the zorgteam protocol (004 line 136)")
    func doubtRoute() throws {
        let doubt = script.changing("weighing.recorded", ["afweging2": "doubt"]).through("weighing.recorded")
        #expect(!doubt.findings(.unsafetyWithoutMelding, .klimtoren).isEmpty)
        #expect(doubt.findings(.doubtWithoutAdvice, .klimtoren).isEmpty)
        #expect(doubt.findings(.unsafetyWithoutMelding, .zorgteam).isEmpty)
        let finding = try #require(doubt.findings(.doubtWithoutAdvice, .zorgteam).first)
        #expect(finding.seqs == [11] && finding.citation == ProtocolProfile.zorgteam.doubt.citations.first)
        #expect(doubt.state.requiredRoute(afterDoubt: .veiligThuisAdvice).action == .askAdvice)
        #expect(doubt.state.requiredRoute().action == .meldingNow)
        let snapshot = CaseSnapshot(doubt.state, asOf: 11, in: FindingContext(profile: .zorgteam, actorRoles: CaseScript.roles, day: CaseScript.day("2026-09-15")))
        #expect(snapshot.json["state"]?["route"]?["requires"]?["action"] == "ask-veilig-thuis-advice")
        let advised = doubt.appending(CaseScript.line("consultation.held", "2026-09-15", [
            "kind": "veilig-thuis-advice", "heldOn": "2026-09-15", "anonymous": true, "advice": "Bespreek het met de ouders.",
        ]))
        #expect(advised.findings(.doubtWithoutAdvice, .zorgteam).isEmpty)
        #expect(advised.state.requiredRoute(afterDoubt: .veiligThuisAdvice).metBy == 12)
    }

    @Test("late-record counts from when the school was told (source.date), and says the term is no seed's (issue 15 item 5)")
    func lateFromWhenTold() throws {
        let toldYesterday = script.changing("signal.recorded", occurrence: 1, [
            "observedOn": "2026-08-17",
            "source": .object(["kind": "third-party", "party": "overblijfmoeder", "date": "2026-09-07"]),
        ])
        #expect(toldYesterday.findings(.lateRecord).isEmpty)
        let toldLongAgo = toldYesterday.changing("signal.recorded", occurrence: 1, [
            "source": .object(["kind": "third-party", "party": "overblijfmoeder", "date": "2026-08-18"]),
        ])
        let finding = try #require(toldLongAgo.findings(.lateRecord).first)
        #expect(finding.seqs == [6] && finding.message.contains("told on 2026-08-18") && finding.message.contains("no seed sets a term"))
        let seen = script.moving("signal.recorded", to: "2026-09-15")
        #expect(try #require(seen.findings(.lateRecord).first).message.contains("no seed sets a term"))
    }

    @Test("child-conversation-not-recorded: a 17-year-old's melding without a conversation with the child or a recorded decision to skip it (seed 004 lines 8-9, 93-96)")
    func childConversation() throws {
        let older = script.changing("case.opened", ["birthDate": "2009-01-01"])
        let finding = try #require(older.findings(.childConversationNotRecorded, .zorgteam).first)
        #expect(finding.seqs == [19])
        let skipped = older.replacing("hypothesis.confirmed", with: CaseScript.line("conversation.skipped", "2026-09-10", [
            "with": "child", "reason": "safety-child", "explanation": "Het kind raakt uit beeld.",
        ]))
        #expect(skipped.findings(.childConversationNotRecorded, .zorgteam).isEmpty)
        #expect(script.findings(.childConversationNotRecorded, .zorgteam).isEmpty)  // 9 years old: the parents
        let fourteen = script.changing("case.opened", ["birthDate": "2012-01-01"])
        #expect(fourteen.findings(.childConversationNotRecorded, .zorgteam).isEmpty)  // child or parents: the parents were spoken
        #expect(!fourteen.findings(.childConversationNotRecorded, .pro8).isEmpty)  // child and parents
    }
}

/// Step 6 and the afwegingskader as profile settings.
@Suite("Findings: step 6 and the afwegingskader")
struct StepSixFindingTests {
    @Test("closed-without-followup: a case closed after the melding without following up, where the profile has step 6 (seed 003 lines 125, 163-164)")
    func closedWithoutFollowUp() throws {
        let unfollowed = CaseScript.correct.replacing("followup.recorded")
        let finding = try #require(unfollowed.findings(.closedWithoutFollowUp, .innoord).first)
        #expect(finding.seqs == [22, 14] && finding.citation == ProtocolProfile.innoord.followUp?.citations.first)
        #expect(unfollowed.findings(.closedWithoutFollowUp, .klimtoren).isEmpty)
        #expect(CaseScript.correct.findings(.closedWithoutFollowUp, .innoord).isEmpty)
    }

    @Test("Without the afwegingskader in the profile, the meldnormen are not judged (seed 003 lines 204-205: part of every meldcode since 2019)")
    func withoutAfwegingskader() throws {
        let unsafe = CaseScript.correct.changing("weighing.recorded", ["afweging2": "acute"]).through("weighing.recorded")
        #expect(!unsafe.findings(.unsafetyWithoutMelding, .basismodel).isEmpty)
        let json = try ProfileParsingTests.changing(ProtocolProfile.basismodel.json, at: ["weighing", "afwegingskader"], to: .bool(false))
        #expect(unsafe.findings(.unsafetyWithoutMelding, try ProtocolProfile(json: json)).isEmpty)
    }
}
