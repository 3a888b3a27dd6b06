import Documents
import Ledger
import Meldcode
import Testing

@Suite("The dossier")
struct DossierReportTests {
    @Test("The dossier holds every event in order, with author and role, and the integrity statement")
    func completeRecord() throws {
        let scenario = try ParentsReportTests.scenario(anonymous: true)
        let report = try scenario.report(.dossier)
        let entries = try #require(report.sections.first { $0.heading == "Verloop" }).entries
        #expect(entries.map(\.seq) == scenario.events.map(\.seq))
        #expect(entries.first?.author == "S. Bakker (leerkracht)")
        #expect(report.includedSeqs == scenario.events.map(\.seq))
        let html = ReportHTML.document(report)
        #expect(report.sections.first?.heading == "Overzicht", "the overview comes first")
        #expect(report.sections.last?.heading == "Bijlage voor de Inspectie: integriteit en bronnen")
        #expect(html.contains("Laatste vastlegging in dit dossier"))
        #expect(html.contains("vingerafdruk " + String(repeating: "ab", count: 32)), "the last content event's hash, not the log's head")
        #expect(html.contains("Stap 1: Signalen in kaart brengen"))
        #expect(html.contains("het vermoeden wegen (afweging 1)"), "the route the afwegingskader requires")
    }
}
