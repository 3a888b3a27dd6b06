import Ledger
import Testing
@testable import Meldcode

/// The duties the profiles declare that nothing checked before issue 11: the director informed of a melding,
/// a weighing before it, help evaluated by its term, a melding at once after unsafety. Each fires on a varied
/// record and stays silent on the correct one.
@Suite("Findings: duties")
struct FindingDutyTests {
    private let script = CaseScript.correct

    /// The correct case with the melding decided and made by the IB'er alone: the director never hears of it.
    static let directorNeverTold = CaseScript.correct
        .changing("decision.recorded", occurrence: 2, ["decidedBy": CaseScript.list("ib.devries"), "consulted": nil])
        .moving("decision.recorded", occurrence: 2, by: "ib.devries")
        .changing("melding.made", ["madeBy": "ib.devries"])
        .moving("melding.made", by: "ib.devries")

    @Test("informed-role-not-informed: the director never knew of the melding; silent once told, or under a profile that asks no one (000 l.220–224)")
    func directorNotInformed() throws {
        let finding = try #require(Self.directorNeverTold.findings(.informedRoleNotInformed).first)
        #expect(finding.seqs == [19] && finding.seed == "000_9dc667da707d7897.txt")
        let told = Self.directorNeverTold.appending(CaseScript.line("information.shared", "2026-11-03", [
            "sharedBy": "ib.devries", "recipients": .array([.object(["kind": "actor", "actor": "dir.jansen"])]), "sharedOn": "2026-11-03",
            "means": "gesprek", "events": CaseScript.refs(19), "about": "De melding.",
        ]))
        #expect(told.findings(.informedRoleNotInformed).isEmpty)
        #expect(Self.directorNeverTold.findings(.informedRoleNotInformed, .basismodel).isEmpty)
        #expect(script.findings(.informedRoleNotInformed).isEmpty)
    }

    @Test("The bevoegd gezag told as an outside party meets a profile that names the bestuur (002 l.235)")
    func bevoegdGezagAsParty() throws {
        var members = try #require(ProtocolProfile.klimtoren.json.objectValue)
        var melder = try #require(members["melder"]?.objectValue)
        melder["mustInform"] = .array(["bestuur"])
        members["melder"] = .object(melder)
        let profile = try ProtocolProfile(json: .object(members))
        let untold = script.findings(.informedRoleNotInformed, profile)
        #expect(untold.map(\.seqs) == [[19]])
        let told = script.appending(CaseScript.line("information.shared", "2026-11-03", by: "dir.jansen", [
            "sharedBy": "dir.jansen", "recipients": .array([.object(["kind": "outside", "party": "bevoegd-gezag", "name": "Stichting Wolderwijs"])]),
            "sharedOn": "2026-11-03", "means": "telefoon", "events": CaseScript.refs(19), "about": "De melding.",
        ]))
        #expect(told.findings(.informedRoleNotInformed, profile).isEmpty)
    }

    @Test("melding-without-weighing: no weighing before the melding; silent with one, or with one the same day recorded after it")
    func withoutWeighing() throws {
        let unweighed = script.replacing("weighing.recorded")
        #expect(try #require(unweighed.findings(.meldingWithoutWeighing).first).seqs == [19])
        #expect(script.findings(.meldingWithoutWeighing).isEmpty)
        let weighedAfter = unweighed.appending(CaseScript.line("weighing.recorded", "2026-11-04", [
            "weighedOn": "2026-11-03", "afweging1": "strong-suspicion", "afweging2": "acute", "rationale": "Acuut; direct gemeld.",
        ]))
        #expect(weighedAfter.findings(.meldingWithoutWeighing).isEmpty)
    }

    @Test("help-term-passed-without-evaluation: the term passed and no evaluation; silent before the term and once evaluated (002 l.263)")
    func helpTermPassed() throws {
        let running = script.through("help.organised")
        #expect(try #require(running.findings(.helpTermPassedWithoutEvaluation, on: "2026-11-02").first).seqs == [14])
        #expect(running.findings(.helpTermPassedWithoutEvaluation, on: "2026-10-30").isEmpty)
        #expect(script.through("help.evaluated").findings(.helpTermPassedWithoutEvaluation, on: "2026-11-02").isEmpty)
    }

    @Test("unsafety-melding-delayed: structural unsafety weighed, the melding made weeks later; silent when made the same or the next day (002 l.243)")
    func meldingDelayed() throws {
        let delayed = script.changing("weighing.recorded", ["afweging2": "structural"])
        let finding = try #require(delayed.findings(.unsafetyMeldingDelayed).first)
        #expect(finding.seqs == [11, 19] && finding.message.contains("50 day(s) later"))
        let atOnce = delayed.changing("melding.made", ["madeOn": "2026-09-14"]).moving("melding.made", to: "2026-09-14")
        #expect(atOnce.findings(.unsafetyMeldingDelayed).isEmpty)
        let nextDay = delayed.changing("melding.made", ["madeOn": "2026-09-15"]).moving("melding.made", to: "2026-09-15")
        #expect(nextDay.findings(.unsafetyMeldingDelayed).isEmpty)
        let twoDays = delayed.changing("melding.made", ["madeOn": "2026-09-16"]).moving("melding.made", to: "2026-09-16")
        #expect(twoDays.findings(.unsafetyMeldingDelayed).count == 1)
        #expect(script.findings(.unsafetyMeldingDelayed).isEmpty)
    }
}
