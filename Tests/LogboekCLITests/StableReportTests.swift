import Foundation
import Ledger
import Testing

/// Reading a case does not change its reports: "Stand van het dossier" is the last content event, and reads
/// (`case.viewed`, which every report and `case show` append) appear in the dossier only as a summary.
@Suite("Reports are stable under reading")
struct StableReportTests {
    /// Writes every report of a case as HTML and JSON into a folder, as the IB'er; returns the files' bytes by name.
    static func reports(of id: String, in logbook: URL, into folder: URL) throws -> [String: Data] {
        var files = [String: Data]()
        for kind in ["dossier", "evaluatie", "veilig-thuis"] {
            for format in ["html", "json"] {
                let out = folder.appendingPathComponent("\(kind).\(format)")
                let made = try CLI.run(
                    ["report", kind, "--case", id, "--format", format, "--out", out.path, "--force", "--as", "ib.devries", "--logbook", logbook.path],
                    environment: ["LOGBOEK_PASSPHRASE": "ib-geheim-123"])
                try #require(made.status == 0, "\(kind) \(format): \(made.stderr)")
                files["\(kind).\(format)"] = try Data(contentsOf: out)
            }
        }
        return files
    }

    @Test("Eleven reads later every report of a case is byte for byte the same, and the reads are in the log")
    func readingChangesNothing() throws {
        let (folder, logbook) = try ReportIssueTests.copyOfExamples()
        let log = logbook.appendingPathComponent("log.jsonl")
        let before = try Self.reports(of: "2026-014", in: logbook, into: folder)
        let lines = try Data(contentsOf: log).count
        for _ in 0..<11 {
            let read = try CLI.run(
                ["case", "show", "2026-014", "--as", "ib.devries", "--logbook", logbook.path], environment: ["LOGBOEK_PASSPHRASE": "ib-geheim-123"])
            try #require(read.status == 0, "\(read.stderr)")
        }
        #expect(try Data(contentsOf: log).count > lines, "the reads were recorded")
        let after = try Self.reports(of: "2026-014", in: logbook, into: folder)
        for (name, bytes) in before { #expect(after[name] == bytes, "\(name)") }
        let dossier = String(decoding: try #require(after["dossier.html"]), as: UTF8.self)
        #expect(dossier.contains("Inzage (samenvatting)"))
        #expect(!dossier.contains("Dossier ingezien") && !dossier.contains("case.viewed"), "no read stands in the chronology")
    }
}
