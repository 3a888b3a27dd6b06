import Foundation
import Testing

/// Terms in Dutch working days and days in Dutch time, as `case show`, `status`, `findings`, `log` and
/// `profile show` print them.
@Suite("Dutch days in the commands")
struct DutchDaysCommandTests {
    /// A logbook with one case whose melding was made on Friday 24 April 2026 (seq 6).
    static func meldingBeforeKoningsdag() throws -> CLILogbook {
        let logbook = try CLILogbook()
        #expect(try logbook.run(MeldcodeCommandTests.openCase, as: "lk.bakker").status == 0)
        let signal = MeldcodeCommandTests.signalFlags.map { $0 == "2026-11-20" ? "2026-04-20" : $0 }
        #expect(try logbook.run(signal, as: "lk.bakker").status == 0)
        let melding = try logbook.run(
            ["record", "melding.made", "--case", "2026-001", "--payload", "-"], as: "dir.jansen",
            input: #"{"veiligThuis":"VT Twente","madeBy":"dir.jansen","madeOn":"2026-04-24","anonymous":false,"facts":[5],"schoolContinues":"Zorg in de klas."}"#)
        #expect(melding.status == 0, "\(melding.stderr)")
        return logbook
    }

    @Test("A melding on Friday 24 April 2026: feedback due Monday 4 May (Koningsdag skipped) in case show, status and findings (002 l.249)")
    func feedbackAfterKoningsdag() throws {
        let logbook = try Self.meldingBeforeKoningsdag()
        let show = try logbook.run(["case", "show", "2026-001", "--on", "2026-05-04", "--json"])
        #expect(show.stdout.contains(#""due":"2026-05-04""#), "\(show.stdout)")
        let status = try logbook.run(["status", "--on", "2026-05-04", "--json"])
        #expect(status.stdout.contains(#""due":"2026-05-04""#) && status.stdout.contains(#""overdue":false"#), "\(status.stdout)")
        let statusText = try logbook.run(["status", "--on", "2026-05-04"])
        #expect(statusText.stdout.contains("4 mei 2026"), "\(statusText.stdout)")
        let onTime = try logbook.run(["findings", "--on", "2026-05-04", "--json"])
        #expect(!onTime.stdout.contains("veiligthuis-feedback-overdue"), "\(onTime.stdout)")
        let overdue = try logbook.run(["findings", "--on", "2026-05-05", "--json"])
        #expect(overdue.stdout.contains("veiligthuis-feedback-overdue") && overdue.stdout.contains("due 2026-05-04"), "\(overdue.stdout)")
        try logbook.keepForSchemaValidation()
    }

    @Test("profile show lists the public holidays of the year asked for, Koningsdag 2025 on 26 April; a bad year exits 2")
    func profileShowDays() throws {
        let shown = try CLI.run(["profile", "show", "klimtoren", "--year", "2025"])
        #expect(shown.status == 0, "\(shown.stderr)")
        for line in ["2025-04-18 Goede Vrijdag", "2025-04-21 Tweede Paasdag", "2025-04-26 Koningsdag", "2025-05-05 Bevrijdingsdag",
                     "2025-05-29 Hemelvaartsdag", "2025-06-09 Tweede Pinksterdag", "2025-12-25 Eerste Kerstdag"] {
            #expect(shown.stdout.contains(line), "\(line)")
        }
        #expect(try CLI.run(["profile", "show", "klimtoren", "--year", "25"]).status == 2)
    }

    @Test("log shows each event's time in Dutch time (CET or CEST), --json keeps UTC")
    func logInDutchTime() throws {
        let logbook = try CLILogbook()
        let text = try logbook.run(["log", "--from", "0"])
        let first = try #require(text.stdout.split(separator: "\n").first)
        #expect(first.contains(" CET\t") || first.contains(" CEST\t"), "\(first)")
        let json = try logbook.run(["log", "--from", "0", "--json"])
        #expect(json.stdout.contains(#"Z","#))
    }
}
