import Documents
import Foundation
import Ledger
import Meldcode
import Testing

/// `report ouders` on example case 2026-019 (the father suspected, the melding anonymous towards the family, the
/// conversation with the parents skipped for Sara's safety): the HTML, the JSON and the bundle hold none of Sara's
/// words, Veilig Thuis, staff names or roles, seqs or hashes, until the school releases an item with a reason,
/// which `report.issued` then records.
@Suite("logboek report ouders protects")
struct ProtectedParentsCommandTests {
    /// What must not reach Sara's father unless the school releases it.
    static let forbidden = [
        "Papa heeft me", "zijn riem", "durf niet", "Veilig Thuis", "0800-2000", "melding", "IB'er", "intern begeleider", "A. de Vries", "S. Bakker",
        "M. Jansen", "lk.bakker", "ib.devries", "dir.jansen", "directeur", "leerkracht", "striemen op haar armen", "bij haar tante",
    ]

    /// The seqs the draft says wait for a decision, read from its JSON (the draft's last section lists each as "#SEQ …").
    static func pending() throws -> [Int] {
        let draft = try ExampleLogbook.json(["report", "ouders", "--case", "2026-019", "--draft", "--format", "json"])
        let facts = try #require(draft["sections"]?.arrayValue?.last?["facts"]?.arrayValue)
        return facts.compactMap { fact -> Int? in
            guard fact["value"]?["text"]?.stringValue?.hasPrefix("wacht op een besluit") == true, let label = fact["label"]?.stringValue else { return nil }
            return Int(label.dropFirst().prefix { $0.isNumber })
        }
    }

    /// The seq of the example's first event of a type with a payload member of a value (read from the log).
    static func seq(of type: String, where member: String, is value: String) throws -> Int {
        try #require(try ExampleLogbook.events().first { $0.type == type && $0.stream == "case/2026-019" && $0.payload[member]?.stringValue == value }?.seq)
    }

    @Test("Without a decision on each item naming staff or Veilig Thuis the report is refused and nothing is written; the draft lists them")
    func pendingRefuses() throws {
        let pending = try Self.pending()
        #expect(!pending.isEmpty)
        let refused = try ExampleLogbook.run(["report", "ouders", "--case", "2026-019", "--safe-to-share", ReportCommandTests.judgement])
        #expect(refused.status == 1 && refused.stderr.contains("(pending-for-parents)") && refused.stdout.isEmpty, "\(refused.stderr)")
        let bad = try ExampleLogbook.run(["report", "ouders", "--case", "2026-019", "--release", "41"])
        #expect(bad.status == 2 && bad.stderr.contains("--reason"))
        let draft = try ExampleLogbook.run(["report", "ouders", "--case", "2026-019", "--draft", "--issue-to", "ouders"])
        #expect(draft.status == 2, "a draft is never issued")
    }

    @Test("The issued report, its JSON and its bundle hold nothing protected; report.issued records what was withheld and why")
    func issuedReportHoldsNothingProtected() throws {
        let (folder, logbook) = try ReportIssueTests.copyOfExamples()
        let html = folder.appendingPathComponent("o.html").path, bundle = folder.appendingPathComponent("o.bundle").path
        let json = folder.appendingPathComponent("o.json").path
        let base = ["report", "ouders", "--case", "2026-019", "--as", "dir.jansen", "--logbook", logbook.path] + (try ReportCommandTests.safe)
        let environment = ["LOGBOEK_PASSPHRASE": "directeur-geheim"]
        let made = try CLI.run(base + ["--out", html, "--bundle", bundle, "--issue-to", "ouders van Sara"], environment: environment)
        try #require(made.status == 0, "\(made.stderr)")
        try #require(try CLI.run(base + ["--out", json, "--format", "json"], environment: environment).status == 0)
        for path in [html, json, bundle] {
            let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "<style[\\s\\S]*?</style>", with: "", options: .regularExpression)
            for needle in Self.forbidden { #expect(text.range(of: needle, options: .caseInsensitive) == nil, "\(path): \(needle)") }
            #expect(text.range(of: "(?<!&)#[0-9]", options: .regularExpression) == nil, "\(path): a seq")
            #expect(!text.contains("\"seq\"") && !text.contains("withheld") && !text.contains("\"hash\""), "\(path)")
            #expect(text.components(separatedBy: "\"author\":\"").dropFirst().allSatisfy { $0.hasPrefix("de school\"") }, "\(path): only 'de school' as author")
        }
        let bundled = try CanonicalJSON.parse(Array(try Data(contentsOf: URL(fileURLWithPath: bundle))))
        #expect(bundled["events"]?.arrayValue?.isEmpty == true, "no stored lines")
        #expect(bundled["report"]?["asOf"] == nil && bundled["report"]?["withheld"] == nil, "nothing that counts or locates")
        #expect(try CLI.run(["bundle", "verify", bundle, "--document", html]).status == 0)
        let issued = try #require(try ReportIssueTests.events(ofCase: "2026-019", in: logbook).last { $0.type == "report.issued" })
        let decisions = try #require(JSONValue.object(issued.payload)["decisions"]?.arrayValue)
        let words = try Self.seq(of: "signal.recorded", where: "kind", is: "child-words")
        let recorded = try #require(decisions.first { $0["seq"]?.integerValue == Int64(words) })
        #expect(recorded["decision"]?.stringValue == "withheld")
        #expect(recorded["ground"]?.stringValue?.contains("woorden van het kind") == true)
        #expect(decisions.contains { $0["decision"]?.stringValue == "redacted" && $0["ground"]?.stringValue == "Zonder namen." })
    }

    @Test("Released with a reason, Sara's words reach the report, and the log shows the release and its reason")
    func releaseReachesTheReportAndTheLog() throws {
        let (folder, logbook) = try ReportIssueTests.copyOfExamples()
        let words = try Self.seq(of: "signal.recorded", where: "kind", is: "child-words")
        let html = folder.appendingPathComponent("o.html").path
        let reason = "Veilig Thuis en Sara stemmen ermee in; het onderzoek is afgerond."
        let made = try CLI.run(
            ["report", "ouders", "--case", "2026-019", "--as", "dir.jansen", "--logbook", logbook.path, "--out", html, "--issue-to", "moeder van Sara"]
                + (try ReportCommandTests.safe) + ["--release", String(words), "--reason", reason],
            environment: ["LOGBOEK_PASSPHRASE": "directeur-geheim"])
        try #require(made.status == 0, "\(made.stderr)")
        #expect(try String(contentsOfFile: html, encoding: .utf8).contains("Papa heeft me gisteravond met zijn riem geslagen"))
        let issued = try #require(try ReportIssueTests.events(ofCase: "2026-019", in: logbook).last { $0.type == "report.issued" })
        let decisions = try #require(JSONValue.object(issued.payload)["decisions"]?.arrayValue)
        let recorded = try #require(decisions.first { $0["seq"]?.integerValue == Int64(words) })
        #expect(recorded["decision"]?.stringValue == "released" && recorded["ground"]?.stringValue == reason)
        #expect(try CLI.run(["verify", "--logbook", logbook.path]).status == 0)
    }
}
