import Ledger
import Testing
@testable import Meldcode

/// What a case waits for, with due days, overdue judged on a day passed in.
@Suite("Pending actions")
struct PendingActionTests {
    private let script = CaseScript.correct

    @Test("After a melding on Tuesday 3 November, Veilig Thuis feedback is due 5 working days later, 10 November (seed 002 line 249)")
    func feedbackDue() throws {
        let actions = script.through("melding.made").state.pendingActions(under: .klimtoren)
        let feedback = try #require(actions.first { $0.kind == .veiligThuisFeedback })
        #expect(feedback.seq == 19 && feedback.due == CaseScript.day("2026-11-10"))
        #expect(!feedback.isOverdue(on: CaseScript.day("2026-11-10")))
        #expect(feedback.isOverdue(on: CaseScript.day("2026-11-11")))
        #expect(script.through("veiligthuis.feedback").state.pendingActions(under: .klimtoren).isEmpty)
    }

    @Test("The working days come from the profile and the calendar's closed days (seed 002 line 249)")
    func feedbackTermFromProfile() {
        let state = script.through("melding.made").state
        #expect(state.pendingActions(feedbackWorkingDays: 3).first?.due == CaseScript.day("2026-11-06"))
        let holiday = WorkingDays(closedDays: [CaseScript.day("2026-11-05")])
        #expect(state.pendingActions(feedbackWorkingDays: 5, workingDays: holiday).first?.due == CaseScript.day("2026-11-11"))
    }

    @Test("Feedback without a reference settles the earliest melding before it (seed 001 lines 321-322)")
    func feedbackWithoutReference() {
        let unreferenced = script.changing("veiligthuis.feedback", ["melding": nil]).through("veiligthuis.feedback")
        #expect(unreferenced.state.pendingActions(under: .basismodel).isEmpty)
    }

    @Test("Organised help waits for its term; a successful evaluation waits for monitoring; a closed case waits for nothing (seed 002 lines 259-273)")
    func helpAndMonitoring() throws {
        let running = script.through("help.organised").state.pendingActions(under: .klimtoren)
        #expect(running == [PendingAction(kind: .helpTerm, seq: 14, due: CaseScript.day("2026-10-30"))])
        #expect(running[0].isOverdue(on: CaseScript.day("2026-10-31")))
        let success = script.changing("help.evaluated", ["resultReached": true]).through("help.evaluated")
        let monitoring = success.state.pendingActions(under: .klimtoren)
        #expect(monitoring == [PendingAction(kind: .monitoring, seq: 16, due: CaseScript.day("2026-11-27"))])
        let followed = success.appending(CaseScript.line("followup.recorded", "2026-11-06", ["observedOn": "2026-11-06", "effects": "Goed."]))
        #expect(followed.state.pendingActions(under: .klimtoren).isEmpty)
        let closedEarly = script.through("melding.made").appending(CaseScript.line("case.closed", "2026-11-04", ["reason": "handed-over", "explanation": "Overgedragen."]))
        #expect(closedEarly.state.pendingActions(under: .klimtoren).isEmpty)
    }
}
