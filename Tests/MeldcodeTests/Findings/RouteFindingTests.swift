import Ledger
import Testing
@testable import Meldcode

/// The meldnormen and the help of afweging 4.
@Suite("Findings: meldnormen and help")
struct RouteFindingTests {
    private let script = CaseScript.correct

    @Test("unsafety-without-melding: structural unsafety weighed and no melding after it (seed 002_98403fc803802b4b.txt lines 243, 281)")
    func meldnormA() throws {
        let unsafe = script.changing("weighing.recorded", ["afweging2": "structural"]).through("weighing.recorded")
        let finding = try #require(unsafe.findings(.unsafetyWithoutMelding).first)
        #expect(finding.seqs == [11] && finding.severity == .warning && finding.seed == "002_98403fc803802b4b.txt")
        let reported = unsafe.appending(script.lines[15])
        #expect(reported.findings(.unsafetyWithoutMelding).isEmpty)
        #expect(script.through("weighing.recorded").findings(.unsafetyWithoutMelding).isEmpty)
    }

    @Test("no-help-without-melding: help not accepted (afweging 4 = no) and no melding after it (seed 002_98403fc803802b4b.txt lines 257, 282)")
    func meldnormB() throws {
        let refused = script.changing("decision.recorded", occurrence: 1, ["answer": "no"]).through("decision.recorded", occurrence: 1)
        #expect(try #require(refused.findings(.noHelpWithoutMelding).first).seqs == [13])
        #expect(refused.appending(script.lines[15]).findings(.noHelpWithoutMelding).isEmpty)
        #expect(script.findings(.noHelpWithoutMelding).isEmpty)
    }

    @Test("failed-help-without-melding: the term passed without result and no melding after it (seed 002_98403fc803802b4b.txt lines 265, 283)")
    func meldnormC() throws {
        let failed = script.through("decision.recorded", occurrence: 2)
        #expect(try #require(failed.findings(.failedHelpWithoutMelding).first).seqs == [16])
        #expect(script.findings(.failedHelpWithoutMelding).isEmpty)
    }

    @Test("help-without-term-or-case-manager: help accepted but never organised, or a term not after the day it was set (seed 002_98403fc803802b4b.txt line 259)")
    func helpWithoutTerm() throws {
        let accepted = script.through("decision.recorded", occurrence: 1)
        #expect(try #require(accepted.findings(.helpWithoutTermOrCaseManager).first).seqs == [13])
        let noTerm = script.changing("help.organised", ["term": "2026-09-16"])
        #expect(try #require(noTerm.findings(.helpWithoutTermOrCaseManager).first).seqs == [14])
        #expect(script.through("help.organised").findings(.helpWithoutTermOrCaseManager).isEmpty)
        #expect(script.findings(.helpWithoutTermOrCaseManager).isEmpty)
    }
}

/// In an emergency the melding may be recorded before the weighing that calls for it.
@Suite("Findings: melding before the weighing")
struct EmergencyOrderTests {
    @Test("A melding made the same day, recorded before the acute weighing, meets meldnorm A; one made days earlier does not (seed 001_d96ffb29215577c0.txt lines 447-452, seed 002_98403fc803802b4b.txt line 281)")
    func meldingFirst() throws {
        let script = CaseScript.correct
        let melding = script.lines[15]
        let weighing = CaseScript.line("weighing.recorded", "2026-11-03", [
            "weighedOn": "2026-11-03", "afweging1": "strong-suspicion", "afweging2": "acute", "rationale": "Disclosure: acuut gevaar.",
        ])
        let sameDay = CaseScript(lines: Array(script.lines.prefix(10))).appending(melding, weighing)
        #expect(sameDay.findings(.unsafetyWithoutMelding).isEmpty)
        #expect(sameDay.state.requiredRoute().metBy == 14)
        var later = weighing
        later.day = "2026-11-06"
        later.payload["weighedOn"] = "2026-11-06"
        let daysLater = CaseScript(lines: Array(script.lines.prefix(10))).appending(melding, later)
        #expect(try #require(daysLater.findings(.unsafetyWithoutMelding).first).seqs == [15])
        #expect(!daysLater.state.requiredRoute().isMet)
    }
}
