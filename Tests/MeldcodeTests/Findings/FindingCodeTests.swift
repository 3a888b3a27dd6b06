import Ledger
import Testing
@testable import Meldcode

/// The finding codes themselves: stable, cited, each triggered by some record, and encoded as documented.
@Suite("Finding codes")
struct FindingCodeTests {
    @Test("Every code's citation quotes the seed lines it names (seeds 000, 001 and 002)", SeedText.available, arguments: FindingCode.allCases)
    func citationQuotesItsLines(code: FindingCode) throws {
        #expect(try SeedText.quotes(code.citation), "\(code.citation.seed.rawValue) \(code.citation.lines)")
    }

    @Test("Every code is triggered by one of the varied records and by none of the correct one (seeds 001 and 002)")
    func everyCodeTriggered() {
        let correct = CaseScript.correct
        let variations: [(CaseScript, ProtocolProfile, String)] = [
            (correct.replacing("signal.recorded").replacing("signal.recorded"), .klimtoren, "2026-11-20"),
            (correct.replacing("consultation.held"), .klimtoren, "2026-11-20"),
            (correct.replacing("conversation.held"), .klimtoren, "2026-11-20"),
            (correct.changing("melding.discussed", ["with": "child"]), .klimtoren, "2026-11-20"),
            (correct.changing("weighing.recorded", ["afweging2": "doubt"]).through("weighing.recorded"), .klimtoren, "2026-11-20"),
            (correct.changing("decision.recorded", ["answer": "no"]).through("decision.recorded"), .klimtoren, "2026-11-20"),
            (correct.through("help.evaluated"), .klimtoren, "2026-11-20"),
            (correct.through("decision.recorded", occurrence: 1), .klimtoren, "2026-11-20"),
            (correct.replacing("hypothesis.confirmed"), .klimtoren, "2026-11-20"),
            (correct.changing("decision.recorded", occurrence: 2, ["decidedBy": CaseScript.list("lk.bakker"), "consulted": nil])
                .moving("decision.recorded", occurrence: 2, by: "lk.bakker"), .klimtoren, "2026-11-20"),
            (correct.changing("melding.made", ["madeBy": "lk.visser"]), .klimtoren, "2026-11-20"),
            (correct.changing("conversation.held", ["attendees": CaseScript.list("lk.bakker")]), .klimtoren, "2026-11-20"),
            (correct.through("melding.made"), .klimtoren, "2026-11-30"),
            (correct.changing("weighing.recorded", ["specificForms": CaseScript.list("fgm")]), .klimtoren, "2026-11-20"),
            (correct.replacing("verwijsindex.weighed"), .basismodel, "2026-11-20"),
            (correct.moving("signal.recorded", to: "2026-10-01"), .klimtoren, "2026-11-20"),
            (correct.changing("weighing.recorded", ["participants": CaseScript.list("lk.bakker")]), .zorgteam, "2026-11-20"),
            (correct.changing("decision.recorded", occurrence: 2, ["decidedBy": CaseScript.list("lk.bakker"), "consulted": nil]), .zorgteam, "2026-11-20"),
            (correct.changing("melding.made", ["facts": CaseScript.refs(5, 6)]), .klimtoren, "2026-11-20"),
            (correct.changing("conversation.held", ["purposeExplained": false]), .klimtoren, "2026-11-20"),
            (correct.changing("weighing.recorded", ["afweging2": "doubt"]).through("weighing.recorded"), .zorgteam, "2026-11-20"),
            (correct.changing("case.opened", ["birthDate": "2009-01-01"]), .klimtoren, "2026-11-20"),
            (correct.replacing("followup.recorded"), .innoord, "2026-11-20"),
            (FindingDutyTests.directorNeverTold, .klimtoren, "2026-11-20"),
            (correct.replacing("weighing.recorded"), .klimtoren, "2026-11-20"),
            (correct.through("help.organised"), .klimtoren, "2026-11-20"),
            (correct.changing("weighing.recorded", ["afweging2": "structural"]), .klimtoren, "2026-11-20"),
        ]
        let triggered = Set(variations.flatMap { script, profile, day in script.findings(profile, on: day).map(\.code) })
        #expect(triggered == Set(FindingCode.allCases))
        for profile in [ProtocolProfile.klimtoren, .basismodel] {
            #expect(correct.findings(profile, on: "2026-11-20").isEmpty)
        }
    }

    @Test("A finding encodes as {code, severity, case, events, message, seed, lines, quote} (issue 4)")
    func json() throws {
        let finding = try #require(CaseScript.correct.replacing("consultation.held").findings(.meldingWithoutConsultation).first)
        let members = try #require(finding.json.objectValue)
        #expect(Set(members.keys) == ["code", "severity", "case", "events", "message", "seed", "lines", "quote"])
        #expect(members["code"] == "melding-without-consultation")
        #expect(members["severity"] == "warning")
        #expect(members["case"] == .string(CaseScript.caseID))
        #expect(members["events"] == .array([19]))
        #expect(members["seed"] == "001_d96ffb29215577c0.txt")
        #expect(members["lines"] == "72-73")
    }

    @Test("Codes are stable kebab-case strings (issue 4)")
    func stableCodes() {
        #expect(FindingCode.allCases.count == 30)
        #expect(FindingCode.allCases.allSatisfy { $0.rawValue.allSatisfy { $0.isLowercase || $0 == "-" } })
        #expect(FindingCode(rawValue: "veiligthuis-feedback-overdue") == .veiligThuisFeedbackOverdue)
    }
}
