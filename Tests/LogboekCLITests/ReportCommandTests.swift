import Documents
import Foundation
import Ledger
import Meldcode
import Sodium
import Testing

/// `logboek report` on the example school: every case renders every report it may, the anonymous
/// melding's parents' report names the melder nowhere, and refusals are clear.
@Suite("logboek report")
struct ReportCommandTests {
    static let cases = ["2026-011", "2026-014", "2026-019"]
    /// In case 2026-019 the conversation with the parents was skipped for Sara's safety: a parents' report needs the
    /// school's judgement that it is safe to share now, and a decision on every item whose text names staff or Veilig Thuis.
    static var safe: [String] {
        get throws { ["--safe-to-share", judgement] + (try ProtectedParentsCommandTests.pending().flatMap { ["--redact", String($0), "--reason", "Zonder namen."] }) }
    }

    /// The school's judgement in the tests.
    static let judgement = "Het onderzoek is overgenomen en de ouders zijn zelf ingelicht."

    @Test("Every example case renders the parents' report and the dossier as HTML and JSON", arguments: cases)
    func everyCaseRenders(id: String) throws {
        for kind in ["ouders", "dossier"] {
            let safety = kind == "ouders" && id == "2026-019" ? try Self.safe : []
            let html = try ExampleLogbook.run(["report", kind, "--case", id] + safety)
            #expect(html.status == 0, "\(kind) \(id): \(html.stderr)")
            #expect(html.stdout.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
            let json = try ExampleLogbook.json(["report", kind, "--case", id, "--format", "json"] + safety)
            #expect(json["case"]?.stringValue == id)
        }
    }

