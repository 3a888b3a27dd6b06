import Foundation
import Testing

/// Help, usage errors and exit codes, as a user meets them.
@Suite("Command line")
struct CommandLineTests {
    static let commands = [
        "init", "actor add", "actor rotate", "actor revoke", "actor list", "append", "log", "verify", "repair",
    ]

    @Test("Every command has help that shows its usage", arguments: commands)
    func help(command: String) throws {
        let result = try CLI.run(command.split(separator: " ").map(String.init) + ["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Usage: logboek \(command)"))
        #expect(result.stdout.contains("--logbook DIR"))
    }

    @Test("The overview lists every command and the exit codes")
    func overview() throws {
        let result = try CLI.run(["--help"])
        #expect(result.status == 0)
        for command in Self.commands { #expect(result.stdout.contains(command)) }
        #expect(result.stdout.contains("Exit codes"))
    }

    @Test(
        "Usage mistakes exit 2 with a message that points at help",
        arguments: [
            ["frobnicate"], ["actor"], ["verify", "--bogus"], ["init"], ["log", "--from"], ["log", "--from", "minus"],
            ["append", "--json=yes"], ["actor", "revoke", "a", "b"],
        ])
    func usageErrors(arguments: [String]) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("error: "))
        #expect(result.stderr.contains("--help"))
    }

    @Test("A folder without a logbook exits 3 and says how to make one")
    func noLogbook() throws {
        let folder = try TemporaryFolder.make()
        let result = try CLI.run(["verify", "--logbook", folder.path])
        #expect(result.status == 3)
        #expect(result.stderr.contains("logboek init"))
        #expect(result.stderr.contains("(not-a-logbook)"))
    }

    @Test("Without a passphrase source and no terminal, a signing command exits 2 and names the sources")
    func noPassphrase() throws {
        let logbook = try CLILogbook()
        let result = try logbook.run(["append", "--type", "memo.noted", "--stream", "notes/1", "--as", "lk.bakker"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("LOGBOEK_PASSPHRASE"))
        #expect(result.stderr.contains("--passphrase-file"))
    }
}
