import Foundation
import Testing

/// The commands end to end: records are made, listed and verified; refusals change nothing.
@Suite("Logbook commands")
struct LogbookCommandTests {
    @Test("A fresh logbook lists its actors and verifies")
    func freshLogbook() throws {
        let logbook = try CLILogbook()
        let list = try logbook.run(["actor", "list", "--json"])
        #expect(list.status == 0)
        let actors = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(actors.map { $0["id"] as? String } == ["dir.jansen", "ib.devries", "lk.bakker", "lk.visser"])
        #expect(actors.first?["admin"] as? Bool == true)
        let verify = try logbook.run(["verify", "--json"])
        #expect(verify.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(verify.stdout.utf8)) as? [String: Any])
        #expect(report["ok"] as? Bool == true)
        #expect(report["events"] as? Int == 4)
        #expect(report["failure"] is NSNull)
        try logbook.keepForSchemaValidation()
    }

    @Test("Append records an event that log shows and verify accepts")
    func appendAndShow() throws {
        let logbook = try CLILogbook()
        let append = try logbook.run(
            ["append", "--type", "memo.noted", "--stream", "notes/2026-001", "--payload", "-", "--json"], as: "lk.bakker",
            input: #"{"text":"Sara kwam zonder jas en met een blauwe plek op school / 's ochtends"}"#)
        #expect(append.status == 0, "\(append.stderr)")
        #expect(append.stdout.contains("\"seq\":4"))
        let log = try logbook.run(["log", "--stream", "notes/2026-001", "--json"])
        #expect(log.stdout.contains("blauwe plek op school / 's ochtends"))
        #expect(log.stdout.split(separator: "\n").count == 1)
        #expect(try logbook.run(["verify"]).status == 0)
        try logbook.keepForSchemaValidation()
    }

    @Test(
        "Refused requests exit 1, say what to do, and leave log.jsonl byte-identical",
        arguments: [
            (["actor", "add", "lk.mol", "--name", "R. Mol", "--role", "leerkracht"], "lk.bakker", "not-authorised"),
            (["actor", "add", "Lk Mol", "--name", "R. Mol", "--role", "leerkracht"], "dir.jansen", "invalid-input"),
            (["actor", "add", "lk.mol", "--name", "R. Mol", "--role", "juf"], "dir.jansen", "leerkracht, mentor, pedagogisch-medewerker"),
            (["actor", "revoke", "lk.visser", "--reason", "weg"], "ib.devries", "not-authorised"),
            (["actor", "rotate", "lk.visser"], "lk.bakker", "not-authorised"),
            (["append", "--type", "memo.noted", "--stream", "notes/1", "--payload", "-"], "lk.bakker", "invalid-input"),
            (["append", "--type", "Note", "--stream", "notes/1"], "lk.bakker", "invalid-input"),
            (["append", "--type", "memo.noted", "--stream", "notes/1", "--expect-version", "7"], "lk.bakker", "version-conflict"),
        ])
    func refusals(arguments: [String], actor: String, expected: String) throws {
        let logbook = try CLILogbook()
        let before = try logbook.log
        let result = try logbook.run(
            arguments, as: actor, environment: ["LOGBOEK_NEW_PASSPHRASE": "nieuw-geheim"], input: #"{"score":1.5}"#)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("error: "))
        #expect(result.stderr.contains(expected))
        #expect(try logbook.log == before)
    }

    @Test("A wrong passphrase is refused, and nothing is written")
    func wrongPassphrase() throws {
        let logbook = try CLILogbook()
        let before = try logbook.log
        let result = try logbook.run(
            ["append", "--type", "memo.noted", "--stream", "notes/1", "--as", "lk.bakker"],
            environment: ["LOGBOEK_PASSPHRASE": "not-the-passphrase"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("(wrong-passphrase)"))
        #expect(result.stderr.contains("LOGBOEK_PASSPHRASE"))
        #expect(try logbook.log == before)
    }

    @Test("A passphrase file works like the environment variable")
    func passphraseFile() throws {
        let logbook = try CLILogbook()
        let file = try TemporaryFolder.make().appendingPathComponent("pass")
        try Data("bakker-geheim\n".utf8).write(to: file)
        let result = try logbook.run(
            ["append", "--type", "memo.noted", "--stream", "notes/1", "--as", "lk.bakker", "--passphrase-file", file.path])
        #expect(result.status == 0, "\(result.stderr)")
    }

    /// The encryption key `actor list --json` gives for an actor.
    static func encryptionKey(of actor: String, in logbook: CLILogbook) throws -> String? {
        let list = try logbook.run(["actor", "list", "--json"])
        let actors = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        return actors.first { $0["id"] as? String == actor }?["encryptionKey"] as? String
    }

    @Test("Rotation and revocation take effect for later events only")
    func rotateAndRevoke() throws {
        let logbook = try CLILogbook()
        #expect(try logbook.run(["append", "--type", "memo.noted", "--stream", "notes/1"], as: "lk.visser").status == 0)
        let before = try Self.encryptionKey(of: "lk.bakker", in: logbook)
        let rotate = try logbook.run(["actor", "rotate", "lk.bakker"], as: "dir.jansen", environment: ["LOGBOEK_NEW_PASSPHRASE": "nieuw-geheim"])
        #expect(rotate.status == 0, "\(rotate.stderr)")
        let after = try Self.encryptionKey(of: "lk.bakker", in: logbook)
        let keyFile = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: logbook.directory.appendingPathComponent("keys/lk.bakker.key"))) as? [String: Any])
        #expect(after != before)
        #expect(after == (keyFile["encryption"] as? [String: Any])?["publicKey"] as? String)
        let oldPassphrase = try logbook.run(["append", "--type", "memo.noted", "--stream", "notes/1"], as: "lk.bakker")
        #expect(oldPassphrase.status == 1)
        let newPassphrase = try logbook.run(
            ["append", "--type", "memo.noted", "--stream", "notes/1", "--as", "lk.bakker"],
            environment: ["LOGBOEK_PASSPHRASE": "nieuw-geheim"])
        #expect(newPassphrase.status == 0, "\(newPassphrase.stderr)")
        #expect(try logbook.run(["actor", "revoke", "lk.visser", "--reason", "vertrokken"], as: "dir.jansen").status == 0)
        let revoked = try logbook.run(["append", "--type", "memo.noted", "--stream", "notes/1"], as: "lk.visser")
        #expect(revoked.status == 1)
        #expect(revoked.stderr.contains("(revoked-author)"))
        #expect(try logbook.run(["verify"]).status == 0)
        try logbook.keepForSchemaValidation()
    }

