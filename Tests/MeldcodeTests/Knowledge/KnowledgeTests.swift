import Ledger
import Testing
@testable import Meldcode

/// Who knew what when, on a case written from seed 000 (PRO8): the teacher records a signal, the IB'er
/// discusses it with the teacher, then informs the director (000 l.196) and, later, the parents.
@Suite("Knowledge")
struct KnowledgeTests {
    static let roles: [String: Set<Role>] = CaseScript.roles

    static func event(_ seq: Int, _ type: String, _ recorded: String, by author: String, _ payload: [String: JSONValue]) -> RecordedEvent {
        RecordedEvent(
            seq: seq, recordedAt: Timestamp(recorded) ?? Timestamp(millisecondsSinceEpoch: 0), author: author, type: type,
            stream: "case/2026-031", payload: payload)
    }

    static let events = [
        event(4, "case.opened", "2026-10-05T09:00:00.000Z", by: "lk.bakker", [
            "childRef": "PRO-88", "childName": "Milan", "birthDate": "2012-02-01", "reason": "Zorgen.", "openedOn": "2026-10-05",
        ]),
        event(5, "signal.recorded", "2026-10-05T09:10:00.000Z", by: "lk.bakker", [
            "description": "Milan heeft een brandwond op de hand.", "observedOn": "2026-10-05", "kind": "observation", "stance": "supports",
            "source": .object(["kind": "self"]),
        ]),
        event(6, "consultation.held", "2026-10-07T12:00:00.000Z", by: "ib.devries", [
            "kind": "intern-begeleider", "heldOn": "2026-10-07", "participants": CaseScript.list("lk.bakker", "ib.devries"), "anonymous": false,
            "signalsDiscussed": CaseScript.refs(5), "advice": "Directeur informeren.",
        ]),
        event(7, "information.shared", "2026-10-13T08:00:00.000Z", by: "ib.devries", [
            "sharedBy": "ib.devries", "recipients": .array([.object(["kind": "actor", "actor": "dir.jansen"])]), "sharedOn": "2026-10-12",
            "means": "gesprek", "events": CaseScript.refs(5, 6), "about": "De brandwond en het advies.",
        ]),
        event(8, "information.shared", "2026-10-20T08:00:00.000Z", by: "dir.jansen", [
            "sharedBy": "dir.jansen", "recipients": .array([.object(["kind": "outside", "party": "ouders", "name": "moeder"])]),
            "sharedOn": "2026-10-19", "means": "telefoon", "events": CaseScript.refs(5), "about": "De zorg om de brandwond.",
        ]),
    ]

    @Test("The director knows the signal since the day the IB'er told them, with both times and the way (000 l.196)")
    func directorTold() throws {
        let knowledge = CaseKnowledge(id: "2026-031", events: Self.events)
        let knowers = knowledge.knowers(of: 5)
        #expect(knowers.map(\.knower) == [.actor("lk.bakker"), .actor("ib.devries"), .actor("dir.jansen"), .party("de ouders (moeder)")])
        let director = try #require(knowers.first { $0.knower == .actor("dir.jansen") })
        #expect(director.way == .told && director.toldBy == "ib.devries" && director.via == 7)
        #expect(director.since == CalendarDay("2026-10-12") && director.loggedAt == Timestamp("2026-10-13T08:00:00.000Z"))
        let sentence = KnowledgeSentences(knowledge, actorRoles: Self.roles).sentence(director)
        #expect(sentence == "De directeur (dir.jansen) weet van signaal #5 sinds 12 oktober 2026: verteld door ib.devries in een gesprek (seq 7, vastgelegd 13 oktober 2026).")
    }

    @Test("An actor never told and never present does not appear; as of an earlier seq the director does not either")
    func onlyThoseWhoKnew() throws {
        let knowledge = CaseKnowledge(id: "2026-031", events: Self.events)
        #expect(knowledge.known(by: .actor("lk.visser")).isEmpty)
        #expect(!knowledge.knowers.contains(.actor("lk.visser")))
        let before = try #require(CaseKnowledge.of("2026-031", in: Self.events, through: 6))
        #expect(!before.knowers(of: 5).contains { $0.knower == .actor("dir.jansen") })
        #expect(before.knowers(of: 5).map(\.way) == [.authored, .present])
    }

    @Test("What a person or a party knew; the school's first knowledge of each signal")
    func personAndParty() throws {
        let knowledge = CaseKnowledge(id: "2026-031", events: Self.events)
        #expect(knowledge.known(by: .actor("dir.jansen")).map(\.seq) == [5, 6, 7, 8])
        #expect(knowledge.parties(matching: "OUDERS") == [.party("de ouders (moeder)")])
        #expect(knowledge.known(by: .party("de ouders (moeder)")).map(\.seq) == [5, 8])
        let first = knowledge.schoolFirstKnew("signal.recorded")
        #expect(first.map(\.knower) == [.actor("lk.bakker")] && first.first?.since == CalendarDay("2026-10-05"))
    }

    @Test("The recipient of a report knows every event it holds, since the day it was handed over")
    func reportReceived() throws {
        let issued = Self.event(9, "report.issued", "2026-10-22T10:00:00.000Z", by: "ib.devries", [
            "kind": "veilig-thuis", "recipient": "Veilig Thuis", "asOf": 8, "seqs": CaseScript.refs(5, 7),
            "documentSHA256": .string(String(repeating: "ab", count: 32)), "issuedOn": "2026-10-21",
        ])
        let knowledge = CaseKnowledge(id: "2026-031", events: Self.events + [issued])
        #expect(knowledge.known(by: .party("Veilig Thuis")).map(\.seq) == [5, 7, 9])
        let edge = try #require(knowledge.knowers(of: 5).first { $0.knower == .party("Veilig Thuis") })
        #expect(edge.way == .reportReceived && edge.toldBy == "ib.devries" && edge.via == 9 && edge.since == CalendarDay("2026-10-21"))
        #expect(!knowledge.knowers(of: 6).contains { $0.knower == .party("Veilig Thuis") })
    }

