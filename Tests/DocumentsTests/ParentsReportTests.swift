import Documents
import Foundation
import Ledger
import Meldcode
import Testing

/// The parents' report holds only what is released to them, and reveals nothing of a melder who stays
/// anonymous towards the family.
@Suite("The parents' report")
struct ParentsReportTests {
    /// A case with a melding by the director, anonymous or not, whose name also appears in free text.
    static func scenario(anonymous: Bool) throws -> ReportScenario {
        var scenario = try ReportScenario()
        let words = scenario.signal("Sara zegt tegen M. Jansen: 'Papa heeft me geslagen.'", kind: "child-words")
        let marks = scenario.signal("Striemen op beide armen, gezien door de directeur en dir.jansen.")
        scenario.record("note.recorded", by: "ib.devries", ["text": .string("Persoonlijke werkaantekening over de buurjongen Tim.")])
        scenario.record("consultation.held", by: "ib.devries", [
            "kind": .string("veilig-thuis-advice"), "heldOn": .string("2026-11-16"), "participants": .array([.string("dir.jansen")]),
            "outsideParticipants": .array([.string("Veilig Thuis adviseur")]), "anonymous": .bool(true),
            "advice": .string("Het advies van Veilig Thuis over het gezin."),
        ])
        let hypothesis = scenario.record("hypothesis.recorded", by: "ib.devries", ["statement": .string("Sara wordt thuis geslagen."), "signals": .array([.integer(Int64(words))])])
        scenario.record("hypothesis.confirmed", by: "ib.devries", [
            "hypothesis": .integer(Int64(hypothesis)), "reason": .string("Letsel past bij het verhaal."), "evidence": .array([.integer(Int64(marks))]),
        ])
        scenario.record("record.corrected", by: "lk.bakker", ["corrects": .integer(Int64(marks)), "correction": .string("Op de linkerarm, niet op beide."), "reason": .string("Verschreven.")])
        scenario.record("decision.recorded", by: "dir.jansen", [
            "question": .string("melding"), "answer": .string("yes"), "decidedOn": .string("2026-11-16"), "decidedBy": .array([.string("dir.jansen")]),
            "consulted": .array([.string("ib.devries")]), "meldnorm": .string("A"), "rationale": .string("Acute onveiligheid; M. Jansen meldt vandaag."),
        ])
        scenario.melding(anonymous: anonymous, facts: [words, marks])
        return scenario
    }

    /// The parents' report of a scenario with every item that waits for a decision redacted, as a school would after its draft.
    static func redacted(_ scenario: ReportScenario) throws -> Report {
        let draft = try ReportBuilder.report(.ouders, from: try scenario.input, draft: true)
        let redactions = Dictionary(uniqueKeysWithValues: draft.pending.map { ($0.seq, "zonder namen") })
        return try ReportBuilder.report(.ouders, from: try scenario.input, parents: ParentsChoices(redactions: redactions))
    }

    /// Every identifying string of the director, the melder of the scenario.
    static func melderStrings() throws -> [String] {
        let melder = try #require(try ReportScenario.staff()["dir.jansen"])
        let strings = MelderIdentity.strings(of: melder)
        #expect(Set(["dir.jansen", "M. Jansen", "Jansen", "MJ", "directeur"]).isSubset(of: Set(strings)))
        return strings
    }

    /// The words of a rendered report's text, with markup removed and references unescaped.
    static func visibleText(_ html: String) -> String {
        html.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Whether a text holds a string as a whole word, whatever its case.
    static func holds(_ text: String, _ needle: String) -> Bool {
        let pattern = "(?<![\\p{L}\\p{N}])" + NSRegularExpression.escapedPattern(for: needle) + "(?![\\p{L}\\p{N}])"
        return text.range(of: pattern, options: [.regularExpression, .caseInsensitive]) != nil
    }

    @Test("An anonymous melder is named nowhere in the parents' report: not by name, id, initials or role, not as an author")
    func anonymousMelderIsShielded() throws {
        let report = try Self.redacted(Self.scenario(anonymous: true))
        let html = ReportHTML.document(report)
        let json = ReportJSON.document(report)
        for text in [Self.visibleText(html), html, json] {
            for needle in try Self.melderStrings() { #expect(!Self.holds(text, needle), "\(needle)") }
        }
        #expect(report.sections.flatMap(\.entries).allSatisfy { $0.author == "de school" })
        #expect(!html.contains("Veilig Thuis IJsselland"), "the anonymous melding itself is left out")
    }

    @Test("The same strings are in the dossier, so the search above can find them")
    func dossierNamesTheMelder() throws {
        let text = Self.visibleText(ReportHTML.document(try Self.scenario(anonymous: true).report(.dossier)))
        for needle in ["dir.jansen", "M. Jansen", "Jansen", "directeur"] { #expect(Self.holds(text, needle), "\(needle)") }
    }

    @Test("Without an anonymous melding the parents' report names the staff")
    func openMeldingNamesStaff() throws {
        let text = Self.visibleText(ReportHTML.document(try Self.scenario(anonymous: false).report(.ouders)))
        #expect(text.contains("M. Jansen (directeur)"))
        #expect(text.contains("Veilig Thuis IJsselland"))
    }

    @Test("Working notes and the content of consultations with outside parties are closed to parents", arguments: [true, false])
    func closedPartIsLeftOut(anonymous: Bool) throws {
        let report = try Self.redacted(Self.scenario(anonymous: anonymous))
        let text = Self.visibleText(ReportHTML.document(report))
        #expect(!text.contains("buurjongen Tim"))
        #expect(!text.contains("Het advies van Veilig Thuis over het gezin"))
        #expect(!text.contains("Veilig Thuis adviseur"))
        // Under an anonymous melding the consultation with Veilig Thuis is left out whole, without a remark that would locate it.
        #expect(text.contains("De inhoud van dit overleg met een partij buiten de school staat niet in dit verslag.") == !anonymous)
    }

    @Test("Hypotheses show their outcome and corrections are marked on what they correct, without seq numbers")
    func hypothesesAndCorrections() throws {
        let report = try Self.scenario(anonymous: false).report(.ouders)
        let remarks = report.sections.flatMap(\.entries).flatMap(\.remarks)
        #expect(remarks.contains { $0.hasPrefix("Hypothese: bevestigd") })
        #expect(remarks.contains("Later gecorrigeerd: Op de linkerarm, niet op beide."))
        #expect(!remarks.joined().contains("#"))
    }
}
