import Foundation
import Ledger
@testable import Sodium
import Testing

/// `unlock` and `lock`: an actor's keys opened once and kept in the kernel keyring for a sitting.
///
/// Each test makes its own logbook with `init` (a random salt in `logbook.created`, so a logbook id no other
/// test shares) and locks what it unlocked, since the keyring outlives the test process.
@Suite("Unlock and lock", .enabled(if: UnlockedKeys.isAvailable, "the kernel refuses keyrings to this process (a container's seccomp filter?)"))
struct UnlockCommandTests {
    static let passphrases = ["dir.jansen": "directeur-geheim", "ib.devries": "ib-geheim-123"]

    /// A new logbook with a director and an IB'er, each with their own passphrase.
    struct Fresh {
        let directory: URL

        init() throws {
            directory = try TemporaryFolder.make().appendingPathComponent("logbook")
            try Self.require(CLI.run(
                ["init", directory.path, "--org", "Basisschool De Klimtoren", "--admin", "dir.jansen", "--admin-name", "M. Jansen",
                 "--role", "directeur", "--recovery-key", directory.deletingLastPathComponent().appendingPathComponent("recovery.key").path],
                environment: ["LOGBOEK_PASSPHRASE": passphrases["dir.jansen"] ?? ""]))
            try Self.require(run(
                ["actor", "add", "ib.devries", "--name", "A. de Vries", "--role", "intern-begeleider", "--as", "dir.jansen"],
                passphrase: passphrases["dir.jansen"], newPassphrase: passphrases["ib.devries"]))
        }

        /// Runs `logboek` on this logbook, with a passphrase in the environment only if one is given.
        func run(_ arguments: [String], passphrase: String? = nil, newPassphrase: String? = nil) throws -> CLIResult {
            var environment = ["LOGBOEK_DIR": directory.path]
            environment["LOGBOEK_PASSPHRASE"] = passphrase
            environment["LOGBOEK_NEW_PASSPHRASE"] = newPassphrase
            return try CLI.run(arguments, environment: environment)
        }

        /// Opens a case as `actor` without any passphrase: it works only if their keys are unlocked.
        func openCase(_ id: String, as actor: String) throws -> CLIResult {
            try run(["case", "open", id, "--child-ref", "LL-1", "--child-name", "Sara de Boer", "--birth-date", "2017-03-14",
                     "--reason", "Zorgen", "--as", actor])
        }

        /// `--user-wide` where this process has no login-session keyring of its own (as in a container).
        static let scope = UnlockedKeys.isLoginSession ? [] : ["--user-wide"]

        func unlock(_ actor: String, minutes: Int? = nil) throws {
            try Self.require(run(["unlock", "--as", actor] + Self.scope + (minutes.map { ["--minutes", "\($0)"] } ?? []), passphrase: passphrases[actor]))
        }

        /// The logbook's sealed kernel keys as `/proc/keys` lists them: `(description, timeout, permissions)`.
        var kernelKeys: [(description: String, timeout: String, permissions: String)] {
            get throws { try allKernelKeys.filter { !$0.description.contains(":wrapping-key:") } }
        }

        /// The logbook's wrapping kernel keys, each kept beside the sealed one it opens.
        var wrappingKeys: [(description: String, timeout: String, permissions: String)] {
            get throws { try allKernelKeys.filter { $0.description.contains(":wrapping-key:") } }
        }

        /// Every kernel key of the logbook, sealed or wrapping.
        private var allKernelKeys: [(description: String, timeout: String, permissions: String)] {
            get throws {
                let first = try String(contentsOf: directory.appendingPathComponent("log.jsonl"), encoding: .utf8).prefix { $0 != "\n" }
                let hash = try #require(try CanonicalJSON.parse(Array(first.utf8)).objectValue?["hash"]?.stringValue)
                let prefix = "logboek:" + hash.prefix(32) + ":"
                return try String(contentsOfFile: "/proc/keys", encoding: .utf8).split(separator: "\n").compactMap { line in
                    let fields = line.split(separator: " ", omittingEmptySubsequences: true)
                    // An invalidated key lingers until the kernel's collector runs: flags i (invalidated), D (dead), R (revoked).
                    guard fields.count >= 9, fields[8].hasPrefix(prefix), !fields[1].contains(where: { "iDR".contains($0) }) else { return nil }
                    return (String(fields[8].dropLast()), String(fields[3]), String(fields[4]))
                }
            }
        }

        static func require(_ result: CLIResult) throws {
            guard result.status == 0 else { throw SetupFailure(result: result) }
        }
    }