    @Test("A rotation whose key file cannot be written changes nothing: the log is unchanged and the old key still signs")
    func rotationWithUnwritableKey() throws {
        let logbook = try CLILogbook()
        try Data().write(to: logbook.directory.appendingPathComponent("keys/retired"))
        let before = try logbook.log
        let rotate = try logbook.run(["actor", "rotate", "lk.bakker"], as: "dir.jansen", environment: ["LOGBOEK_NEW_PASSPHRASE": "nieuw-geheim"])
        #expect(rotate.status == 3, "\(rotate.stderr)")
        #expect(try logbook.log == before)
        #expect(!FileManager.default.fileExists(atPath: logbook.directory.appendingPathComponent("keys/lk.bakker.key.new").path))
        #expect(try logbook.run(["append", "--type", "memo.noted", "--stream", "notes"], as: "lk.bakker").status == 0)
    }

    @Test("init writes the recovery key once, mode 0600, outside the logbook; logbook.created registers its public half")
    func recoveryKeyAtInit() throws {
        let folder = try TemporaryFolder.make()
        let directory = folder.appendingPathComponent("klimtoren")
        let recovery = folder.appendingPathComponent("klimtoren.recovery-key")
        let arguments = ["init", directory.path, "--org", "De Klimtoren", "--admin", "dir.jansen", "--admin-name", "M. Jansen",
                         "--recovery-key", recovery.path]
        #expect(try CLI.run(arguments, environment: ["LOGBOEK_PASSPHRASE": "directeur-geheim"]).status == 0)
        let file = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: recovery)) as? [String: Any])
        #expect(file["kind"] as? String == "logboek-recovery-key")
        let secret = try #require(file["secretKey"] as? String)
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: recovery.path)[.posixPermissions] as? Int)
        #expect(mode == 0o600)
        let genesis = try #require(try String(contentsOf: directory.appendingPathComponent("log.jsonl"), encoding: .utf8).split(separator: "\n").first)
        #expect(genesis.contains("\"recoveryKey\":\"\(try #require(file["publicKey"] as? String))\""))
        let everything = try FileManager.default.subpathsOfDirectory(atPath: directory.path).compactMap {
            try? String(contentsOf: directory.appendingPathComponent($0), encoding: .utf8)
        }
        #expect(!everything.contains { $0.contains(secret) })

        let again = folder.appendingPathComponent("elders")
        let before = try Data(contentsOf: recovery)
        let refused = try CLI.run(
            ["init", again.path, "--org", "Elders", "--admin", "dir.jansen", "--admin-name", "X", "--recovery-key", recovery.path],
            environment: ["LOGBOEK_PASSPHRASE": "directeur-geheim"])
        #expect(refused.status == 1, "\(refused.stderr)")
        #expect(refused.stderr.contains("(already-exists)"))
        #expect(try Data(contentsOf: recovery) == before)
        #expect(!FileManager.default.fileExists(atPath: again.path))
    }

    @Test("init refuses a directory that already holds keys/, and leaves its key files alone")
    func initRefusesExistingKeys() throws {
        let logbook = try CLILogbook()
        try FileManager.default.removeItem(at: logbook.directory.appendingPathComponent("log.jsonl"))
        let keyFile = logbook.directory.appendingPathComponent("keys/dir.jansen.key")
        let before = try Data(contentsOf: keyFile)
        let result = try CLI.run(
            ["init", logbook.directory.path, "--org", "Elders", "--admin", "dir.jansen", "--admin-name", "X",
             "--recovery-key", logbook.directory.appendingPathComponent("elders.recovery-key").path],
            environment: ["LOGBOEK_PASSPHRASE": "een-ander-geheim"])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("(already-exists)"))
        #expect(try Data(contentsOf: keyFile) == before)
    }

    @Test("Verify reports a tampered event with its seq, line and code, and exits 1")
    func verifyFindsTampering() throws {
        let logbook = try CLILogbook()
        let url = logbook.directory.appendingPathComponent("log.jsonl")
        let text = try String(contentsOf: url, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "T. Visser", with: "T. Vissen").utf8).write(to: url)
        let result = try logbook.run(["verify", "--json"])
        #expect(result.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let failure = try #require(report["failure"] as? [String: Any])
        #expect(report["ok"] as? Bool == false)
        #expect(report["events"] as? Int == 3)
        #expect(failure["seq"] as? Int == 3)
        #expect(failure["line"] as? Int == 4)
        #expect(failure["code"] as? String == "payload-digest-mismatch")
    }
}
