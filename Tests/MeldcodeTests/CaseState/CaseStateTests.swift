import Ledger
import Testing
@testable import Meldcode

/// The case state folded from a case's events: child, steps, route, hypotheses, corrections, status.
@Suite("Case state")
struct CaseStateTests {
    private let script = CaseScript.correct

    @Test("The correct case is admitted event by event, so the folds below read a valid record (seed 002, seed 001)")
    func correctCaseIsAdmitted() throws {
        var book = Casebook()
        for event in script.events {
            let draft = EventDraft(type: event.type, stream: event.stream, payload: event.payload)
            try book.record(draft, seq: event.seq, author: event.author, at: event.recordedAt)
        }
        #expect(book.cases[CaseScript.caseID]?.status == .closed)
    }

    @Test("Each step lists the events of that step as the catalogue assigns them (seed 001 stappenplan, lines 459-564)")
    func steps() {
        let state = script.state
        #expect(state.steps.map(\.step.dutchName) == [
            "Signalen in kaart brengen", "Collegiale consultatie", "Gesprek met kind en ouders", "Wegen", "Beslissen", "Volgen",
        ])
        #expect(state.steps.map(\.events) == [[5, 6, 7, 10], [8], [9], [11], [12, 13, 14, 16, 17, 18, 19, 20], [21, 22]])
        let early = script.through("consultation.held").state
        #expect(early.steps.map(\.isTaken) == [true, true, false, false, false, false])
    }

    @Test("The child and their age on a day, birthdays and 29 February included (seed 001 lines 563-564: the age rule)")
    func childAge() throws {
        let child = try #require(script.state.child)
        #expect(child.ref == "LL-5120" && child.name == "Noor Visser" && child.group == "groep 5")
        #expect(child.age(on: CaseScript.day("2026-03-13")) == 8)
        #expect(child.age(on: CaseScript.day("2026-03-14")) == 9)
        let leap = try #require(ChildRecord(payload: ["childRef": "x", "childName": "y", "birthDate": "2012-02-29"]))
        #expect(leap.age(on: CaseScript.day("2013-02-28")) == 0)
        #expect(leap.age(on: CaseScript.day("2013-03-01")) == 1)
        #expect(leap.age(on: CaseScript.day("2011-01-01")) == 0)
        #expect(ChildRecord(payload: ["childRef": "x", "childName": "y", "birthDate": "2012-02-30"]) == nil)
    }

    @Test("Status moves open → help running → melding made → closed, and a redirected case is redirected (issue 4)")
    func phases() {
        #expect(script.through("weighing.recorded").state.phase == .open)
        #expect(script.through("help.organised").state.phase == .helpRunning)
        #expect(script.through("help.evaluated").state.phase == .open)
        #expect(script.through("melding.made").state.phase == .meldingMade)
        #expect(script.state.phase == .closed)
        let redirected = CaseScript(lines: [script.lines[0]]).appending(CaseScript.line(
            "case.redirected", "2026-09-08", ["category": "between-children", "reportedTo": CaseScript.list("directie"), "reportedOn": "2026-09-08", "explanation": "Ruzie op het plein."]))
        #expect(redirected.state.phase == .redirected)
        let reopened = script.appending(CaseScript.line("case.reopened", "2026-11-21", ["reason": "Nieuwe signalen."]))
        #expect(reopened.state.phase == .meldingMade)
        #expect(reopened.state.lifecycle == .open)
    }

    @Test("Hypotheses stay open until confirmed or refuted; corrections point at the record they correct (seed 002 line 73)")
    func hypothesesAndCorrections() {
        let before = script.through("conversation.held").state
        #expect(before.openHypotheses.map(\.seq) == [7])
        #expect(before.hypotheses.first?.signals == [5])
        let after = script.state
        #expect(after.openHypotheses.isEmpty)
        #expect(after.hypotheses.first?.standing == .confirmed && after.hypotheses.first?.settledBy == 10)
        let corrected = script.appending(CaseScript.line("record.corrected", "2026-11-20", ["corrects": 5, "correction": "Rechterarm.", "reason": "Verschrijving."]))
        #expect(corrected.state.corrections == [CorrectionRecord(seq: 23, corrects: 5, correction: "Rechterarm.", reason: "Verschrijving.", field: nil, previous: nil)])
    }

    @Test("Events of an unopened case, of another stream or of unknown types leave the cases alone (issue 4)")
    func foldAllCases() {
        let opened = script.events
        let stray = RecordedEvent(seq: 40, recordedAt: opened[0].recordedAt, author: "ib.devries", type: "signal.recorded", stream: "case/never-opened", payload: opened[1].payload)
        let memo = RecordedEvent(seq: 41, recordedAt: opened[0].recordedAt, author: "ib.devries", type: "memo.noted", stream: CaseStream.name(of: CaseScript.caseID), payload: [:])
        let states = CaseStates(opened + [stray, memo])
        #expect(states.ids == [CaseScript.caseID])
        #expect(states.cases[CaseScript.caseID] == script.state)
        #expect(states.lastSeq == 41)
        #expect(CaseStates(opened, through: 10).cases[CaseScript.caseID] == script.through("hypothesis.confirmed").state)
    }
}
