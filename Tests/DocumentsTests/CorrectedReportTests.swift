import Documents
import Ledger
import Meldcode
import Testing

/// A correction that names a member and its new value reaches the reports: the Veilig Thuis report shows the corrected
/// date, and the original beside it in the remark on the correction.
@Suite("Corrections in the reports")
struct CorrectedReportTests {
    @Test("The Veilig Thuis report shows a corrected information date, with the original as corrected")
    func correctedInformationDate() throws {
        var scenario = try ReportScenario()
        let other = scenario.signal(
            "Geschreeuw gehoord.", kind: "fact",
            source: .object(["kind": .string("third-party"), "party": .string("buurvrouw"), "date": .string("2026-11-17")]))
        scenario.record("record.corrected", by: "ib.devries", [
            "corrects": .integer(Int64(other)), "correction": .string("De buurvrouw belde op 16 november."), "field": .string("source.date"),
            "value": .string("2026-11-16"), "reason": .string("Verschreven."), "correctedOn": .string("2026-11-18"),
        ])
        scenario.melding(anonymous: false, facts: [other])
        let html = ReportHTML.document(try scenario.report(.veiligThuis))
        let entry = try #require(html.range(of: "Geschreeuw gehoord.").map { String(html[$0.lowerBound...].prefix(1_500)) })
        #expect(entry.contains("16 november 2026"), "\(entry)")
        #expect(!entry.contains("17 november 2026") || entry.contains("2026-11-17 → 2026-11-16"), "\(entry)")
        #expect(html.contains("datum van de informatie: 2026-11-17 → 2026-11-16"), "\(html)")
    }
}
