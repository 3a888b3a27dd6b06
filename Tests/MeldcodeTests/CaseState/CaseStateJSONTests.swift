import Ledger
import Testing
@testable import Meldcode

/// The documented JSON shapes of a case state and a snapshot, as `case show --json` prints them.
@Suite("Case state JSON")
struct CaseStateJSONTests {
    /// The canonical JSON of the correct script's case state after help.evaluated.
    static let correctThroughHelpEvaluated = #"{"case":"2026-007","child":{"birthDate":"2017-03-14","group":"groep 5","name":"Noor Visser","ref":"LL-5120"},"corrections":[],"events":[{"author":"ib.devries","day":"2026-09-07","seq":4,"summary":"'Blauwe plekken.'","type":"dossier geopend"},{"author":"lk.bakker","day":"2026-09-07","seq":5,"summary":"'Blauwe plek op de arm.'","type":"signaal vastgelegd"},{"author":"lk.bakker","day":"2026-09-08","seq":6,"summary":"'Volgens de overblijfmoeder viel Noor.'","type":"signaal vastgelegd"},{"author":"ib.devries","day":"2026-09-08","seq":7,"summary":"'Noor wordt thuis fysiek gestraft.'","type":"hypothese vastgelegd"},{"author":"ib.devries","day":"2026-09-09","seq":8,"summary":"intern-begeleider · 'Gesprek met de ouders.'","type":"collegiale consultatie"},{"author":"ib.devries","day":"2026-09-10","seq":9,"summary":"parents · 'Moeder herkent de zorg.'","type":"gesprek met kind of ouders"},{"author":"ib.devries","day":"2026-09-10","seq":10,"summary":"'Moeder vertelde het.'","type":"hypothese bevestigd"},{"author":"ib.devries","day":"2026-09-14","seq":11,"summary":"'Zorg, geen acuut gevaar.'","type":"weging (afwegingskader)"},{"author":"dir.jansen","day":"2026-09-15","seq":12,"summary":"afweging-3 yes · 'Wijkteam kan helpen.'","type":"besluit"},{"author":"dir.jansen","day":"2026-09-15","seq":13,"summary":"afweging-4 yes · 'Ouders aanvaarden de hulp.'","type":"besluit"},{"author":"ib.devries","day":"2026-09-16","seq":14,"summary":"'Opvoedondersteuning.'","type":"hulp georganiseerd"},{"author":"ib.devries","day":"2026-09-16","seq":15,"summary":"'Hulp loopt via het wijkteam.'","type":"verwijsindex gewogen"},{"author":"ib.devries","day":"2026-10-30","seq":16,"summary":"'Nieuwe plekken.'","type":"hulp geëvalueerd"}],"hypotheses":[{"seq":7,"settledBy":10,"signals":[5],"statement":"Noor wordt thuis fysiek gestraft.","status":"confirmed"}],"lastSeq":16,"lifecycle":"open","openHypotheses":[],"route":{"answers":[{"afweging":1,"answer":"strong-suspicion","seq":11},{"afweging":2,"answer":"no","seq":11},{"afweging":3,"answer":"yes","seq":12},{"afweging":4,"answer":"yes","seq":13},{"afweging":5,"answer":"no","seq":16}],"requires":{"action":"melding","basedOn":{"afweging":5,"answer":"no","seq":16},"meldnorm":"C","met":false,"text":"afweging 5 = no → melding (meldnorm C)"}},"status":"open","steps":[{"events":[5,6,7,10],"name":"Signalen in kaart brengen","step":1,"taken":true},{"events":[8],"name":"Collegiale consultatie","step":2,"taken":true},{"events":[9],"name":"Gesprek met kind en ouders","step":3,"taken":true},{"events":[11],"name":"Wegen","step":4,"taken":true},{"events":[12,13,14,16],"name":"Beslissen","step":5,"taken":true},{"events":[],"name":"Volgen","step":6,"taken":false}]}"#

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
        // The whole state, byte for byte as `case show --json` prints it: every member, the afweging answers,
        // the steps not taken and the empty corrections included.
        #expect(String(decoding: CanonicalJSON.encode(json), as: UTF8.self) == Self.correctThroughHelpEvaluated)
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