    @Test("The Veilig Thuis report is made for a case with a melding and refused for one without, unless --draft")
    func veiligThuis() throws {
        let made = try ExampleLogbook.run(["report", "veilig-thuis", "--case", "2026-019"])
        #expect(made.status == 0)
        #expect(made.stdout.contains("Veilig Thuis IJsselland"))
        let refused = try ExampleLogbook.run(["report", "veilig-thuis", "--case", "2026-011"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("(no-melding-decision)"))
        let draft = try ExampleLogbook.run(["report", "veilig-thuis", "--case", "2026-011", "--draft"])
        #expect(draft.status == 0)
        #expect(draft.stdout.contains("CONCEPT"))
    }

    @Test("The parents' report of the anonymous melding names the melder nowhere; the dossier does")
    func anonymousMelder() throws {
        let actors = try ExampleLogbook.json(["actor", "list", "--json"])
        let melder = try #require(actors.arrayValue?.first { $0["id"]?.stringValue == "dir.jansen" })
        let name = try #require(melder["name"]?.stringValue)
        let needles = ["dir.jansen", name, "Jansen", "MJ", "directeur"]
        let parents = try ExampleLogbook.run(["report", "ouders", "--case", "2026-019"] + (try Self.safe))
        try #require(parents.status == 0)
        let dossier = try ExampleLogbook.run(["report", "dossier", "--case", "2026-019"])
        for needle in needles { #expect(parents.stdout.range(of: needle, options: .caseInsensitive) == nil, "\(needle)") }
        for revealing in ["Besluit", "Weging", "registratie naast de melding", "blijft anoniem"] {
            #expect(!parents.stdout.contains(revealing), "the weighing, the decision and what was said of the melding reveal the melder: \(revealing)")
        }
        for needle in [name, "Jansen", "directeur"] { #expect(dossier.stdout.contains(needle), "\(needle)") }
    }

    @Test("A parents' report of a case where talking with the parents was skipped for the child's safety is refused; with the school's judgement it holds no reason why (001 l.300-304)")
    func unsafeForParents() throws {
        let refused = try ExampleLogbook.run(["report", "ouders", "--case", "2026-019"])
        #expect(refused.status == 1 && refused.stderr.contains("(unsafe-for-parents)") && refused.stdout.isEmpty, "\(refused.stderr)")
        #expect(!refused.stderr.contains("pleger"))
        #expect(try ExampleLogbook.run(["report", "dossier", "--case", "2026-019"] + (try Self.safe)).status == 2, "only for ouders")
        for format in ["html", "json"] {
            let made = try ExampleLogbook.run(["report", "ouders", "--case", "2026-019", "--format", format] + (try Self.safe))
            #expect(made.status == 0, "\(made.stderr)")
            #expect(!made.stdout.contains("pleger") && !made.stdout.contains("in gevaar brengen"), "\(format)")
            #expect(made.stdout.contains(Self.judgement))
        }
    }

    @Test("--as-of replays the report as it stood; bad requests are usage errors or refusals")
    func asOfAndErrors() throws {
        let early = try ExampleLogbook.json(["report", "dossier", "--case", "2026-019", "--format", "json", "--as-of", "40"])
        #expect(early["asOf"]?.integerValue == 40)
        #expect(try ExampleLogbook.run(["report", "brief", "--case", "2026-019"]).status == 2)
        #expect(try ExampleLogbook.run(["report", "ouders"]).status == 2)
        #expect(try ExampleLogbook.run(["report", "ouders", "--case", "2026-019", "--format", "pdf"]).status == 2)
        #expect(try ExampleLogbook.run(["report", "dossier", "--case", "2026-019", "--draft"]).status == 2)
        #expect(try ExampleLogbook.run(["report", "ouders", "--case", "2099-001"]).status == 1)
        #expect(try ExampleLogbook.run(["report", "ouders", "--case", "2026-019", "--as-of", "9999"]).status == 2)
    }
}

/// `report --bundle` on a copy of the example school: the bundle verifies with `bundle verify`, and is
/// refused without a checkpoint to prove against.
@Suite("logboek report --bundle")
struct ReportBundleTests {
    @Test("A dossier bundle against a checkpoint the director signs verifies offline; a changed payload is refused")
    func bundleVerifies() throws {
        let folder = try TemporaryFolder.make()
        let logbook = folder.appendingPathComponent("klimtoren")
        let copy = try CLI.run(["-R", try ExampleLogbook.directory.path, logbook.path], executable: "/bin/cp")
        try #require(copy.status == 0)
        let bundle = folder.appendingPathComponent("dossier.bundle").path
        let made = try CLI.run(
            ["report", "dossier", "--case", "2026-019", "--out", folder.appendingPathComponent("d.html").path, "--bundle", bundle,
             "--as", "dir.jansen", "--logbook", logbook.path],
            environment: ["LOGBOEK_PASSPHRASE": "directeur-geheim"])
        try #require(made.status == 0, "\(made.stderr)")
        let verified = try CLI.run(["bundle", "verify", bundle, "--json"])
        #expect(verified.status == 0)
        #expect(verified.stdout.contains("\"ok\":true"))
        let text = try String(contentsOfFile: bundle, encoding: .utf8)
        try text.replacingOccurrences(of: "Ik durf niet meer naar huis", with: "Ik durf wel naar huis").write(toFile: bundle, atomically: true, encoding: .utf8)
        let refused = try CLI.run(["bundle", "verify", bundle, "--json"])
        #expect(refused.status == 1)
        #expect(refused.stdout.contains("\"code\":\"payload-mismatch\""), "the line holds the payload sealed: the disclosed one no longer matches its commitment")
        let unsigned = try CLI.run([
            "report", "dossier", "--case", "2026-019", "--bundle", folder.appendingPathComponent("other.bundle").path, "--logbook", logbook.path,
        ])
        #expect(unsigned.status == 2)
    }
}

/// `report --issue-to NAME --as ID` records `report.issued`, checked before any file is written.
@Suite("logboek report --issue-to")
struct ReportIssueTests {
    static func copyOfExamples() throws -> (folder: URL, logbook: URL) {
        let folder = try TemporaryFolder.make()
        let logbook = folder.appendingPathComponent("klimtoren")
        let copy = try CLI.run(["-R", try ExampleLogbook.directory.path, logbook.path], executable: "/bin/cp")
        try #require(copy.status == 0)
        return (folder, logbook)
    }

    /// A case's events with their content, read with the director's keys.
    static func events(ofCase id: String, in logbook: URL) throws -> [RecordedEvent] {
        try MemberReading.content(of: logbook, as: "dir.jansen", passphrase: "directeur-geheim").events(ofCase: id)
    }

    static func sha256(_ path: String) throws -> String {
        Hex.encode(SHA256.hash([UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))))
    }

    @Test("Issuing records the kind, the recipient, the seqs and the digests of the document and the bundle, also in a closed case")
    func issued() throws {
        let (folder, logbook) = try Self.copyOfExamples()
        let out = folder.appendingPathComponent("vt.html").path, bundle = folder.appendingPathComponent("vt.bundle").path
        let made = try CLI.run(
            ["report", "veilig-thuis", "--case", "2026-019", "--out", out, "--bundle", bundle, "--issue-to", "Veilig Thuis IJsselland",
             "--as", "dir.jansen", "--logbook", logbook.path],
            environment: ["LOGBOEK_PASSPHRASE": "directeur-geheim"])
        try #require(made.status == 0, "\(made.stderr)")
        let last = try #require(try Self.events(ofCase: "2026-019", in: logbook).last)
        #expect(last.type == "report.issued")
        let payload = JSONValue.object(last.payload)
        #expect(payload["kind"]?.stringValue == "veilig-thuis")
        #expect(payload["recipient"]?.stringValue == "Veilig Thuis IJsselland")
        #expect(payload["documentSHA256"]?.stringValue == (try Self.sha256(out)))
        #expect(payload["bundleSHA256"]?.stringValue == (try Self.sha256(bundle)))
        #expect(payload["seqs"]?.arrayValue?.count == 11, "the melding form adds the verwijsindex weighing and the people involved")
        let closed = try CLI.run(
            ["report", "dossier", "--case", "2026-011", "--out", folder.appendingPathComponent("d.html").path, "--issue-to", "Inspectie",
             "--as", "dir.jansen", "--logbook", logbook.path],
            environment: ["LOGBOEK_PASSPHRASE": "directeur-geheim"])
        #expect(closed.status == 0, "\(closed.stderr)")
        #expect(try CLI.run(["verify", "--logbook", logbook.path]).status == 0)
    }

    @Test("A recipient the schema refuses, or a wrong passphrase, writes nothing: no file, no event")
    func refusedWritesNothing() throws {
        let (folder, logbook) = try Self.copyOfExamples()
        let log = logbook.appendingPathComponent("log.jsonl")
        let before = try Data(contentsOf: log)
        let out = folder.appendingPathComponent("o.html").path
        let longName = String(repeating: "x", count: 300)
        let refused = try CLI.run(
            ["report", "ouders", "--case", "2026-019", "--out", out, "--issue-to", longName, "--as", "dir.jansen", "--logbook", logbook.path]
                + (try ReportCommandTests.safe),
            environment: ["LOGBOEK_PASSPHRASE": "directeur-geheim"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("(invalid-payload)"))
        let wrong = try CLI.run(
            ["report", "ouders", "--case", "2026-019", "--out", out, "--issue-to", "ouders", "--as", "dir.jansen", "--logbook", logbook.path]
                + (try ReportCommandTests.safe),
            environment: ["LOGBOEK_PASSPHRASE": "not-the-passphrase"])
        #expect(wrong.status == 1)
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(try Data(contentsOf: log) == before)
    }
}
