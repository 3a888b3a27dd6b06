import Ledger
import Testing
@testable import Meldcode

/// What a case from seed 003, entered from paper, found wrong: help judged by the day it was typed in, sources
/// matched by their exact text, a weighing judged before the melding of the same day, afweging 5 twice.
@Suite("Findings: a case from paper (seed 003)")
struct ThirdCaseFindingTests {
    private let script = CaseScript.correct

    @Test("help-without-term-or-case-manager judges the term against the help's start, not the day it was entered (seed 002 l.259)")
    func helpFromPaper() throws {
        let fromPaper = script.moving("help.organised", to: "2026-11-01")
        #expect(fromPaper.findings(.helpWithoutTermOrCaseManager).isEmpty)
        let termAtStart = script.changing("help.organised", ["term": "2026-09-10"])
        #expect(termAtStart.findings(.helpWithoutTermOrCaseManager).first?.seqs == [14])
    }

    @Test("other-source-not-named matches the third party by name as words or by the signal's seq, not by exact text (seed 002 l.74)")
    func otherSourceByIdentity() throws {
        let koster = script.changing("signal.recorded", occurrence: 1, [
            "stance": "supports", "source": .object(["kind": "third-party", "party": "mevr. A. Koster (buurvrouw)", "date": "2026-09-08"]),
        ])
        let reporting = { (sources: JSONValue) in koster.changing("melding.made", ["facts": CaseScript.refs(5, 6), "otherSources": sources]) }
        #expect(reporting(CaseScript.list("mevr. A. Koster, buurvrouw")).findings(.otherSourceNotNamed).isEmpty)
        #expect(reporting(CaseScript.list("Mevr. A. Koster  buurvrouw")).findings(.otherSourceNotNamed).isEmpty)
        #expect(reporting(CaseScript.list("zie signaal #6")).findings(.otherSourceNotNamed).isEmpty)
        #expect(reporting(CaseScript.list("de buurman")).findings(.otherSourceNotNamed).first?.seqs == [19, 6])
        #expect(reporting(CaseScript.list("#16")).findings(.otherSourceNotNamed).first?.seqs == [19, 6])
        #expect(reporting(CaseScript.list("mevr. Koster")).findings(.otherSourceNotNamed).first?.seqs == [19, 6])
    }

    @Test("A weighing's findings in the evaluation are judged at the end of its day: a melding made that day answers it (seed 002 l.243)")
    func weighingSameDayMelding() throws {
        let unsafe = script.changing("weighing.recorded", ["afweging2": "structural"]).through("weighing.recorded")
        let melding = { (day: String) in
            CaseScript.line("melding.made", day, by: "dir.jansen", [
                "veiligThuis": "Veilig Thuis Drenthe", "madeBy": "dir.jansen", "madeOn": .string(day), "anonymous": false, "facts": CaseScript.refs(5),
                "schoolContinues": "De IB'er spreekt Noor wekelijks.",
            ])
        }
        let findingsAtWeighing = { (script: CaseScript) throws -> [FindingCode] in
            let evaluation = try #require(CaseEvaluation.evaluate(CaseScript.caseID, in: script.events, actorRoles: CaseScript.roles))
            return try #require(evaluation.points.first { $0.event.seq == 11 }).findings.map(\.code)
        }
        #expect(try !findingsAtWeighing(unsafe.appending(melding("2026-09-14"))).contains(.unsafetyWithoutMelding))
        #expect(try findingsAtWeighing(unsafe.appending(melding("2026-09-16"))).contains(.unsafetyWithoutMelding))
        #expect(try findingsAtWeighing(unsafe).contains(.unsafetyWithoutMelding))
    }

    @Test("Afweging 5 answered by the help's evaluation and by a decision is one answer, the decision's, which the route takes")
    func afwegingFiveOnce() throws {
        let decided = script.through("help.evaluated").appending(CaseScript.line("decision.recorded", "2026-10-30", by: "dir.jansen", [
            "question": "afweging-5", "answer": "no", "decidedOn": "2026-10-30", "decidedBy": CaseScript.list("dir.jansen"), "rationale": "Geen resultaat.",
        ]))
        let five = decided.state.answers.filter { $0.afweging == 5 }
        #expect(five.count == 1)
        #expect(five.first?.seq == 17 && five.first?.replaces == 16)
        #expect(decided.state.requiredRoute().basedOn?.seq == 17)
        #expect(script.through("help.evaluated").state.answers.filter { $0.afweging == 5 }.map(\.seq) == [16])
    }
}
