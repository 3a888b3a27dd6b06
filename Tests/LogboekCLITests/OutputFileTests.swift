import Foundation
import Testing

/// `--out FILE`: no command writes over a file inside a logbook or a witness, none replaces an existing
/// file without `--force`, and a file is replaced whole or not at all.
@Suite("Output files")
struct OutputFileTests {
    static let witnessEnvironment = [
        "LOGBOEK_NEW_PASSPHRASE": CheckpointCommandTests.witnessPassphrase, "LOGBOEK_PASSPHRASE": CheckpointCommandTests.witnessPassphrase,
    ]

    /// Every file under `directory` with its bytes.
    static func snapshot(_ directory: URL) throws -> [String: Data] {
        let paths = try FileManager.default.subpathsOfDirectory(atPath: directory.path).sorted()
        var files: [String: Data] = [:]
        for path in paths {
            let url = directory.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = try Data(contentsOf: url)
            }
        }
        return files
    }

    @Test("checkpoint --out refuses every file of the logbook, even with --force, and the logbook stays byte-identical",
          arguments: ["log.jsonl", "keys/dir.jansen.key", "write.lock", "new.checkpoint", "checkpoints/extra"])
    func checkpointIntoLogbook(_ path: String) throws {
        let logbook = try CLILogbook()
        let before = try Self.snapshot(logbook.directory)
        for force in [[], ["--force"]] {
            let target = logbook.directory.appendingPathComponent(path).path
            let result = try logbook.run(["checkpoint", "--out", target] + force, as: "dir.jansen")
            #expect(result.status == 1, "\(result.stderr)")
            #expect(result.stderr.contains("(inside-logbook)"), "\(result.stderr)")
        }
        #expect(try Self.snapshot(logbook.directory) == before)
        #expect(try logbook.run(["verify"]).status == 0)
    }

    @Test("checkpoint --out through a symbolic link to the logbook's folder is refused too")
    func checkpointThroughLink() throws {
        let logbook = try CLILogbook()
        let link = try TemporaryFolder.make().appendingPathComponent("link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: logbook.directory)
        let before = try Self.snapshot(logbook.directory)
        let result = try logbook.run(["checkpoint", "--out", link.appendingPathComponent("log.jsonl").path, "--force"], as: "dir.jansen")
        #expect(result.status == 1)
        #expect(result.stderr.contains("(inside-logbook)"), "\(result.stderr)")
        #expect(try Self.snapshot(logbook.directory) == before)
    }

    @Test("checkpoint --out refuses an existing file without --force, leaves it untouched, and replaces it with --force")
    func checkpointOverExistingFile() throws {
        let logbook = try CLILogbook()
        let file = try TemporaryFolder.make().appendingPathComponent("visit.checkpoint")
        try Data("keep me\n".utf8).write(to: file)
        let refused = try logbook.run(["checkpoint", "--out", file.path], as: "dir.jansen")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("(already-exists)"), "\(refused.stderr)")
        #expect(refused.stderr.contains("--force"), "\(refused.stderr)")
        #expect(try String(contentsOf: file, encoding: .utf8) == "keep me\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: logbook.directory.appendingPathComponent("checkpoints").path).isEmpty)
        let forced = try logbook.run(["checkpoint", "--out", file.path, "--force"], as: "dir.jansen")
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("logboek.invalid/"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path)
        #expect(leftovers == ["visit.checkpoint"])
    }

    @Test("checkpoint --out over a symbolic link to the log replaces the link with --force, never the log")
    func checkpointOverLinkToLog() throws {
        let logbook = try CLILogbook()
        let link = try TemporaryFolder.make().appendingPathComponent("innocent.checkpoint")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: logbook.directory.appendingPathComponent("log.jsonl"))
        let log = try logbook.log
        #expect(try logbook.run(["checkpoint", "--out", link.path], as: "dir.jansen").status == 1)
        #expect(try logbook.run(["checkpoint", "--out", link.path, "--force"], as: "dir.jansen").status == 0)
        #expect(try logbook.log == log)
        #expect(try String(contentsOf: link, encoding: .utf8).hasPrefix("logboek.invalid/"))
    }

    @Test("witness cosign --out refuses the witness's own files and the logbook's, and an existing file without --force")
    func cosignOut() throws {
        let logbook = try CLILogbook()
        let folder = try TemporaryFolder.make()
        let checkpoint = folder.appendingPathComponent("c1")
        let key = try CheckpointCommandTests.checkpoint(logbook, to: checkpoint)
        let witness = folder.appendingPathComponent("witness")
        #expect(try CLI.run(["witness", "init", witness.path, "--name", "inspectie.example/witness"], environment: Self.witnessEnvironment).status == 0)
        let witnessBefore = try Self.snapshot(witness), logbookBefore = try Self.snapshot(logbook.directory)
        for target in [witness.appendingPathComponent("keys/witness.key"), witness.appendingPathComponent("witness.json"),
                       logbook.directory.appendingPathComponent("log.jsonl")] {
            let result = try CLI.run(
                ["witness", "cosign", witness.path, "--checkpoint", checkpoint.path, "--log-key", key, "--out", target.path, "--force"],
                environment: Self.witnessEnvironment)
            #expect(result.status == 1, "\(result.stderr)")
            #expect(result.stderr.contains("(inside-logbook)"), "\(result.stderr)")
        }
        #expect(try Self.snapshot(witness) == witnessBefore)
        #expect(try Self.snapshot(logbook.directory) == logbookBefore)
        let existing = folder.appendingPathComponent("cosigned")
        try Data("keep me\n".utf8).write(to: existing)
        let refused = try CLI.run(
            ["witness", "cosign", witness.path, "--checkpoint", checkpoint.path, "--log-key", key, "--out", existing.path],
            environment: Self.witnessEnvironment)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("(already-exists)"), "\(refused.stderr)")
        #expect(try String(contentsOf: existing, encoding: .utf8) == "keep me\n")
        #expect(try Self.snapshot(witness) == witnessBefore)
    }
}
