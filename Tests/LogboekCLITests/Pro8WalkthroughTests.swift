import Foundation
import Testing

/// A PRO8 case from seed 000, entered from paper through the command line with no workaround:
/// `tools/examples/pro8-walkthrough.sh`, run as a user would run it.
@Suite("PRO8 walk-through")
struct Pro8WalkthroughTests {
    @Test("The PRO8 case records end to end: every command exits 0, no findings, the log verifies")
    func walkthrough() throws {
        let script = try String(
            contentsOf: Repository.root.appendingPathComponent("tools/examples/pro8-walkthrough.sh"), encoding: .utf8)
        let logbook = try TemporaryFolder.make().appendingPathComponent("pro8")
        let result = try CLI.bash(script, arguments: [logbook.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Stand: melding gedaan bij Veilig Thuis · protocol pro8"), "\(result.stdout)")
        #expect(result.stdout.contains("#15 besluit 2026-10-15 (mt.kok): melden ja · 'Structurele onveiligheid: melden bij Veilig Thuis.' [van papier]"))
        #expect(result.stdout.contains(
            "Nu nodig: na afweging 2 (structurele onveiligheid) vroeg het afwegingskader: nu melden bij Veilig Thuis (meldnorm A) — gedaan bij seq 18"))
        #expect(result.stdout.contains("Bevindingen (0)\n  geen"), "\(result.stdout)")
        #expect(result.stdout.contains("OK: 24 events verified"))

        let environment = ["LOGBOEK_DIR": logbook.path, "LOGBOEK_PASSPHRASE": "school-geheim"]
        let proposed = try CLI.run(["case", "show", "2026-014", "--as-of", "15", "--as", "ib.bos"], environment: environment)
        #expect(proposed.stdout.contains("[voorgesteld, niet bevestigd, van papier]"), "\(proposed.stdout)")
        #expect(proposed.stdout.contains("Nu nodig: na afweging 2 (structurele onveiligheid) vroeg het afwegingskader: nu melden bij Veilig Thuis (meldnorm A)\n"))
        let findings = try CLI.run(["findings", "--case", "2026-014", "--json", "--as", "ib.bos"], environment: environment)
        #expect(findings.status == 0 && findings.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]", "\(findings.stdout)")
        try Repository.keepForSchemaValidation(try Data(contentsOf: logbook.appendingPathComponent("log.jsonl")), prefix: "pro8")
    }
}