    @Test("After unlock signing and reading sealed content need no passphrase; after lock it is asked again")
    func unlockThenLock() throws {
        let logbook = try Fresh()
        defer { _ = try? logbook.run(["lock"]) }
        #expect(try logbook.openCase("2026-001", as: "ib.devries").stderr.contains("no-passphrase"))
        try logbook.unlock("ib.devries")
        let signed = try logbook.openCase("2026-001", as: "ib.devries")
        #expect(signed.status == 0, "\(signed.stderr)")
        let read = try logbook.run(["case", "show", "2026-001", "--as", "ib.devries"])
        #expect(read.status == 0 && read.stdout.contains("Sara de Boer"), "\(read.stderr)")
        let locked = try logbook.run(["lock", "--as", "ib.devries"])
        #expect(locked.status == 0 && locked.stdout.contains("Locked the keys of ib.devries"))
        let asked = try logbook.openCase("2026-002", as: "ib.devries")
        #expect(asked.status == 2 && asked.stderr.contains("no-passphrase"))
        #expect(try logbook.kernelKeys.isEmpty)
    }

    @Test("lock without --as drops every actor's keys of the logbook")
    func lockAll() throws {
        let logbook = try Fresh()
        defer { _ = try? logbook.run(["lock"]) }
        try logbook.unlock("ib.devries")
        try logbook.unlock("dir.jansen")
        #expect(try logbook.kernelKeys.count == 2)
        let locked = try logbook.run(["lock", "--json"])
        #expect(locked.status == 0 && locked.stdout == "{\"locked\":[\"dir.jansen\",\"ib.devries\"]}\n")
        #expect(try logbook.kernelKeys.isEmpty && logbook.wrappingKeys.isEmpty)
        #expect(try logbook.run(["lock"]).stdout.contains("No keys were unlocked"))
    }

    @Test("The kernel key expires after --minutes and only its possessor may use it")
    func timeout() throws {
        let logbook = try Fresh()
        defer { _ = try? logbook.run(["lock"]) }
        try logbook.unlock("ib.devries", minutes: 2)
        let key = try #require(try logbook.kernelKeys.first)
        #expect(key.description.hasSuffix(":ib.devries"))
        #expect(["2m", "1m"].contains(key.timeout) || key.timeout.hasSuffix("s"), "timeout \(key.timeout)")
        #expect(key.permissions == "3f000000")
        let wrapping = try #require(try logbook.wrappingKeys.first)
        #expect(wrapping.description.hasPrefix(key.description + ":wrapping-key:"))
        #expect(["2m", "1m"].contains(wrapping.timeout) || wrapping.timeout.hasSuffix("s"), "timeout \(wrapping.timeout)")
        #expect(wrapping.permissions == "3f000000")
        try logbook.unlock("ib.devries")
        #expect(try (logbook.kernelKeys + logbook.wrappingKeys).map(\.timeout).allSatisfy { ["15m", "14m"].contains($0) })
        #expect(try logbook.wrappingKeys.count == 1, "unlocking again destroys the earlier wrapping key")
    }

    @Test("Keys unlocked for one logbook are not used in another")
    func otherLogbook() throws {
        let (first, second) = (try Fresh(), try Fresh())
        defer { _ = try? first.run(["lock"]) }
        try first.unlock("ib.devries")
        let result = try second.openCase("2026-001", as: "ib.devries")
        #expect(result.status == 2 && result.stderr.contains("no-passphrase"))
        #expect(try first.openCase("2026-001", as: "ib.devries").status == 0)
    }

    @Test("After the key is rotated, the unlocked old key is dropped and the passphrase asked")
    func rotation() throws {
        let logbook = try Fresh()
        defer { _ = try? logbook.run(["lock"]) }
        try logbook.unlock("ib.devries")
        try Fresh.require(logbook.run(["actor", "rotate", "ib.devries", "--as", "dir.jansen"],
                                      passphrase: Self.passphrases["dir.jansen"], newPassphrase: "nieuw-geheim-1"))
        #expect(try logbook.kernelKeys.isEmpty)
        let asked = try logbook.openCase("2026-001", as: "ib.devries")
        #expect(asked.status == 2 && asked.stderr.contains("no-passphrase"))
    }

    @Test("A wrong passphrase at unlock keeps nothing in the keyring")
    func wrongPassphrase() throws {
        let logbook = try Fresh()
        defer { _ = try? logbook.run(["lock"]) }
        let result = try logbook.run(["unlock", "--as", "ib.devries"] + Fresh.scope, passphrase: "niet-het-geheim")
        #expect(result.status == 1 && result.stderr.contains("wrong-passphrase"))
        #expect(try logbook.kernelKeys.isEmpty)
        #expect(try logbook.openCase("2026-001", as: "ib.devries").status == 2)
    }

    @Test("unlock refuses a time outside 1 to 480 minutes", arguments: ["0", "481", "-5", "tien"])
    func badMinutes(_ minutes: String) throws {
        let logbook = try Fresh()
        let result = try logbook.run(["unlock", "--as", "ib.devries", "--minutes", minutes], passphrase: Self.passphrases["ib.devries"])
        #expect(result.status == 2 && result.stderr.contains("--minutes"))
        #expect(try logbook.kernelKeys.isEmpty)
    }

