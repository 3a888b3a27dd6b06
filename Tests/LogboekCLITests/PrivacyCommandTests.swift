import Foundation
import Ledger
import Testing

/// Issue 13's "What it must show", through the command line: sealed content on disk, need to know, every read on
/// the record, erasure with every proof intact, retention, and recovery of a forgotten passphrase.
@Suite("Sealed cases from the command line")
struct PrivacyCommandTests {
    /// A logbook with case 2026-001 opened by the IB'er and a signal recorded in it by her.
    static func logbookWithCase() throws -> CLILogbook {
        let logbook = try CLILogbook()
        try #require(try logbook.run(MeldcodeCommandTests.openCase, as: "ib.devries").status == 0)
        let signal = MeldcodeCommandTests.signalFlags
        try #require(try logbook.run(signal, as: "ib.devries").status == 0)
        return logbook
    }

    /// Every file of the logbook folder as text (keys, checkpoints, saved state included).
    static func allText(_ logbook: CLILogbook) throws -> String {
        let root = logbook.directory
        return try FileManager.default.subpathsOfDirectory(atPath: root.path).compactMap { path in
            try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        }.joined(separator: "\n")
    }

    @Test("grep finds no child name, no signal text and no case salt in the logbook; both verifiers pass with no key")
    func nothingOnDisk() throws {
        let logbook = try Self.logbookWithCase()
        #expect(try logbook.run(["checkpoint"], as: "dir.jansen").status == 0)
        let text = try Self.allText(logbook)
        #expect(!text.contains("Sara de Boer") && !text.contains("Blauwe plek op de onderarm"))
        let caseLines = String(decoding: try logbook.log, as: UTF8.self).split(separator: "\n").filter { $0.contains("\"stream\":\"case/") }
        #expect(caseLines.count == 2 && caseLines.allSatisfy { !$0.contains("\"salt\"") })
        #expect(try logbook.run(["verify"]).status == 0)
        let python = try CLI.run(
            [Repository.root.appendingPathComponent("tools/verify.py").path, logbook.directory.appendingPathComponent("log.jsonl").path],
            executable: "/usr/bin/python3")
        #expect(python.status == 0, "\(python.stderr)")
    }

    @Test("case list without --as needs no key: ids, status and seqs from the headers, nothing of the content")
    func listWithoutKeys() throws {
        let logbook = try Self.logbookWithCase()
        let plain = try CLI.run(["case", "list", "--logbook", logbook.directory.path])
        #expect(plain.status == 0 && plain.stdout.hasPrefix("2026-001\topen\tseq 4–5\n"), "\(plain.stdout) \(plain.stderr)")
        #expect(!plain.stdout.contains("Sara"))
        let json = try CLI.run(["case", "list", "--json", "--logbook", logbook.directory.path])
        #expect(json.stdout == #"[{"firstSeq":4,"id":"2026-001","lastSeq":5,"status":"open"}]"# + "\n")
        #expect(try CLI.run(["case", "list", "--as-of", "4", "--logbook", logbook.directory.path]).status == 2)
    }

    @Test("Replays of a day before an erasure show the case as erased and go on with the others (status, findings, case list)")
    func replayAcrossErasure() throws {
        let logbook = try Self.logbookWithCase()
        let second = MeldcodeCommandTests.openCase.map { ["2026-001": "2026-002", "Sara de Boer": "Noor Visser", "LL-4711": "LL-4712"][$0] ?? $0 }
        #expect(try logbook.run(second, as: "ib.devries").status == 0)
        let before = String(decoding: try logbook.log, as: UTF8.self).split(separator: "\n").count - 1
        #expect(try logbook.run(["erase", "--case", "2026-001", "--ground", "request", "--reason", "verzoek (AVG)"], as: "dir.jansen").status == 0)
        for command in [["status"], ["findings"], ["case", "list"]] {
            let replay = try logbook.run(command + ["--as-of", String(before)], as: "ib.devries")
            #expect(replay.status == 0, "\(command): \(replay.stderr)")
            #expect(replay.stdout.contains("2026-002") || command == ["findings"], "\(command): \(replay.stdout)")
            #expect(!replay.stdout.contains("Sara de Boer") && !replay.stderr.contains("(case-erased)"), "\(command)")
        }
        let list = try logbook.run(["case", "list", "--as-of", String(before)], as: "ib.devries")
        #expect(list.stdout.contains("2026-001") && list.stdout.contains("gewist"), "\(list.stdout)")
    }

