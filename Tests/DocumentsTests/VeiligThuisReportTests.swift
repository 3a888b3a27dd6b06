import Documents
import Ledger
import Meldcode
import Testing

@Suite("The Veilig Thuis report")
struct VeiligThuisReportTests {
    @Test("A case without a decision to make a melding is refused, unless a draft is asked for, which says CONCEPT")
    func refusedWithoutDecision() throws {
        var scenario = try ReportScenario()
        scenario.signal("Blauwe plekken.")
        #expect(throws: ReportError.noMeldingDecision("2026-019")) { try scenario.report(.veiligThuis) }
        let draft = try scenario.report(.veiligThuis, draft: true)
        #expect(draft.isDraft)
        let html = ReportHTML.document(draft)
        #expect(html.contains("content: \"CONCEPT\""))
        #expect(html.contains("CONCEPT — er is nog geen besluit om te melden"))
    }

    @Test("Own observations, the child's words, information from others and counter-indications are kept apart")
    func signalsKeptApart() throws {
        var scenario = try ReportScenario()
        let words = scenario.signal("Papa heeft me geslagen.", kind: "child-words")
        let own = scenario.signal("Striemen op de armen.")
        let other = scenario.signal("Geschreeuw gehoord.", kind: "fact", source: .object(["kind": .string("third-party"), "party": .string("buurvrouw"), "date": .string("2026-11-15")]))
        let contra = scenario.signal("Viel van het klimrek.", stance: "contradicts")
        scenario.melding(anonymous: true, facts: [words, own, other])
        let report = try scenario.report(.veiligThuis)
        func seqs(_ heading: String) -> [Int] { report.sections.first { $0.heading == heading }?.entries.map(\.seq) ?? [] }
        #expect(seqs("Eigen woorden van het kind") == [words])
        #expect(seqs("Feiten en gebeurtenissen die de school zelf zag of hoorde") == [own])
        #expect(seqs("Informatie van anderen, met bron en datum") == [other])
        #expect(seqs("Contra-indicaties") == [contra])
        let html = ReportHTML.document(report)
        #expect(html.contains("<blockquote>“Papa heeft me geslagen.”</blockquote>"))
        #expect(html.contains("M. Jansen (directeur), Basisschool De Klimtoren"), "the school's contact person")
        #expect(!report.isDraft)
    }
}
