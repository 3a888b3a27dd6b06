import Foundation
import Testing

/// `append --batch` reads, checks and commits a group at a time, so its memory follows one group: a failure in
/// a later group leaves the groups before it in the log, and the message says which lines those are and how
/// to resume.
@Suite("Batch groups")
struct BatchGroupTests {
    private static func note(_ index: Int) -> String { #"{"type":"memo.noted","stream":"memo/1","payload":{"text":"notitie \#(index)"}}"# }

    private static func lineCount(_ logbook: CLILogbook) throws -> Int {
        try logbook.log.split(separator: 0x0A).count
    }

    @Test("A line refused in the third group leaves the first two committed, names the line and the --from-line to resume with",
          arguments: [
            (#"{"type":"memo.noted","stream":"memo/1","payload":{"text":"x"},"expectVersion":3}"#, "(version-conflict)", 1),
            (#"{"type":"memo.noted","stream":"memo/1","payload":{"text":"x"}"#, "(invalid-input)", 1),
          ])
    func laterGroupRefused(bad: String, code: String, status: Int32) throws {
        let logbook = try CLILogbook()
        let before = try Self.lineCount(logbook)
        var lines = (1...25).map(Self.note)
        lines[22] = bad
        let result = try logbook.run(["append", "--batch", "-", "--group-size", "10"], as: "lk.bakker", input: lines.joined(separator: "\n") + "\n")
        #expect(result.status == status, "\(result.stderr)")
        #expect(result.stdout.contains("(lines 1–10)") && result.stdout.contains("(lines 11–20)"), "\(result.stdout)")
        #expect(result.stderr.hasPrefix("error: batch line 23: "), "\(result.stderr)")
        #expect(result.stderr.contains(code), "\(result.stderr)")
        #expect(result.stderr.contains("Batch lines 1–20 were committed"), "\(result.stderr)")
        #expect(result.stderr.contains("--from-line 21"), "\(result.stderr)")
        #expect(!result.stderr.contains("Nothing was written"), "\(result.stderr)")
        #expect(try Self.lineCount(logbook) == before + 20, "the two groups before the refused line are in the log, the third is not")

        lines[22] = Self.note(23)
        let resumed = try logbook.run(["append", "--batch", "-", "--from-line", "21", "--json"], as: "lk.bakker", input: lines.joined(separator: "\n") + "\n")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains(#""firstLine":21"#) && resumed.stdout.contains(#""lastLine":25"#), "\(resumed.stdout)")
        #expect(try Self.lineCount(logbook) == before + 25)
        #expect(try logbook.run(["verify"]).status == 0)
    }

    @Test("A batch of one group is still all or nothing, and says that nothing was written")
    func oneGroupAllOrNothing() throws {
        let logbook = try CLILogbook()
        let before = try logbook.log
        var lines = (1...30).map(Self.note)
        lines[29] = #"{"type":"memo.noted","stream":"memo/1","payload":{"text":"x"},"expectVersion":3}"#
        let result = try logbook.run(["append", "--batch", "-"], as: "lk.bakker", input: lines.joined(separator: "\n"))
        #expect(result.status == 1)
        #expect(result.stderr.contains("Nothing was written to the log."), "\(result.stderr)")
        #expect(!result.stderr.contains("--from-line"), "\(result.stderr)")
        #expect(try logbook.log == before)
    }

    @Test("--group-size is bounded (1 to 10 000) and --from-line is for --batch only; both are usage errors",
          arguments: [["--batch", "-", "--group-size", "0"], ["--batch", "-", "--group-size", "10001"], ["--batch", "-", "--from-line", "0"],
                      ["--type", "memo.noted", "--stream", "memo/1", "--from-line", "2"]])
    func boundedOptions(_ options: [String]) throws {
        let logbook = try CLILogbook()
        let result = try logbook.run(["append"] + options, as: "lk.bakker", input: Self.note(1) + "\n")
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("(usage)"), "\(result.stderr)")
    }
}