    @Test("A teacher who is not a member is refused (exit 1, no content in the message); granted, they read, and every read is a case.viewed")
    func needToKnow() throws {
        let logbook = try Self.logbookWithCase()
        let refused = try logbook.run(["case", "show", "2026-001"], as: "lk.visser")
        #expect(refused.status == 1 && refused.stderr.contains("(no-access)"))
        #expect(!refused.stderr.contains("Sara") && !refused.stdout.contains("Sara"))
        let byTeacher = try logbook.run(["case", "grant", "lk.bakker", "--case", "2026-001", "--reason", "collega"], as: "lk.visser")
        #expect(byTeacher.status == 1)
        let granted = try logbook.run(["case", "grant", "lk.visser", "--case", "2026-001", "--reason", "leerkracht van Sara"], as: "ib.devries")
        #expect(granted.status == 0, "\(granted.stderr)")
        let before = try logbook.log.count
        let read = try logbook.run(["case", "show", "2026-001"], as: "lk.visser")
        #expect(read.status == 0 && read.stdout.contains("Sara de Boer"))
        #expect(try logbook.log.count > before, "the read is on the record")
        let views = try logbook.openedLog().stdout.split(separator: "\n").filter { $0.contains("\"type\":\"case.viewed\"") }
        #expect(views.last?.contains("\"author\":\"lk.visser\"") == true && views.last?.contains("\"command\":\"case show\"") == true)
        let members = try logbook.run(["case", "members", "--case", "2026-001", "--json"])
        #expect(members.stdout.contains("\"actor\":\"lk.visser\"") && members.stdout.contains("granted by ib.devries"))
        let withdrawn = try logbook.run(["case", "withdraw", "lk.visser", "--case", "2026-001", "--reason", "niet meer betrokken"], as: "ib.devries")
        #expect(withdrawn.status == 0, "\(withdrawn.stderr)")
        #expect(try logbook.run(["case", "show", "2026-001"], as: "lk.visser").status == 1)
        #expect(try logbook.run(["case", "show", "2026-001"], as: "ib.devries").status == 0)
        let last = String(decoding: try logbook.log, as: UTF8.self).split(separator: "\n").last ?? ""
        #expect(last.contains("\"epoch\":1"), "the first case event after the withdrawal is sealed with the new epoch")
    }

