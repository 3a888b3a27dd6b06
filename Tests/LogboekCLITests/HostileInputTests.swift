import Foundation
import Testing

/// Input a hostile or careless user gives the CLI: refused with a clear message, and nothing is written.
@Suite("Hostile input")
struct HostileInputTests {
    @Test("A batch line whose expectVersion is not a whole number is refused, not appended unchecked",
          arguments: [#""0""#, "null", "true", "[]", "{}", "-1", #""""#])
    func expectVersionMustBeAnInteger(_ version: String) throws {
        let logbook = try CLILogbook()
        let before = try logbook.log
        let batch = """
            {"type":"memo.noted","stream":"memo/1","payload":{"text":"een"}}
            {"type":"memo.noted","stream":"memo/1","payload":{"text":"twee"},"expectVersion":\(version)}

            """
        let result = try logbook.run(["append", "--batch", "-"], as: "lk.bakker", input: batch)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("batch line 2"), "\(result.stderr)")
        #expect(result.stderr.contains("(invalid-input)"), "\(result.stderr)")
        #expect(try logbook.log == before)
    }

    @Test("A batch line with an integer expectVersion is still checked against the stream")
    func integerExpectVersionIsChecked() throws {
        let logbook = try CLILogbook()
        let batch = #"{"type":"memo.noted","stream":"memo/1","payload":{"text":"een"},"expectVersion":3}"# + "\n"
        let result = try logbook.run(["append", "--batch", "-"], as: "lk.bakker", input: batch)
        #expect(result.status == 1)
        #expect(result.stderr.contains("(version-conflict)"), "\(result.stderr)")
    }

    /// A sparse file of `megabytes` MiB of zero bytes.
    static func hugeFile(megabytes: UInt64) throws -> URL {
        let url = try TemporaryFolder.make().appendingPathComponent("huge")
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: megabytes << 20)
        try handle.close()
        return url
    }

    @Test("A 300 MiB payload or batch file is refused at the input limit, naming it, and nothing is written",
          arguments: [["--type", "memo.noted", "--stream", "memo/1", "--payload"], ["--batch"]])
    func hugeInputFile(_ options: [String]) throws {
        let logbook = try CLILogbook()
        let before = try logbook.log
        let result = try logbook.run(["append"] + options + [try Self.hugeFile(megabytes: 300).path], as: "lk.bakker")
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("holds more than"), "\(result.stderr)")
        #expect(result.stderr.contains("(invalid-input)"), "\(result.stderr)")
        #expect(try logbook.log == before)
    }

    @Test("An endless standard input (/dev/zero) under a memory limit is refused at the limit, not a crash",
          arguments: [
            ["append", "--type", "memo.noted", "--stream", "memo/1", "--payload", "-"], ["append", "--batch", "-"],
            ["record", "note.recorded", "--case", "2026-001", "--guided"],
          ])
    func endlessStandardInput(_ command: [String]) throws {
        let logbook = try CLILogbook()
        let open = ["case", "open", "2026-001", "--child-ref", "LL-1", "--child-name", "Sara", "--birth-date", "2017-03-14", "--reason", "Zorgen."]
        try #require(try logbook.run(open, as: "lk.bakker").status == 0)
        let before = try logbook.log
        let shell = #"ulimit -v 2000000; exec "$0" "$@" < /dev/zero"#
        let result = try CLI.run(
            ["-c", shell, CLI.binary.path] + command + ["--as", "lk.bakker"],
            environment: ["LOGBOEK_DIR": logbook.directory.path, "LOGBOEK_PASSPHRASE": CLILogbook.passphrases["lk.bakker"] ?? ""],
            executable: "/bin/sh")
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("standard input holds more than"), "\(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"), "\(result.stderr)")
        #expect(try logbook.onlyReadsAdded(since: before))
    }
}
