import Ledger
import Testing
@testable import Meldcode

/// The afwegingskader route: the answers so far and what they now require (seed 002 Bijlage 1, lines 223-283).
@Suite("Afwegingskader route")
struct RouteTests {
    private let script = CaseScript.correct

    private func route(_ script: CaseScript) -> RouteRequirement { script.state.requiredRoute() }

    @Test("Before any afweging the suspicion must be weighed; afweging 1 = no concern → record and close, met by closing (seed 002 line 231)")
    func noConcern() {
        #expect(route(script.through("conversation.held")).action == .weighSuspicion)
        #expect(route(script.through("conversation.held")).text == "no afweging yet → weigh the suspicion (afweging 1)")
        let calm = script.through("weighing.recorded").changing("weighing.recorded", ["afweging1": "no-concern", "afweging2": nil])
        #expect(route(calm).action == .recordAndClose)
        #expect(route(calm).text == "afweging 1 = no-concern → record and close the dossier")
        #expect(!route(calm).isMet)
        let closed = calm.appending(CaseScript.line("case.closed", "2026-09-15", ["reason": "no-concern", "explanation": "Geen zorg."]))
        #expect(route(closed).metBy == 12)
    }

    @Test("Afweging 2 = acute → melding now (meldnorm A), met by the melding (seed 002 lines 243, 281)", arguments: ["acute", "structural", "acute-and-structural", "doubt"])
    func unsafety(answer: String) {
        let unsafe = script.changing("weighing.recorded", ["afweging2": .string(answer)])
        let weighed = route(unsafe.through("weighing.recorded"))
        #expect(weighed.action == .meldingNow && weighed.meldnorm == "A" && !weighed.isMet)
        #expect(weighed.text == "afweging 2 = \(answer) → melding now (meldnorm A)")
        let reported = unsafe.through("weighing.recorded").appending(unsafe.lines[15])
        #expect(route(reported).metBy == 12)
    }

    @Test("Afweging 2 = no → 3; 3 = yes → 4; 4 = yes → organise help, met by help.organised; 5 = no → melding (meldnorm C) (seed 002 lines 241-265)")
    func helpRoute() {
        #expect(route(script.through("weighing.recorded")).action == .weighHelp)
        #expect(route(script.through("decision.recorded")).action == .weighAcceptance)
        let accepted = route(script.through("decision.recorded", occurrence: 1))
        #expect(accepted.action == .organiseHelp)
        #expect(accepted.text == "afweging 4 = yes → organise help with a term and a case manager, then afweging 5")
        #expect(route(script.through("help.organised")).metBy == 14)
        let failed = route(script.through("help.evaluated"))
        #expect(failed.action == .melding && failed.meldnorm == "C" && !failed.isMet)
        #expect(route(script).metBy == 19)
        #expect(script.state.answers.map(\.afweging) == [1, 2, 3, 4, 5])
        let suspicion = RouteRequirement.route(after: AfwegingAnswer(afweging: 1, answer: "strong-suspicion", seq: 11), doubt: .melding)
        #expect(suspicion.0 == .weighSafety)
    }

    @Test("Afweging 3 or 4 = no → melding (meldnorm B); afweging 5 = yes → close with monitoring (seed 002 lines 249, 257, 267)")
    func otherAnswers() {
        let refused = script.changing("decision.recorded", occurrence: 1, ["answer": "no"]).through("decision.recorded", occurrence: 1)
        #expect(route(refused).action == .melding && route(refused).meldnorm == "B")
        let impossible = script.changing("decision.recorded", ["answer": "no"]).through("decision.recorded")
        #expect(route(impossible).meldnorm == "B")
        let success = script.changing("help.evaluated", ["resultReached": true]).through("help.evaluated")
        #expect(route(success).action == .closeWithMonitoring && !route(success).isMet)
        let followed = success.appending(CaseScript.line("followup.recorded", "2026-11-06", ["observedOn": "2026-11-06", "effects": "Goed."]))
        #expect(route(followed).metBy == 17)
    }
}