    @Test("After erase no one reads the case, the recovery key neither; the log only grew; verify, an old checkpoint, a proof and the other case hold")
    func erase() throws {
        let logbook = try Self.logbookWithCase()
        let other = MeldcodeCommandTests.openCase.map { $0 == "2026-001" ? "2026-002" : $0 }
        #expect(try logbook.run(other, as: "ib.devries").status == 0)
        let checkpoint = logbook.directory.deletingLastPathComponent().appendingPathComponent("before.checkpoint").path
        let backup = logbook.directory.deletingLastPathComponent().appendingPathComponent("casekeys-backup")
        try FileManager.default.copyItem(at: logbook.directory.appendingPathComponent("casekeys"), to: backup)
        let made = try logbook.run(["checkpoint", "--out", checkpoint, "--json"], as: "dir.jansen")
        #expect(made.status == 0)
        let logKey = try #require(try CanonicalJSON.parse(Array(made.stdout.utf8))["verifierKey"]?.stringValue)
        let witness = logbook.directory.deletingLastPathComponent().appendingPathComponent("witness")
        let witnessEnvironment = ["LOGBOEK_PASSPHRASE": "inspectie-geheim", "LOGBOEK_NEW_PASSPHRASE": "inspectie-geheim"]
        #expect(try logbook.run(["witness", "init", witness.path, "--name", "inspectie.example/witness"], environment: witnessEnvironment).status == 0)
        let first = try logbook.run(
            ["witness", "cosign", witness.path, "--checkpoint", checkpoint, "--log-key", logKey, "--out", checkpoint + ".cosigned"],
            environment: witnessEnvironment)
        #expect(first.status == 0, "\(first.stderr)")
        let before = try logbook.log
        let erased = try logbook.run(
            ["erase", "--case", "2026-001", "--ground", "request", "--reason", "verzoek van de ouders (AVG art. 17)"], as: "dir.jansen")
        #expect(erased.status == 0 && erased.stdout.contains("copies of its keys destroyed"), "\(erased.stderr)")
        let after = try logbook.log
        #expect(after.prefix(before.count) == before && after.count > before.count)
        #expect(!FileManager.default.fileExists(atPath: logbook.directory.appendingPathComponent("casekeys/2026-001").path))
        for reader in ["ib.devries", "dir.jansen"] {
            let show = try logbook.run(["case", "show", "2026-001"], as: reader)
            #expect(show.status == 1 && show.stderr.contains("(case-erased)") && show.stderr.contains("gewist op"))
        }
        let recovered = try logbook.run(["recover", "--recovery-key", try CLILogbook.recoveryKeyFile.path, "--reason", "controle"], as: "dir.jansen")
        #expect(recovered.status == 0 && recovered.stdout.contains("nothing was sealed again"), "\(recovered.stdout) \(recovered.stderr)")
        #expect(!FileManager.default.fileExists(atPath: logbook.directory.appendingPathComponent("casekeys/2026-001").path))
        #expect(try logbook.run(["verify"]).status == 0)
        #expect(try logbook.run(["verify", "--checkpoint", checkpoint]).status == 0)
        let later = logbook.directory.deletingLastPathComponent().appendingPathComponent("after.checkpoint").path
        #expect(try logbook.run(["checkpoint", "--out", later], as: "dir.jansen").status == 0)
        let proof = try logbook.run(["prove", "consistency", "--from", checkpoint + ".cosigned", "--to", later])
        let proofFile = later + ".proof"
        try Data(proof.stdout.utf8).write(to: URL(fileURLWithPath: proofFile))
        let cosigned = try logbook.run(
            ["witness", "cosign", witness.path, "--checkpoint", later, "--proof", proofFile, "--out", later + ".cosigned"], environment: witnessEnvironment)
        #expect(cosigned.status == 0, "the witness cosigns across the erasure: \(cosigned.stderr)")
        #expect(try logbook.run(["prove", "inclusion", "--seq", "5", "--size", "7"]).status == 0)
        #expect(try logbook.run(["case", "show", "2026-002"], as: "ib.devries").status == 0)
        let list = try logbook.run(["case", "list"], as: "ib.devries")
        #expect(list.stdout.contains("2026-001\tgewist op") && list.stdout.contains("verzoek (AVG)"), "\(list.stdout)")
        #expect(try logbook.run(MeldcodeCommandTests.signalFlags, as: "ib.devries").status == 1)
        let restored = logbook.directory.appendingPathComponent("casekeys/2026-001")
        try FileManager.default.copyItem(at: backup.appendingPathComponent("2026-001"), to: restored)
        let length = try logbook.log.count
        let again = try logbook.run(["erase", "--case", "2026-001", "--ground", "request", "--reason", "back-up teruggezet"], as: "dir.jansen")
        #expect(again.status == 0 && again.stdout.contains("restored since"), "\(again.stderr)")
        let lengthAfter = try logbook.log.count
        #expect(!FileManager.default.fileExists(atPath: restored.path) && lengthAfter == length)
    }

