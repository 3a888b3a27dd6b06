import Foundation
import Sodium
import Testing
@testable import Ledger

/// A seeded mutation loop over every reader of outside bytes — the JSON parser and canonical check, the
/// envelope reader, proof files, signed notes and checkpoints — requiring no crash (a crash ends the test
/// run) and that what is accepted means one thing: canonical JSON re-encodes to itself, a parsed proof file
/// or note re-parses from its own text to the same value, and an accepted event line re-encodes to itself.
///
/// `LOGBOEK_FUZZ_RUNS` sets the mutations per reader (default 1 000), `LOGBOEK_FUZZ_SEED` the seed.
@Suite("Parser fuzzing")
struct ParserFuzzTests {
    static let runs = DifferentialFuzzTests.runs
    static let seed = DifferentialFuzzTests.seed

    /// Runs `check` on `runs` mutations of inputs taken in turn from `seeds`.
    static func fuzz(_ seeds: [[UInt8]], salt: UInt64, _ check: ([UInt8], String) throws -> Void) throws {
        var mutator = ByteMutator(seed: seed &+ salt)
        for run in 0..<runs {
            var input = seeds[run % seeds.count]
            var description = ""
            for _ in 0...mutator.pick(3) { description += mutator.mutate(&input) + "; " }
            try check(input, "run \(run): \(description)")
        }
    }

    @Test("JSON: whatever parses canonically re-encodes to the same bytes, and the canonical check agrees with the parser")
    func json() throws {
        let logbook = try TestLogbook(notes: 2)
        let seeds = try logbook.lines + [Array(#"{"a":[1,-2,{"b":null,"c":true}],"d":"é\u0000"}"#.utf8), Array("[]".utf8)]
        try Self.fuzz(seeds, salt: 1) { input, description in
            let canonical = try? CanonicalJSON.parseCanonical(input)
            if let canonical {
                #expect(CanonicalJSON.encode(canonical) == input, "\(description)")
            }
            let validated = (try? CanonicalJSON.validateCanonical(input[...])) != nil
            #expect(validated == (canonical != nil), "\(description)")
            if let lenient = try? CanonicalJSON.parse(input) {
                #expect((try? CanonicalJSON.parseCanonical(CanonicalJSON.encode(lenient))) == lenient, "\(description)")
            }
        }
    }

    @Test("Event lines: an accepted envelope is a canonical line whose header re-encodes to the hashed bytes")
    func envelopes() throws {
        let lines = try TestLogbook(notes: 3).lines
        try Self.fuzz(lines, salt: 2) { input, description in
            guard let decoded = try? DecodedEvent.decode(input[...]) else { return }
            #expect((try? CanonicalJSON.validateCanonical(input[...])) != nil, "\(description)")
            #expect(SHA256.hash(prefix: 0x00, decoded.header.canonicalBytes) == decoded.computedHash, "\(description)")
        }
    }

    @Test("Proof files: an accepted proof re-parses from its own text and JSON to the same proof")
    func proofFiles() throws {
        let hashes = (0..<3).map { SHA256.hash([UInt8($0)]) }
        let inclusion = ProofFile(kind: .inclusion(seq: 5, leafHash: hashes[0]), size: 12, hashes: hashes)
        let consistency = ProofFile(kind: .consistency(from: 3), size: 12, hashes: hashes)
        let seeds = [inclusion, consistency].flatMap { [Array($0.text.utf8), CanonicalJSON.encode($0.json(roots: [:]))] }
        try Self.fuzz(seeds, salt: 3) { input, description in
            guard let proof = try? ProofFile(parsing: input) else { return }
            #expect((try? ProofFile(parsing: Array(proof.text.utf8))) == proof, "\(description)")
            #expect((try? ProofFile(parsing: CanonicalJSON.encode(proof.json(roots: [:])))) == proof, "\(description)")
        }
    }

    @Test("Signed notes and checkpoints: an accepted note re-parses from its own bytes to the same note")
    func notes() throws {
        let key = try TestLogbook.key(for: "dir.jansen")
        let checkpoint = try Checkpoint(origin: "logboek.invalid/0011223344556677", size: 12, root: SHA256.hash([1]))
        var signed = try SignedCheckpoint(signing: checkpoint, with: key)
        let plain = signed.note.bytes
        try signed.note.cosign(with: try TestLogbook.key(for: "witness"), name: "inspectie.example/witness", seconds: 1_700_000_000)
        try Self.fuzz([plain, signed.note.bytes], salt: 4) { input, description in
            if let note = try? SignedNote(parsing: input) {
                #expect((try? SignedNote(parsing: note.bytes)) == note, "\(description)")
            }
            if let parsed = try? SignedCheckpoint(parsing: input) {
                #expect((try? SignedCheckpoint(parsing: parsed.note.bytes))?.checkpoint == parsed.checkpoint, "\(description)")
            }
        }
    }
}
