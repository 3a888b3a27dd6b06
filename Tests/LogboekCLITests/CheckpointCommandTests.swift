import Foundation
@testable import Sodium
import Testing
@testable import Ledger

/// Checkpoints, proofs and witnesses end to end, and the attack they exist for: an administrator who
/// rewrites history and re-signs everything after it.
@Suite("Checkpoints and witnesses")
struct CheckpointCommandTests {
    static let witnessPassphrase = "inspectie-geheim"

    /// Appends `count` notes by lk.bakker.
    static func notes(_ logbook: CLILogbook, count: Int) throws {
        for number in 0..<count {
            let result = try logbook.run(
                ["append", "--type", "memo.noted", "--stream", "notes/2026-001", "--payload", "-"], as: "lk.bakker",
                input: #"{"text":"note \#(number)"}"#)
            try #require(result.status == 0, "\(result.stderr)")
        }
    }

    /// Signs a checkpoint as the director into `file`, returning the verifier key.
    static func checkpoint(_ logbook: CLILogbook, to file: URL) throws -> String {
        let result = try logbook.run(["checkpoint", "--out", file.path, "--json"], as: "dir.jansen")
        try #require(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return try #require(object["verifierKey"] as? String)
    }

    static func witness(_ arguments: [String]) throws -> CLIResult {
        try CLI.run(["witness"] + arguments, environment: [
            "LOGBOEK_NEW_PASSPHRASE": witnessPassphrase, "LOGBOEK_PASSPHRASE": witnessPassphrase,
        ])
    }

    /// Rewrites the text of event `seq` and re-signs it and every event after it with its author's real key.
    static func rewrite(_ logbook: CLILogbook, seq target: Int) throws {
        let url = logbook.directory.appendingPathComponent("log.jsonl")
        let lines = try Data(contentsOf: url).split(separator: 0x0A).map { [UInt8]($0) }
        let keys = KeyStore(layout: LogbookLayout(directory: logbook.directory))
        var previous = try DecodedEvent.decode(lines[target - 1][...]).hash
        var output: [UInt8] = lines[..<target].flatMap { $0 + [0x0A] }
        for line in lines[target...] {
            var event = try DecodedEvent.decode(line[...]).event()
            var payload = event.payload
            if event.header.seq == target { payload["text"] = .string("er was niets aan de hand") }
            let old = event.header
            let header = EventHeader(
                seq: old.seq, previousHash: previous, recordedAt: old.recordedAt, author: old.author, type: old.type,
                stream: old.stream, payloadDigest: Event.digest(of: payload))
            let key = try keys.signingKey(for: old.author, passphrase: try SecretBytes(copying: CLILogbook.passphrases[old.author] ?? ""))
            let hash = Event.hash(of: header)
            event = Event(header: header, payload: payload, hash: hash, signature: key.signature(for: Event.signingMessage(for: hash)))
            output += event.line
            previous = hash
        }
        try Data(output).write(to: url)
    }

    @Test("Checkpoint, append, checkpoint, prove consistency: the witness cosigns both, and verify accepts both")
    func normalFlow() throws {
        let logbook = try CLILogbook()
        let folder = try TemporaryFolder.make()
        let (first, second, proof) = (folder.appendingPathComponent("c1"), folder.appendingPathComponent("c2"), folder.appendingPathComponent("p"))
        try Self.notes(logbook, count: 3)
        let key = try Self.checkpoint(logbook, to: first)
        try Self.notes(logbook, count: 5)
        #expect(try Self.checkpoint(logbook, to: second) == key)
        let prove = try logbook.run(["prove", "consistency", "--from", first.path, "--to", second.path])
        try #require(prove.status == 0, "\(prove.stderr)")
        #expect(prove.stdout.hasPrefix("consistency 7 12\n"))
        try Data(prove.stdout.utf8).write(to: proof)
        let witness = folder.appendingPathComponent("witness").path
        #expect(try Self.witness(["init", witness, "--name", "inspectie.example/witness"]).status == 0)
        let firstCosign = try Self.witness(["cosign", witness, "--checkpoint", first.path, "--log-key", key])
        #expect(firstCosign.status == 0, "\(firstCosign.stderr)")
        let secondCosign = try Self.witness(["cosign", witness, "--checkpoint", second.path, "--proof", proof.path])
        #expect(secondCosign.status == 0, "\(secondCosign.stderr)")
        #expect(secondCosign.stdout.contains("\u{2014} inspectie.example/witness "))
        let verify = try logbook.run(["verify", "--checkpoint", first.path, "--checkpoint", second.path, "--key", key, "--json"])
        #expect(verify.status == 0, "\(verify.stdout)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(verify.stdout.utf8)) as? [String: Any])
        #expect((report["checkpoints"] as? [[String: Any]])?.map { $0["ok"] as? Bool } == [true, true])
        let inclusion = try logbook.run(["prove", "inclusion", "--seq", "5", "--json"])
        #expect(inclusion.status == 0)
        #expect(inclusion.stdout.contains(#""size":12"#))
    }

    @Test("verify --witness-key accepts the witness's cosignature and refuses an altered one, a missing one and a note key")
    func witnessKeyOnVerify() throws {
        let logbook = try CLILogbook()
        let folder = try TemporaryFolder.make()
        let (plain, cosigned, altered) = (folder.appendingPathComponent("plain"), folder.appendingPathComponent("cosigned"), folder.appendingPathComponent("altered"))
        try Self.notes(logbook, count: 2)
        let key = try Self.checkpoint(logbook, to: plain)
        let witness = folder.appendingPathComponent("witness").path
        let created = try Self.witness(["init", witness, "--name", "inspectie.example/witness", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(created.stdout.utf8)) as? [String: Any])
        let witnessKey = try #require(object["verifierKey"] as? String)
        #expect(try Self.witness(["cosign", witness, "--checkpoint", plain.path, "--log-key", key, "--out", cosigned.path]).status == 0)
        var lines = try String(contentsOf: cosigned, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let last = try #require(lines.lastIndex { $0.hasPrefix("\u{2014} inspectie.example/witness ") })
        var characters = Array(lines[last])
        characters[characters.count - 10] = characters[characters.count - 10] == "A" ? "B" : "A"
        lines[last] = String(characters)
        try Data(lines.joined(separator: "\n").utf8).write(to: altered)

        let good = try logbook.run(["verify", "--checkpoint", cosigned.path, "--key", key, "--witness-key", witnessKey])
        #expect(good.status == 0, "\(good.stdout)\(good.stderr)")
        for file in [altered, plain] {
            let bad = try logbook.run(["verify", "--checkpoint", file.path, "--key", key, "--witness-key", witnessKey])
            #expect(bad.status == 1)
            #expect(bad.stdout.contains("bad-checkpoint-signature"))
        }
        let noteKey = try logbook.run(["verify", "--checkpoint", cosigned.path, "--witness-key", key])
        #expect(noteKey.status == 2)
        #expect(try logbook.run(["verify", "--witness-key", witnessKey]).status == 2)
    }

    @Test("The witness refuses a smaller checkpoint, one signed by another key, and a proof from the wrong size")
    func witnessRefusals() throws {
        let logbook = try CLILogbook()
        let folder = try TemporaryFolder.make()
        let (small, large) = (folder.appendingPathComponent("small"), folder.appendingPathComponent("large"))
        try Self.notes(logbook, count: 2)
        let key = try Self.checkpoint(logbook, to: small)
        try Self.notes(logbook, count: 2)
        _ = try Self.checkpoint(logbook, to: large)
        let witness = folder.appendingPathComponent("witness").path
        #expect(try Self.witness(["init", witness, "--name", "inspectie.example/witness"]).status == 0)
        let origin = String(try #require(key.split(separator: "+").first))
        let stranger = try Ed25519SigningKey(seed: [UInt8](repeating: 9, count: 32))
        let otherKey = try NoteVerifierKey(name: origin, type: NoteVerifierKey.ed25519, publicKey: stranger.publicKey).text
        let wrongKey = try Self.witness(["cosign", witness, "--checkpoint", large.path, "--log-key", otherKey])
        #expect(wrongKey.status == 1)
        #expect(wrongKey.stderr.contains("(bad-checkpoint-signature)"))
        #expect(try Self.witness(["cosign", witness, "--checkpoint", large.path, "--log-key", key]).status == 0)
        let smaller = try Self.witness(["cosign", witness, "--checkpoint", small.path])
        #expect(smaller.status == 1)
        #expect(smaller.stderr.contains("(witness-refused)"))
        let repinned = try Self.witness(["cosign", witness, "--checkpoint", large.path, "--log-key", otherKey])
        #expect(repinned.stderr.contains("(witness-refused)"))
        let verify = try logbook.run(["verify", "--checkpoint", large.path, "--key", otherKey])
        #expect(verify.status == 1)
        #expect(verify.stdout.contains("bad-checkpoint-signature"))
        let wrongSize = try logbook.run(["prove", "inclusion", "--seq", "9", "--size", "9"])
        #expect(wrongSize.status == 1)
        #expect(wrongSize.stderr.contains("(bad-tree-range)"))
    }

    @Test("An administrator rewrites an early event and re-signs the rest: verify passes, the checkpoint and the witness do not")
    func rewriteAttack() throws {
        let logbook = try CLILogbook()
        let folder = try TemporaryFolder.make()
        let (old, older, proof) = (folder.appendingPathComponent("old"), folder.appendingPathComponent("older"), folder.appendingPathComponent("p"))
        try Self.notes(logbook, count: 2)
        let key = try Self.checkpoint(logbook, to: older)
        try Self.notes(logbook, count: 4)
        _ = try Self.checkpoint(logbook, to: old)
        let witness = folder.appendingPathComponent("witness").path
        #expect(try Self.witness(["init", witness, "--name", "inspectie.example/witness"]).status == 0)
        #expect(try Self.witness(["cosign", witness, "--checkpoint", old.path, "--log-key", key]).status == 0)

        try Self.rewrite(logbook, seq: 7)
        try Self.notes(logbook, count: 1)
        #expect(try logbook.run(["verify"]).status == 0)
        let verify = try logbook.run(["verify", "--checkpoint", older.path, "--checkpoint", old.path])
        #expect(verify.status == 1)
        #expect(verify.stdout.contains("log-inconsistent"))
        #expect(verify.stdout.contains("agrees with the checkpoint of size 6 but not with the one of size 10"))
        let located = try logbook.run(["verify", "--checkpoint", older.path, "--checkpoint", old.path, "--json"])
        let rewritten = try #require(try JSONSerialization.jsonObject(with: Data(located.stdout.utf8)) as? [String: Any])["rewritten"]
        #expect((rewritten as? [String: Int]) == ["fromSeq": 6, "toSeq": 9])
        let json = try logbook.run(["verify", "--checkpoint", old.path, "--json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let verdict = try #require((report["checkpoints"] as? [[String: Any]])?.first)
        #expect(verdict["size"] as? Int == 10)
        #expect(verdict["code"] as? String == "log-inconsistent")
        #expect(report["ok"] as? Bool == false)

        let resign = try logbook.run(["checkpoint"], as: "dir.jansen")
        #expect(resign.status == 1)
        #expect(resign.stderr.contains("(log-inconsistent)"))
        let prove = try logbook.run(["prove", "consistency", "--from", old.path])
        #expect(prove.status == 1)
        #expect(prove.stderr.contains("(log-inconsistent)"))

        let checkpoints = logbook.directory.appendingPathComponent("checkpoints")
        try FileManager.default.removeItem(at: checkpoints)
        let fresh = folder.appendingPathComponent("fresh")
        _ = try Self.checkpoint(logbook, to: fresh)
        try Data("consistency 10 11\n".utf8).write(to: proof)
        let cosign = try Self.witness(["cosign", witness, "--checkpoint", fresh.path, "--proof", proof.path])
        #expect(cosign.status == 1)
        #expect(cosign.stderr.contains("(witness-refused)"))
    }
}
