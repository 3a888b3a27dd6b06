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

    @Test("Page 1 is the form's first screen: acute danger, where the child is now, the concern, the melder and how to reach them")
    func firstScreen() throws {
        var scenario = try ReportScenario()
        let words = scenario.signal("Papa heeft me geslagen.", kind: "child-words")
        scenario.record("weighing.recorded", by: "dir.jansen", [
            "weighedOn": .string("2026-11-16"), "afweging1": .string("strong-suspicion"), "afweging2": .string("acute"),
            "rationale": .string("Acuut."),
        ])
        scenario.record("people.recorded", by: "ib.devries", [
            "notedOn": .string("2026-11-16"),
            "people": .array([.object(["name": .string("Karim El Idrissi"), "relation": .string("father"), "custody": .bool(true)])]),
            "supportNetwork": .array([.object(["party": .string("wijkteam Noord"), "help": .string("Gezinscoach.")])]),
        ])
        scenario.record("melding.made", by: "dir.jansen", [
            "veiligThuis": .string("Veilig Thuis IJsselland"), "madeBy": .string("dir.jansen"), "madeOn": .string("2026-11-16"),
            "anonymous": .bool(false), "facts": .array([.integer(Int64(words))]), "schoolContinues": .string("Volgen."),
            "madeAt": .string("14.00"), "channel": .string("telephone"), "melderPhone": .string("038-1234567"),
            "melderEmail": .string("directie@school.example"), "childWhereabouts": .string("Bij de IB'er op school."),
            "concern": .string("Sara vertelt dat haar vader haar slaat."),
        ])
        let report = try scenario.report(.veiligThuis)
        let first = try #require(report.sections.first)
        #expect(first.heading == "De melding in het kort")
        let facts = Dictionary(uniqueKeysWithValues: first.facts.map { ($0.label, $0.value) })
        #expect(facts["Acuut gevaar"] == .text("ja: acute onveiligheid"))
        #expect(facts["Waar het kind nu is"] == .text("Bij de IB'er op school."))
        #expect(facts["De zorg"] == .text("Sara vertelt dat haar vader haar slaat."))
        #expect(facts["Zo bereikt u de melder"] == .text("telefoon 038-1234567, e-mail directie@school.example"))
        #expect(facts["Gemeld"] == .text("16 november 2026, 14.00 uur, telefonisch"))
        let headings = report.sections.map(\.heading)
        #expect(Array(headings.prefix(4)) == ["De melding in het kort", "Betrokkenen en gezin", "Ondersteunend netwerk", "Stappen die de school zette"])
        let html = ReportHTML.document(report)
        #expect(html.contains("Karim El Idrissi") && html.contains("wijkteam Noord"))
        let annex = try #require(report.sections.last)
        #expect(annex.heading == "Bijlage: volgnummers en vingerafdrukken")
        #expect(annex.facts.contains { $0.label.hasPrefix("#\(words) ") })
        #expect(!html.contains("<p class=\"hash\">"), "no fingerprint between the entries: they are in the annex")
    }

    @Test("Without the new records the first screen says plainly what is not recorded")
    func notRecorded() throws {
        var scenario = try ReportScenario()
        let words = scenario.signal("Papa heeft me geslagen.", kind: "child-words")
        scenario.melding(anonymous: false, facts: [words])
        let first = try #require(try scenario.report(.veiligThuis).sections.first)
        let facts = Dictionary(uniqueKeysWithValues: first.facts.map { ($0.label, $0.value) })
        #expect(facts["Acuut gevaar"] == .text("niet gewogen"))
        #expect(facts["Waar het kind nu is"] == .text("niet vastgelegd"))
        #expect(facts["De zorg"] == .text("Sara vertelt dat haar vader haar heeft geslagen."), "the reason the case was opened")
    }
}