    @Test("A decision recorded in the director's name tells the director nothing until they confirm it")
    func proposedDecision() throws {
        let decision = Self.event(9, "decision.recorded", "2026-10-21T08:00:00.000Z", by: "ib.devries", [
            "question": "melding", "answer": "yes", "decidedOn": "2026-10-20", "decidedBy": CaseScript.list("dir.jansen"),
            "consulted": CaseScript.list("lk.bakker"), "rationale": "Melden.",
        ])
        let proposed = CaseKnowledge(id: "2026-031", events: Self.events + [decision])
        #expect(proposed.knowers(of: 9).map(\.knower) == [.actor("ib.devries")])
        let confirmation = Self.event(10, "decision.confirmed", "2026-10-22T08:00:00.000Z", by: "dir.jansen", [
            "decision": 9, "confirmedOn": "2026-10-22",
        ])
        let confirmed = CaseKnowledge(id: "2026-031", events: Self.events + [decision, confirmation])
        let director = try #require(confirmed.knowers(of: 9).first { $0.knower == .actor("dir.jansen") })
        #expect(director.way == .present && director.via == 10 && director.since == CalendarDay("2026-10-22"))
        #expect(!confirmed.knowers(of: 9).contains { $0.knower == .actor("lk.bakker") })
    }

    @Test("A reference to an event outside the case adds no knowledge of it")
    func otherCaseReference() {
        var events = Self.events
        events[3] = Self.event(7, "information.shared", "2026-10-13T08:00:00.000Z", by: "ib.devries", [
            "sharedBy": "ib.devries", "recipients": .array([.object(["kind": "actor", "actor": "dir.jansen"])]), "sharedOn": "2026-10-12",
            "means": "gesprek", "events": CaseScript.refs(2), "about": "Iets anders.",
        ])
        let knowledge = CaseKnowledge(id: "2026-031", events: events)
        #expect(knowledge.knowers(of: 2).isEmpty)
        // The director learns #5 only by passing it on to the parents (seq 8), not from seq 7.
        #expect(knowledge.known(by: .actor("dir.jansen")).map(\.seq) == [5, 7, 8])
        #expect(knowledge.known(by: .actor("dir.jansen")).first?.via == 8)
    }

    @Test("Whoever makes a melding or tells others knew what they pass on, at the latest then")
    func passingOnIsKnowing() throws {
        let melding = Self.event(9, "melding.made", "2026-10-21T08:00:00.000Z", by: "zorg.smit", [
            "veiligThuis": "Veilig Thuis Rotterdam Rijnmond", "madeBy": "zorg.smit", "madeOn": "2026-10-21", "anonymous": false,
            "facts": CaseScript.refs(5), "schoolContinues": "De mentor volgt Milan.",
        ])
        let knowledge = CaseKnowledge(id: "2026-031", events: Self.events + [melding])
        let melder = try #require(knowledge.knowers(of: 5).first { $0.knower == .actor("zorg.smit") })
        #expect(melder.way == .present && melder.via == 9 && melder.since == CalendarDay("2026-10-21"))
        let roles = Self.roles.merging(["zorg.smit": [.aandachtsfunctionaris]]) { old, _ in old }
        #expect(KnowledgeSentences(knowledge, actorRoles: roles).sentence(melder).contains(": deed zelf de melding bij Veilig Thuis (seq 9"))
        let teller = try #require(knowledge.knowers(of: 6).first { $0.knower == .actor("ib.devries") })
        #expect(teller.via == 6, "the IB'er knew the consultation from being there, before telling of it")
    }

    @Test("A read adds knowledge once: reading a record already known adds no edge, reading a new one does")
    func readsAddOnlyWhatIsNew() throws {
        let view = { (seq: Int, recorded: String) in
            Self.event(seq, "case.viewed", recorded, by: "lk.bakker", [
                "command": "case show", "events": CaseScript.refs(5, 7), "viewedOn": .string(String(recorded.prefix(10))),
            ])
        }
        let knowledge = CaseKnowledge(
            id: "2026-031", events: Self.events + [view(9, "2026-10-21T08:00:00.000Z"), view(10, "2026-10-22T08:00:00.000Z")])
        let reads = knowledge.edges.filter { $0.way == .read }
        #expect(reads.map(\.seq) == [7], "the teacher wrote #5 herself and read #7 once, at seq 9")
        #expect(reads.first?.via == 9)
        #expect(knowledge.knowers(of: 5).first { $0.knower == .actor("lk.bakker") }?.way == .authored)
    }

    @Test("A read through a seq (case show) adds a read edge for each record up to it the reader did not know, and none after it")
    func readThrough() throws {
        let view = Self.event(9, "case.viewed", "2026-10-21T08:00:00.000Z", by: "lk.bakker", [
            "command": "case show", "through": 7, "viewedOn": "2026-10-21",
        ])
        let knowledge = CaseKnowledge(id: "2026-031", events: Self.events + [view])
        let reads = knowledge.edges.filter { $0.way == .read }
        let authored = Set(knowledge.edges.filter { $0.knower == .actor("lk.bakker") && $0.way != .read }.map(\.seq))
        #expect(!reads.isEmpty && reads.allSatisfy { $0.seq <= 7 && $0.via == 9 && !authored.contains($0.seq) })
        #expect(Set(reads.map(\.seq)).union(authored).isSuperset(of: Set(Self.events.map(\.seq).filter { $0 <= 7 })))
        #expect(!reads.contains { $0.seq == 8 })
    }
}
