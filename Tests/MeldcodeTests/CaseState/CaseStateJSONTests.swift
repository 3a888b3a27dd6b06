import Ledger
import Testing
@testable import Meldcode

/// The documented JSON shapes of a case state and a snapshot, as `case show --json` prints them.
@Suite("Case state JSON")
struct CaseStateJSONTests {
    @Test("A case state encodes with its documented members, canonically (issue 4)")
    func stateShape() throws {
        let state = CaseScript.correct.through("help.evaluated").state
        let json = state.json
        let members = try #require(json.objectValue)
        #expect(Set(members.keys) == ["case", "lastSeq", "status", "lifecycle", "child", "steps", "route", "hypotheses", "openHypotheses", "corrections", "events"])
        #expect(members["status"] == "open" && members["lastSeq"] == 16)
        #expect(json["child"] == .object(["ref": "LL-5120", "name": "Noor Visser", "birthDate": "2017-03-14", "group": "groep 5"]))
        #expect(json["steps"]?.arrayValue?.first == .object(["step": 1, "name": "Signalen in kaart brengen", "taken": true, "events": .array([5, 6, 7, 10])]))
        #expect(json["route"]?["requires"] == .object([
            "action": "melding", "meldnorm": "C", "met": false, "text": "afweging 5 = no → melding (meldnorm C)",
            "basedOn": .object(["afweging": 5, "answer": "no", "seq": 16]),
        ]))
        #expect(json["hypotheses"] == .array([.object(["seq": 7, "statement": "Noor wordt thuis fysiek gestraft.", "signals": .array([5]), "status": "confirmed", "settledBy": 10])]))
        #expect(json["openHypotheses"] == .array([]))
        #expect(json["events"]?.arrayValue?.count == 13)
        #expect(json["events"]?.arrayValue?[1] == .object([
            "seq": 5, "type": "signaal vastgelegd", "day": "2026-09-07", "author": "lk.bakker",
            "summary": "'Blauwe plek op de arm.'",
        ]))
        let reparsed = try CanonicalJSON.parse(CanonicalJSON.encode(json))
        #expect(reparsed == json)
    }

    @Test("A snapshot encodes the state with the day, the profile, the child's age, pending actions and findings (issue 4)")
    func snapshotShape() throws {
        let events = CaseScript.correct.through("melding.made").events
        let snapshot = try #require(CaseReplay.snapshot(
            of: CaseScript.caseID, in: events, asOf: 19, actorRoles: CaseScript.roles, on: CaseScript.day("2026-11-11")))
        let members = try #require(snapshot.json.objectValue)
        #expect(Set(members.keys) == ["asOf", "day", "profile", "childAge", "state", "pendingActions", "findings"])
        #expect(members["day"] == "2026-11-11" && members["childAge"] == 9 && members["profile"] == "basismodel")
        #expect(members["pendingActions"] == .array([.object([
            "kind": "veiligthuis-feedback", "seq": 19, "due": "2026-11-10", "overdue": true,
            "text": "feedback from Veilig Thuis on the melding at seq 19, due 2026-11-10",
        ])]))
        #expect(members["findings"]?.arrayValue?.compactMap { $0["code"] } == [.string("veiligthuis-feedback-overdue")])
    }
}
