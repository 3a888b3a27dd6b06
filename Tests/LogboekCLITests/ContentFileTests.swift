import Foundation
import Ledger
import Testing

/// Free text given through a file or standard input (`--NAME-file FILE|-`) instead of on the command line, where
/// every local user sees it in `/proc/<pid>/cmdline` and the shell's history keeps it.
@Suite("Free text from files")
struct ContentFileTests {
    /// The last event's payload, opened, without its random salt.
    private func lastPayload(_ logbook: CLILogbook) throws -> JSONValue {
        let line = try #require(try logbook.openedLog().stdout.split(separator: "\n").last)
        var payload = try #require(try CanonicalJSON.parse(Array(line.utf8)).objectValue?["payload"]?.objectValue)
        payload["salt"] = nil
        return .object(payload)
    }

    /// A new file holding `text`.
    private func file(_ text: String) throws -> String {
        let url = try TemporaryFolder.make().appendingPathComponent("tekst.txt")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// `case open 2026-101` by lk.bakker with the given content options.
    private func open(_ logbook: CLILogbook, _ content: [String], input: String? = nil) throws -> CLIResult {
        try logbook.run(["case", "open", "2026-101", "--birth-date", "2017-03-14", "--opened-on", "2026-11-20"] + content, as: "lk.bakker", input: input)
    }

    private static let signal = ["record", "signal.recorded", "--case", "2026-101", "--observed-on", "2026-11-23", "--kind", "observation",
                                 "--stance", "supports", "--source-kind", "self"]

    @Test("case open with the child's name and reference from files and the reason from standard input records what the flags record")
    func caseOpen() throws {
        let (flags, files) = (try CLILogbook(), try CLILogbook())
        let byFlags = try open(flags, ["--child-ref", "LL-1", "--child-name", "Sara de Boer", "--reason", "Zorgen over ontbijt"])
        #expect(byFlags.status == 0, "\(byFlags.stderr)")
        let byFiles = try open(
            files, ["--child-ref-file", try file("LL-1\n"), "--child-name-file", try file("Sara de Boer\r\n"), "--reason-file", "-"],
            input: "Zorgen over ontbijt\n")
        #expect(byFiles.status == 0, "\(byFiles.stderr)")
        #expect(try lastPayload(files) == lastPayload(flags))
        #expect(try lastPayload(files).objectValue?["childName"] == .string("Sara de Boer"))
    }

    @Test("A catalogue text field from a file keeps its lines; only one final line end is dropped")
    func recordDescription() throws {
        let (flags, files) = (try CLILogbook(), try CLILogbook())
        for logbook in [flags, files] {
            #expect(try open(logbook, ["--child-ref", "LL-1", "--child-name", "Sara", "--reason", "Zorgen"]).status == 0)
        }
        let text = "Sara kwam zonder jas.\nZe had niet ontbeten."
        #expect(try flags.run(Self.signal + ["--description", text], as: "lk.bakker").status == 0)
        let byFile = try files.run(Self.signal + ["--description-file", try file(text + "\n")], as: "lk.bakker")
        #expect(byFile.status == 0, "\(byFile.stderr)")
        #expect(try lastPayload(files) == lastPayload(flags))
        #expect(try lastPayload(files).objectValue?["description"] == .string(text))
    }

    @Test("An option and its file form together are a usage error, and nothing is written")
    func both() throws {
        let logbook = try CLILogbook()
        let before = try logbook.log
        let result = try open(logbook, ["--child-ref", "LL-1", "--child-name", "Sara", "--child-name-file", try file("Sara\n"), "--reason", "Zorgen"])
        #expect(result.status == 2 && result.stderr.contains("give --child-name or --child-name-file, not both"), "\(result.stderr)")
        #expect(try logbook.log == before)
    }

    @Test("A missing file is a clear error before anything is written")
    func missingFile() throws {
        let logbook = try CLILogbook()
        let before = try logbook.log
        let result = try logbook.run(Self.signal + ["--description-file", "/nonexistent/signaal.txt"], as: "lk.bakker")
        #expect(result.status == 3 && result.stderr.contains("/nonexistent/signaal.txt") && result.stderr.contains("--description-file"), "\(result.stderr)")
        #expect(try logbook.log == before)
    }

    @Test("A file that is not UTF-8 text is refused")
    func notText() throws {
        let logbook = try CLILogbook()
        let url = try TemporaryFolder.make().appendingPathComponent("binair")
        try Data([0x53, 0xFF, 0xFE, 0x0A]).write(to: url)
        let result = try open(logbook, ["--child-ref", "LL-1", "--child-name-file", url.path, "--reason", "Zorgen"])
        #expect(result.status == 1 && result.stderr.contains("not UTF-8 text"), "\(result.stderr)")
    }

    @Test("Standard input is read for one option only")
    func standardInputOnce() throws {
        let logbook = try CLILogbook()
        let result = try open(logbook, ["--child-ref", "LL-1", "--child-name-file", "-", "--reason-file", "-"], input: "Sara\n")
        #expect(result.status == 2 && result.stderr.contains("standard input can be read only once"), "\(result.stderr)")
    }

    @Test("--help shows each free-text option's file form and how the file is read")
    func help() throws {
        let caseOpen = try CLI.run(["case", "open", "--help"]).stdout
        #expect(caseOpen.contains("--child-name-file FILE|-") && caseOpen.contains("one line end at its end is dropped"))
        let record = try CLI.run(["record", "signal.recorded", "--help"]).stdout
        #expect(record.contains("--description-file FILE|-") && record.contains("--source-party-file FILE|-"))
        #expect(!record.contains("--observed-on-file"), "dates have no file form")
        let report = try CLI.run(["report", "--help"]).stdout
        #expect(report.contains("--safe-to-share-file FILE|-") && report.contains("--contact-file FILE|-"))
    }

    @Test("A missing required text names its file form too")
    func missingNamesFileForm() throws {
        let result = try open(try CLILogbook(), ["--child-ref", "LL-1", "--reason", "Zorgen"])
        #expect(result.status == 2 && result.stderr.contains("--child-name-file"), "\(result.stderr)")
    }
}
