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
        #expect(html.contains("Gecontroleerd tot en met"))
        #expect(html.contains(String(repeating: "cd", count: 32)))
        #expect(html.contains("Stap 1: Signalen in kaart brengen"))
        #expect(html.contains("het vermoeden wegen (afweging 1)"), "the route the afwegingskader requires")
    }
}
