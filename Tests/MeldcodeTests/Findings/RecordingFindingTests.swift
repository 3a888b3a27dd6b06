import Ledger
import Testing
@testable import Meldcode

/// Hypotheses at closing, late records, specific forms, the verwijsindex and Veilig Thuis feedback.
@Suite("Findings: recording and terms")
struct RecordingFindingTests {
    private let script = CaseScript.correct

    @Test("hypotheses-open-at-closing: a hypothesis never confirmed nor refuted when the case closes (seed 002_98403fc803802b4b.txt line 73)")
    func hypothesesOpen() throws {
        let unsettled = script.replacing("hypothesis.confirmed")
        let finding = try #require(unsettled.findings(.hypothesesOpenAtClosing).first)
        #expect(finding.seqs == [22, 7] && finding.severity == .notice)
        #expect(unsettled.through("followup.recorded").findings(.hypothesesOpenAtClosing).isEmpty)
        #expect(script.findings(.hypothesesOpenAtClosing).isEmpty)
    }

    @Test("late-record: a signal recorded more than 5 working days after it was observed (seed 001_d96ffb29215577c0.txt lines 90-91; the Klimtoren rule, seed 002_98403fc803802b4b.txt line 69)")
    func lateRecord() throws {
        let sixDays = script.moving("signal.recorded", to: "2026-09-15")
        let finding = try #require(sixDays.findings(.lateRecord).first)
        #expect(finding.seqs == [5] && finding.severity == .notice)
        #expect(finding.citation == ProtocolProfile.klimtoren.recording.citations.first)
        #expect(script.moving("signal.recorded", to: "2026-09-14").findings(.lateRecord).isEmpty)
        #expect(script.findings(.lateRecord).isEmpty)
    }

    @Test("late-record: a case entered after the fact gets one finding listing every late record, not one per event")
    func oneLateRecordFindingPerCase() throws {
        let late = script.moving("signal.recorded", occurrence: 0, to: "2026-11-20").moving("signal.recorded", occurrence: 1, to: "2026-11-20")
            .moving("consultation.held", to: "2026-11-20")
        let findings = late.findings(.lateRecord)
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.seqs == [5, 6, 8])
        #expect(finding.message.contains("3 record(s)") && finding.message.contains("seq 8 consultation.held"))
    }

    @Test("late-record respects records entered from paper (recordedFromPaper names where the paper record is)")
    func paperRecords() throws {
        let late = script.moving("signal.recorded", occurrence: 0, to: "2026-11-20").moving("signal.recorded", occurrence: 1, to: "2026-11-20")
        let onePaper = late.changing("signal.recorded", occurrence: 0, ["recordedFromPaper": "dossierkast IB, map Noor"])
        let finding = try #require(onePaper.findings(.lateRecord).first)
        #expect(finding.seqs == [6])
        #expect(finding.message.contains("1 more entered from a paper record"))
        let allPaper = onePaper.changing("signal.recorded", occurrence: 1, ["recordedFromPaper": "dossierkast IB, map Noor"])
        #expect(allPaper.findings(.lateRecord).isEmpty)
    }

    @Test("Every case event type may say where its paper record is; logbook-wide types do not")
    func paperRecordField() {
        for definition in EventCatalogue.standard.definitions {
            #expect((definition.payload.field("recordedFromPaper") != nil) == (definition.scope == .case), "\(definition.type)")
        }
    }

    @Test("specific-forms-without-advice: honour-related violence weighed without Veilig Thuis advice (seed 002_98403fc803802b4b.txt line 104)")
    func specificForms() throws {
        let honour = script.changing("weighing.recorded", ["specificForms": CaseScript.list("honour-related")])
        #expect(try #require(honour.findings(.specificFormsWithoutAdvice).first).seqs == [11])
        let advised = honour.appending(CaseScript.line("consultation.held", "2026-11-20", [
            "kind": "veilig-thuis-advice", "heldOn": "2026-11-20", "anonymous": true, "advice": "Geen gesprek met vader.",
        ]))
        #expect(advised.findings(.specificFormsWithoutAdvice).isEmpty)
        let sexual = script.changing("weighing.recorded", ["specificForms": CaseScript.list("sexual-abuse")])
        #expect(!sexual.findings(.specificFormsWithoutAdvice, .klimtoren).isEmpty)
        #expect(sexual.findings(.specificFormsWithoutAdvice, .basismodel).isEmpty)
        #expect(script.findings(.specificFormsWithoutAdvice).isEmpty)
    }

    @Test("verwijsindex-not-weighed: a melding without weighing the verwijsindex, under the basismodel (seed 001_d96ffb29215577c0.txt lines 57-59)")
    func verwijsindexAfterMelding() throws {
        let never = script.replacing("verwijsindex.weighed")
        let finding = try #require(never.findings(.verwijsindexNotWeighed, .basismodel).first)
        #expect(finding.seqs == [19] && finding.seed == "001_d96ffb29215577c0.txt")
        #expect(never.findings(.verwijsindexNotWeighed, .klimtoren).isEmpty)
        #expect(script.findings(.verwijsindexNotWeighed, .basismodel).isEmpty)
    }

    @Test("verwijsindex-not-weighed: a case closed after a strong suspicion, not after no concern (seed 001_d96ffb29215577c0.txt lines 50-59)")
    func verwijsindexAtClosing() throws {
        let closing = CaseScript.line("case.closed", "2026-09-15", ["reason": "other", "explanation": "Gesloten."])
        let suspected = script.through("weighing.recorded").appending(closing)
        #expect(try #require(suspected.findings(.verwijsindexNotWeighed, .basismodel).first).seqs == [12])
        let calm = script.through("weighing.recorded").changing("weighing.recorded", ["afweging1": "no-concern", "afweging2": nil]).appending(closing)
        #expect(calm.findings(.verwijsindexNotWeighed, .basismodel).isEmpty)
    }

    @Test("veiligthuis-feedback-overdue: no feedback 5 working days after the melding, judged on the day passed in (seed 002_98403fc803802b4b.txt line 249)")
    func feedbackOverdue() throws {
        let waiting = script.through("melding.made")
        #expect(waiting.findings(.veiligThuisFeedbackOverdue, on: "2026-11-10").isEmpty)
        let finding = try #require(waiting.findings(.veiligThuisFeedbackOverdue, on: "2026-11-11").first)
        #expect(finding.seqs == [19] && finding.severity == .notice && finding.seed == "002_98403fc803802b4b.txt")
        #expect(script.through("veiligthuis.feedback").findings(.veiligThuisFeedbackOverdue, on: "2026-12-01").isEmpty)
    }
}