    @Test("retention lists a case closed longer ago than the profile's period, and --run erases it")
    func retention() throws {
        let logbook = try Self.logbookWithCase()
        #expect(try logbook.run(["record", "case.closed", "--case", "2026-001", "--reason", "no-concern", "--explanation", "Geen zorg.",
                                 "--closed-on", "2026-11-20"], as: "ib.devries").status == 0)
        let early = try logbook.run(["retention", "--json"])
        #expect(early.stdout.contains("\"due\":[]"), "closed today: not due for five years; \(early.stdout)")
        let later = try logbook.run(["retention", "--on", "2099-01-01", "--json"])
        #expect(later.stdout.contains("\"case\":\"2026-001\""))
        let run = try logbook.run(["retention", "--on", "2099-01-01", "--run"], as: "dir.jansen")
        #expect(run.status == 0 && run.stdout.contains("Erased case 2026-001"), "\(run.stderr)")
        #expect(try logbook.run(["retention", "--on", "2099-01-01"]).stdout.contains("No case is due"))
    }

    @Test("A forgotten passphrase: actor rotate by the director reseals the member's cases at once; lost copies come back with recover, which is recorded")
    func forgottenPassphrase() throws {
        let logbook = try Self.logbookWithCase()
        let rotated = try logbook.run(["actor", "rotate", "ib.devries"], as: "dir.jansen", environment: ["LOGBOEK_NEW_PASSPHRASE": "nieuw-geheim-456"])
        #expect(rotated.status == 0, "\(rotated.stderr)")
        let newReader = ["LOGBOEK_PASSPHRASE": "nieuw-geheim-456"]
        let resealed = try logbook.run(["case", "show", "2026-001", "--as", "ib.devries"], environment: newReader)
        #expect(resealed.status == 0 && resealed.stdout.contains("Sara de Boer"), "the director read the case and resealed it: \(resealed.stderr)")
        let caseKeys = logbook.directory.appendingPathComponent("casekeys/2026-001")
        for epoch in try FileManager.default.contentsOfDirectory(atPath: caseKeys.path) {
            try? FileManager.default.removeItem(at: caseKeys.appendingPathComponent("\(epoch)/actor.ib.devries.json"))
        }
        let lost = try logbook.run(["case", "show", "2026-001", "--as", "ib.devries"], environment: newReader)
        // A member who lost their copies is told so, and what brings them back.
        #expect(lost.status == 1 && lost.stderr.contains("(key-not-shared)") && lost.stderr.contains("logboek recover"), "\(lost.stderr)")
        let wrongFile = logbook.directory.deletingLastPathComponent().appendingPathComponent("not-a-key")
        try Data("{}".utf8).write(to: wrongFile)
        #expect(try logbook.run(["recover", "--recovery-key", wrongFile.path, "--reason", "wachtwoordzin vergeten"], as: "dir.jansen").status == 1)
        let unsigned = try logbook.run(["recover", "--recovery-key", try CLILogbook.recoveryKeyFile.path, "--reason", "wachtwoordzin vergeten"])
        #expect(unsigned.status == 2, "the recovery key is used by an administrator who signs for it: \(unsigned.stderr)")
        let recovered = try logbook.run(
            ["recover", "--recovery-key", try CLILogbook.recoveryKeyFile.path, "--reason", "wachtwoordzin vergeten", "--json"], as: "dir.jansen")
        #expect(recovered.status == 0 && recovered.stdout.contains("\"cases\":[\"2026-001\"]"), "\(recovered.stdout) \(recovered.stderr)")
        let lastLine = String(decoding: try logbook.log, as: UTF8.self).split(separator: "\n").last ?? ""
        #expect(lastLine.contains("\"type\":\"case.keys_recovered\"") && lastLine.contains("\"author\":\"dir.jansen\""), "\(lastLine)")
        let after = try logbook.run(["case", "show", "2026-001", "--as", "ib.devries"], environment: newReader)
        #expect(after.status == 0 && after.stdout.contains("Sara de Boer"), "\(after.stderr)")
        #expect(try logbook.run(["verify"]).status == 0)
    }
}