    /// Whether `strace` can run a program here (it is installed and may trace), to make the kernel refuse keyrings.
    static let canInjectRefusal: Bool = (try? CLI.run(["-o", "/dev/null", "true"], executable: "/usr/bin/strace").status) == 0

    @Test(
        "Where the kernel refuses keyrings, unlock says so and exits 1, and commands ask the passphrase",
        .enabled(if: canInjectRefusal, "strace is not installed or may not trace here"), arguments: ["EPERM", "ENOSYS"])
    func refusedKeyring(_ error: String) throws {
        let logbook = try Fresh()
        let refusing = ["-f", "-o", "/dev/null", "-e", "trace=keyctl,add_key", "-e", "inject=keyctl,add_key:error=\(error)", CLI.binary.path]
        let environment = ["LOGBOEK_DIR": logbook.directory.path, "LOGBOEK_PASSPHRASE": Self.passphrases["ib.devries"] ?? ""]
        let unlock = try CLI.run(refusing + ["unlock", "--as", "ib.devries"] + Fresh.scope, environment: environment, executable: "/usr/bin/strace")
        #expect(unlock.status == 1 && unlock.stderr.contains("(keyring-unavailable)"), "\(unlock.stderr)")
        #expect(try logbook.kernelKeys.isEmpty)
        let opened = try CLI.run(
            refusing + ["case", "open", "2026-001", "--child-ref", "LL-1", "--child-name", "Sara de Boer", "--birth-date", "2017-03-14",
                        "--reason", "Zorgen", "--as", "ib.devries"], environment: environment, executable: "/usr/bin/strace")
        #expect(opened.status == 0, "\(opened.stderr)")
    }

    @Test(
        "Without a login-session keyring of its own, unlock refuses the user's keyring unless --user-wide, before asking anything",
        .enabled(if: !UnlockedKeys.isLoginSession, "this process has a login-session keyring of its own"))
    func userWide() throws {
        let logbook = try Fresh()
        defer { _ = try? logbook.run(["lock"]) }
        let refused = try logbook.run(["unlock", "--as", "ib.devries"])
        #expect(refused.status == 1 && refused.stderr.contains("(keyring-not-session)") && refused.stderr.contains("--user-wide"), "\(refused.stderr)")
        #expect(try logbook.kernelKeys.isEmpty && logbook.wrappingKeys.isEmpty)
        let accepted = try logbook.run(["unlock", "--as", "ib.devries", "--user-wide", "--json"], passphrase: Self.passphrases["ib.devries"])
        #expect(accepted.status == 0 && accepted.stdout.contains("\"keyring\":\"user\""), "\(accepted.stderr)")
    }

    @Test("After lock, a copy of the keyring entry read while unlocked opens nothing: the passphrase is asked")
    func copyAfterLock() throws {
        let logbook = try Fresh()
        defer { _ = try? logbook.run(["lock"]) }
        try logbook.unlock("ib.devries")
        let keyring = try KernelKeyring.session()
        let name = try #require(try logbook.kernelKeys.first).description
        let entry = try #require(try keyring.find(named: name))
        let copy = try #require(keyring.payload(of: entry, limit: 4096))
        try Fresh.require(logbook.run(["lock", "--as", "ib.devries"]))
        try keyring.add(copy, named: name, seconds: 60)
        let asked = try logbook.openCase("2026-001", as: "ib.devries")
        #expect(asked.status == 2 && asked.stderr.contains("no-passphrase"), "\(asked.stderr)")
        #expect(try logbook.kernelKeys.isEmpty)
    }

    @Test("A garbled keyring entry is a clear error that says what to do, and is dropped")
    func garbledEntry() throws {
        let logbook = try Fresh()
        defer { _ = try? logbook.run(["lock"]) }
        try logbook.unlock("ib.devries")
        let name = try #require(try logbook.kernelKeys.first).description
        try KernelKeyring.session().add(SecureBuffer(copying: [2, 7, 7]), named: name, seconds: 60)
        let result = try logbook.openCase("2026-001", as: "ib.devries")
        #expect(result.status == 1 && result.stderr.contains("(unlocked-keys-unusable)") && result.stderr.contains("Unlock them again"), "\(result.stderr)")
        #expect(try logbook.kernelKeys.isEmpty && logbook.wrappingKeys.isEmpty)
        #expect(try logbook.run(["case", "list", "--as", "ib.devries"], passphrase: Self.passphrases["ib.devries"]).status == 0)
    }

    @Test("unlock and lock have help")
    func help() throws {
        for command in ["unlock", "lock"] {
            let result = try CLI.run([command, "--help"])
            #expect(result.status == 0 && result.stdout.contains("Usage: logboek \(command)"))
            #expect(result.stdout.contains("--as ID"))
        }
        #expect(try CLI.run(["unlock", "--help"]).stdout.contains("--minutes N"))
    }
}
