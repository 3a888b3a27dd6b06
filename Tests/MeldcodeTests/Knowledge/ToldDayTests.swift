import Ledger
import Testing
@testable import Meldcode

/// A third party's information is known to the school from the day the school was told (seed 002 l.74: "altijd de
/// bron en datum"), not from the day the party saw it; and those present at a weighing know what was discussed there.
@Suite("Knowledge: from when the school was told")
struct ToldDayTests {
    /// The correct case with the overblijfmoeder's signal (seq 6) seen on 1 September and told on 8 September,
    /// taken by the IB'er although the teacher recorded it.
    static let told = CaseScript.correct.changing("signal.recorded", occurrence: 1, [
        "observedOn": "2026-09-01",
        "source": .object(["kind": "third-party", "party": "mevr. A. Koster, buurvrouw", "date": "2026-09-08", "receivedBy": "ib.devries"]),
    ])

    static func knowledge(_ script: CaseScript) -> CaseKnowledge { CaseKnowledge(id: CaseScript.caseID, events: script.events) }

    @Test("The author of a third party's signal knows it since the day the party told the school, not the day it happened")
    func authorKnowsFromTold() throws {
        let edge = try #require(Self.knowledge(Self.told).knowers(of: 6).first { $0.knower == .actor("lk.bakker") })
        #expect(edge.since == CaseScript.day("2026-09-08"))
        #expect(edge.way == .authored)
    }

    @Test("Who took the call knows the signal since that day, told by the third party")
    func receiverKnows() throws {
        let knowledge = Self.knowledge(Self.told)
        let edge = try #require(knowledge.knowers(of: 6).first { $0.knower == .actor("ib.devries") && $0.via == 6 })
        #expect(edge.way == .told && edge.toldBy == "mevr. A. Koster, buurvrouw" && edge.since == CaseScript.day("2026-09-08"))
        let sentence = KnowledgeSentences(knowledge, actorRoles: CaseScript.roles).sentence(edge)
        #expect(sentence.contains("sinds 8 september 2026: verteld door mevr. A. Koster, buurvrouw als bron van het signaal"), "\(sentence)")
    }

    @Test("The evaluation's time line starts on the day the school first knew a signal")
    func timelineFromTold() throws {
        let evaluation = try #require(CaseEvaluation.evaluate(CaseScript.caseID, in: Self.told.events, actorRoles: CaseScript.roles))
        let first = try #require(evaluation.timeline.first)
        #expect(first.seq == 5 && first.day == CaseScript.day("2026-09-07") && first.daysFromFirstSignal == 0)
        let consultation = try #require(evaluation.timeline.first { $0.seq == 8 })
        #expect(consultation.daysFromFirstSignal == 2)
    }

    @Test("Those present at a weighing know what it lists as discussed, and the evaluation says so (seed 003 l.141-144)")
    func weighingDiscussed() throws {
        let weighed = CaseScript.correct.changing("weighing.recorded", [
            "outsideParticipants": CaseScript.list("ZBO: jeugdarts"), "discussed": CaseScript.refs(5, 6, 8, 9),
        ])
        let knowledge = Self.knowledge(weighed)
        for seq in [5, 6, 8, 9] {
            #expect(knowledge.knowers(of: seq).contains { $0.knower == .party("ZBO: jeugdarts") && $0.via == 11 })
        }
        #expect(knowledge.seqs(knownBy: .actor("dir.jansen")).isSuperset(of: [5, 6, 8, 9]))
        let evaluation = try #require(CaseEvaluation.evaluate(CaseScript.caseID, in: weighed.events, actorRoles: CaseScript.roles))
        let point = try #require(evaluation.points.first { $0.event.seq == 11 })
        let director = try #require(point.people.first { $0.knower == .actor("dir.jansen") })
        #expect(director.knew.contains(5) && director.knew.contains(9))
        let zbo = try #require(point.people.first { $0.knower == .party("ZBO: jeugdarts") })
        #expect(zbo.knew == [5, 6, 8, 9])
        let without = try #require(CaseEvaluation.evaluate(CaseScript.caseID, in: CaseScript.correct.events, actorRoles: CaseScript.roles))
        #expect(try #require(without.points.first { $0.event.seq == 11 }?.people.first { $0.knower == .actor("dir.jansen") }).knew.isEmpty)
    }
}
