import Ledger
@testable import Meldcode

extension CaseScript {
    /// A line of the script.
    static func line(_ type: String, _ day: String, by author: String = "ib.devries", _ payload: [String: JSONValue]) -> Line {
        Line(type: type, day: day, author: author, payload: payload)
    }

    /// Seqs as a JSON list.
    static func refs(_ seqs: Int...) -> JSONValue { .array(seqs.map { .integer(Int64($0)) }) }

    /// Strings as a JSON list.
    static func list(_ items: String...) -> JSONValue { .array(items.map { .string($0) }) }

    /// The correct case: every step on time, by the roles the Klimtoren profile names (seqs 4–22).
    static let correct = CaseScript(lines: [
        line("case.opened", "2026-09-07", ["openedOn": "2026-09-07", "childRef": "LL-5120", "childName": "Noor Visser", "birthDate": "2017-03-14", "group": "groep 5", "reason": "Blauwe plekken."]),
        line("signal.recorded", "2026-09-07", by: "lk.bakker", ["description": "Blauwe plek op de arm.", "observedOn": "2026-09-07", "kind": "observation", "stance": "supports", "source": .object(["kind": "self"])]),
        line("signal.recorded", "2026-09-08", by: "lk.bakker", ["description": "Volgens de overblijfmoeder viel Noor.", "observedOn": "2026-09-08", "kind": "fact", "stance": "contradicts", "source": .object(["kind": "third-party", "party": "overblijfmoeder", "date": "2026-09-08"])]),
        line("hypothesis.recorded", "2026-09-08", ["formedOn": "2026-09-08", "statement": "Noor wordt thuis fysiek gestraft.", "signals": refs(5)]),
        line("consultation.held", "2026-09-09", ["kind": "intern-begeleider", "heldOn": "2026-09-09", "participants": list("ib.devries", "lk.bakker"), "anonymous": false, "signalsDiscussed": refs(5, 6), "advice": "Gesprek met de ouders."]),
        line("conversation.held", "2026-09-10", ["with": "parents", "heldOn": "2026-09-10", "attendees": list("ib.devries", "lk.bakker"), "purposeExplained": true, "factsPresented": refs(5), "reaction": "Moeder herkent de zorg."]),
        line("hypothesis.confirmed", "2026-09-10", ["settledOn": "2026-09-10", "hypothesis": 7, "reason": "Moeder vertelde het.", "evidence": refs(9)]),
        line("weighing.recorded", "2026-09-14", ["weighedOn": "2026-09-14", "afweging1": "strong-suspicion", "afweging2": "no", "participants": list("ib.devries", "dir.jansen"), "rationale": "Zorg, geen acuut gevaar."]),
        line("decision.recorded", "2026-09-15", by: "dir.jansen", ["question": "afweging-3", "answer": "yes", "decidedOn": "2026-09-15", "decidedBy": list("dir.jansen"), "consulted": list("ib.devries"), "rationale": "Wijkteam kan helpen."]),
        line("decision.recorded", "2026-09-15", by: "dir.jansen", ["question": "afweging-4", "answer": "yes", "decidedOn": "2026-09-15", "decidedBy": list("dir.jansen"), "consulted": list("ib.devries"), "rationale": "Ouders aanvaarden de hulp."]),
        line("help.organised", "2026-09-16", ["startsOn": "2026-09-16", "help": "Opvoedondersteuning.", "providedBy": "wijkteam", "caseManager": "J. Meijer", "term": "2026-10-30", "rolesAndTasks": "Wijkteam begeleidt; IB'er volgt.", "agreedWith": list("ouders"), "decision": 13]),
        line("verwijsindex.weighed", "2026-09-16", ["registered": false, "weighedOn": "2026-09-16", "reason": "Hulp loopt via het wijkteam."]),
        line("help.evaluated", "2026-10-30", ["help": 14, "evaluatedOn": "2026-10-30", "resultReached": false, "explanation": "Nieuwe plekken."]),
        line("decision.recorded", "2026-11-02", by: "dir.jansen", ["question": "melding", "answer": "yes", "decidedOn": "2026-11-02", "decidedBy": list("dir.jansen"), "consulted": list("ib.devries"), "meldnorm": "C", "rationale": "De hulp stopt de onveiligheid niet."]),
        line("melding.discussed", "2026-11-02", ["with": "parents", "discussed": true, "heldOn": "2026-11-02", "reaction": "Vader is het er niet mee eens."]),
        line("melding.made", "2026-11-03", by: "dir.jansen", ["veiligThuis": "Veilig Thuis Drenthe", "madeBy": "dir.jansen", "madeOn": "2026-11-03", "anonymous": false, "facts": refs(5), "schoolContinues": "De IB'er spreekt Noor wekelijks.", "decision": 17]),
        line("veiligthuis.feedback", "2026-11-09", ["receivedOn": "2026-11-09", "decision": "Veilig Thuis start een onderzoek.", "melding": 19]),
        line("followup.recorded", "2026-11-16", ["observedOn": "2026-11-16", "effects": "Noor is rustiger."]),
        line("case.closed", "2026-11-20", by: "dir.jansen", ["closedOn": "2026-11-20", "reason": "handed-over", "explanation": "Veilig Thuis heeft de regie; school monitort."]),
    ])
}
