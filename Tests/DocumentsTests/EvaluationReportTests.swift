import Documents
import Foundation
import Ledger
import Meldcode
import Testing

@Suite("The evaluation report")
struct EvaluationReportTests {
    /// A teacher's signal (which she reads again in Logboek: a read, no record the evaluation weighs), the IB'er's
    /// weighing (acute), the director's decision to make a melding after consulting the IB'er (never told of the signal
    /// itself), and the melding.
    static func scenario() throws -> (ReportScenario, signal: Int) {
        var scenario = try ReportScenario()
        let signal = scenario.signal("Sara heeft blauwe plekken op haar bovenarm.")
        scenario.record("case.viewed", by: "lk.bakker", [
            "command": .string("case show"), "events": .array([.integer(Int64(signal))]), "viewedOn": .string("2026-11-16"),
        ])
        scenario.record("weighing.recorded", by: "ib.devries", [
            "weighedOn": .string("2026-11-16"), "afweging1": .string("strong-suspicion"), "afweging2": .string("acute"),
            "participants": .array([.string("ib.devries")]), "rationale": .string("Letsel en een onthulling: acute onveiligheid."),
        ])
        scenario.record("decision.recorded", by: "dir.jansen", [
            "question": .string("melding"), "answer": .string("yes"), "decidedOn": .string("2026-11-16"),
            "decidedBy": .array([.string("dir.jansen")]), "consulted": .array([.string("ib.devries")]), "meldnorm": .string("A"),
            "rationale": .string("Acute onveiligheid: vandaag melden."),
        ])
        scenario.melding(anonymous: false, facts: [signal])
        return (scenario, signal)
    }

    @Test("Each decision is a section on its day, with the record itself, what the afwegingskader asked, and who knew what")
    func decisionByDecision() throws {
        let (scenario, signal) = try Self.scenario()
        let report = try scenario.report(.evaluatie)
        #expect(report.sections.map(\.heading) == [
            "Over deze evaluatie", "Tijdlijn in dagen", "Lang na de feiten vastgelegd",
            "Besluit 1 — 16 november 2026: weging (afwegingskader)",
            "Besluit 2 — 16 november 2026: wordt er gemeld bij Veilig Thuis? Ja",
            "Besluit 3 — 16 november 2026: melding bij Veilig Thuis", "Bijlage voor de Inspectie: bronnen",
        ])
        let decision = report.sections[4]
        #expect(decision.entries.map(\.seq) == [scenario.events[4].seq])
        #expect(decision.paragraphs.first?.hasPrefix("Besloten door M. Jansen (directeur). Aanwezig of geraadpleegd: A. de Vries (intern begeleider).") == true)
        let route = try #require(decision.facts.first { $0.label == "Wat het afwegingskader vroeg" })
        #expect(route.value == .text("Na afweging 2 (acute onveiligheid) vroeg het afwegingskader: nu melden bij Veilig Thuis (meldnorm A)"))
        let director = try #require(decision.facts.first { $0.label == "M. Jansen (directeur), besliste" })
        guard case .fields(let halves) = director.value, halves.count == 2, case .list(let unknown) = halves[1].value else {
            Issue.record("the director's knowledge is not two lists: \(director.value)")
            return
        }
        #expect(halves[0].label == "wist van geen van de 3 eerdere vastleggingen" && halves[0].value == .list([]))
        #expect(unknown.contains(.reference(seq: signal, title: "#\(signal) signaal vastgelegd van 16 november 2026")))
    }

    @Test("The HTML names every record it points at: no # number stands without what it is")
    func noBareSeqs() throws {
        let html = ReportHTML.document(try Self.scenario().0.report(.evaluatie))
        let body = try #require(html.components(separatedBy: "<body>").last?.components(separatedBy: "<footer").first)
        let text = body.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
        let bare = try NSRegularExpression(pattern: "(?<!&)#[0-9]+(?![0-9]| \\p{L})").matches(in: text, range: NSRange(text.startIndex..., in: text))
        #expect(bare.isEmpty, "\(bare.compactMap { Range($0.range, in: text).map { String(text[$0]) } })")
        #expect(text.contains("Eerste signaal16 november 2026, dag 0 (#11 signaal vastgelegd)"))
        #expect(!text.contains("dossier ingezien"), "a read is no record the evaluation weighs")
        #expect(text.contains("Van het eerste signaal tot de melding bij Veilig Thuis: 0 dagen."))
    }
}
