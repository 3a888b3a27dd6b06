import Ledger
import Testing
@testable import Meldcode

/// "Veilig Thuis", "Veilig Thuis IJsselland" and "Veilig Thuis, advies- en meldlijn 0800-2000" are one party: what any
/// of its names was told or present at, Veilig Thuis knows.
@Suite("Veilig Thuis is one party")
struct VeiligThuisPartyTests {
    @Test("A consultation with the advice line and a weighing with Veilig Thuis make one knower that knows both")
    func oneParty() {
        let events = [
            KnowledgeTests.event(4, "signal.recorded", "2026-11-16T08:55:00.000Z", by: "lk.bakker", [
                "description": "Striemen.", "observedOn": "2026-11-16", "kind": "observation", "stance": "supports", "source": .object(["kind": "self"]),
            ]),
            KnowledgeTests.event(5, "consultation.held", "2026-11-16T09:40:00.000Z", by: "ib.devries", [
                "kind": "veilig-thuis-advice", "heldOn": "2026-11-16", "participants": CaseScript.list("ib.devries"),
                "outsideParticipants": .array([.string("Veilig Thuis, advies- en meldlijn 0800-2000")]), "anonymous": false,
                "signalsDiscussed": CaseScript.refs(4), "advice": "Direct melden.",
            ]),
            KnowledgeTests.event(6, "weighing.recorded", "2026-11-16T09:50:00.000Z", by: "dir.jansen", [
                "weighedOn": "2026-11-16", "afweging1": "strong-suspicion", "afweging2": "acute", "outsideParticipants": .array([.string("Veilig Thuis")]),
                "rationale": "Acuut.",
            ]),
        ]
        let knowledge = CaseKnowledge(id: "2026-031", events: events)
        let veiligThuis = Knower.party("Veilig Thuis")
        #expect(knowledge.seqs(knownBy: veiligThuis) == [4, 5, 6])
        #expect(knowledge.seqs(knownBy: .party("Veilig Thuis, advies- en meldlijn 0800-2000")).isEmpty)
        #expect(Knower.outside("Veilig Thuis IJsselland") == veiligThuis)
        #expect(Knower.outside("het bevoegd gezag") == .party("het bevoegd gezag"))
    }
}
