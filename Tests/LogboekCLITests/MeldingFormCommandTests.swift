import Foundation
import Ledger
import Testing

/// What the Veilig Thuis meldformulier asks is recordable from the command line: the people around the child with
/// `record people.recorded --guided` (corrected like every event), and the time, channel, melder's contact details,
/// where the child is now and the concern as flags of `melding.made`; the report's first page shows them.
@Suite("Recording for the melding form")
struct MeldingFormCommandTests {
    @Test("people.recorded is entered guided, in Dutch, and corrected like every event")
    func peopleGuidedAndCorrected() throws {
        let logbook = try CLILogbook()
        #expect(try logbook.run(MeldcodeCommandTests.openCase, as: "ib.devries").status == 0)
        let answers = "2026-11-20\nKarim de Boer\n2\nja\nja\n\n\n\nnee\nja\nwijkteam Noord\nGezinscoach\n\nnee\n\nja\n"
        let guided = try logbook.run(["record", "people.recorded", "--case", "2026-001", "--guided"], as: "ib.devries", input: answers)
        #expect(guided.status == 0, "\(guided.stderr)")
        #expect(guided.stderr.contains("relatie tot het kind (kies een nummer") && guided.stderr.contains("heeft gezag"))
        let corrected = try logbook.run(
            ["record", "record.corrected", "--case", "2026-001", "--corrects", "5", "--correction", "Vader heeft geen gezag.",
             "--reason", "Verkeerd overgenomen.", "--corrected-on", "2026-11-21"], as: "ib.devries")
        #expect(corrected.status == 0, "\(corrected.stderr)")
        let dossier = try logbook.run(["report", "dossier", "--case", "2026-001"], as: "ib.devries")
        #expect(dossier.stdout.contains("Karim de Boer") && dossier.stdout.contains("Gecorrigeerd door #6: Vader heeft geen gezag."))
    }

    @Test("melding.made takes the form's first-screen fields as flags, and page 1 of the Veilig Thuis report shows them")
    func meldingFlags() throws {
        let logbook = try CLILogbook()
        #expect(try logbook.run(MeldcodeCommandTests.openCase, as: "ib.devries").status == 0)
        #expect(try logbook.run(MeldcodeCommandTests.signalFlags, as: "ib.devries").status == 0)
        let melding = try logbook.run(
            ["record", "melding.made", "--case", "2026-001", "--veilig-thuis", "Veilig Thuis IJsselland", "--made-by", "dir.jansen",
             "--made-on", "2026-11-20", "--anonymous", "false", "--facts", "5", "--school-continues", "De school volgt Sara.",
             "--made-at", "14.00", "--channel", "telephone", "--melder-phone", "038-1234567", "--melder-email", "directie@school.example",
             "--child-whereabouts", "Op school bij de IB'er.", "--concern", "Sara heeft herhaald blauwe plekken."], as: "ib.devries")
        #expect(melding.status == 0, "\(melding.stderr)")
        let report = try logbook.run(["report", "veilig-thuis", "--case", "2026-001"], as: "ib.devries")
        try #require(report.status == 0, "\(report.stderr)")
        let first = try #require(report.stdout.components(separatedBy: "Betrokkenen en gezin").first)
        for expected in ["De melding in het kort", "Op school bij de IB&#39;er.", "Sara heeft herhaald blauwe plekken.",
                         "telefoon 038-1234567, e-mail directie@school.example", "20 november 2026, 14.00 uur, telefonisch"] {
            #expect(first.contains(expected), "\(expected)")
        }
    }
}
