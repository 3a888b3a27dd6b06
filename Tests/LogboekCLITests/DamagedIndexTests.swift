import Foundation
import Testing
@testable import Ledger

/// The hash index is derived data: a damaged one never yields a wrong proof, a false `log-inconsistent` or a
/// checkpoint over a wrong root; it is rebuilt from the log.
@Suite("Damaged hash index")
struct DamagedIndexTests {
    /// A logbook of 70 events (so `index/level-05` holds two subtrees of 32), its index built.
    static func logbook() throws -> CLILogbook {
        let logbook = try CLILogbook()
        let batch = (0..<66).map { #"{"type":"memo.noted","stream":"memo/1","payload":{"text":"notitie \#($0)"}}"# }.joined(separator: "\n")
        try #require(try logbook.run(["append", "--batch", "-"], as: "lk.bakker", input: batch + "\n").status == 0)
        try #require(try logbook.run(["prove", "inclusion", "--seq", "0"]).status == 0)
        return logbook
    }

    /// The root of the log's event hashes, computed from the log itself.
    static func root(of logbook: CLILogbook, size: Int? = nil) throws -> [UInt8] {
        var accumulator = TreeHashAccumulator()
        let lines = try logbook.log.split(separator: 0x0A)
        for line in lines.prefix(size ?? lines.count) { accumulator.append(try DecodedEvent.decode([UInt8](line)[...]).hash) }
        return accumulator.root
    }

    /// Flips one byte of an index file.
    static func flip(_ logbook: CLILogbook, file: String, at offset: Int) throws {
        let url = logbook.directory.appendingPathComponent("index").appendingPathComponent(file)
        var bytes = [UInt8](try Data(contentsOf: url))
        bytes[offset] ^= 0x01
        try Data(bytes).write(to: url)
    }

    static func json(_ result: CLIResult) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    static func hashes(_ object: [String: Any], _ key: String) throws -> [[UInt8]] {
        let texts = try #require(object[key] as? [String])
        return try texts.map { try #require(Base64.decode($0)) }
    }

    static func hash(_ object: [String: Any], _ key: String) throws -> [UInt8] {
        let text = try #require(object[key] as? String)
        return try #require(Base64.decode(text))
    }

    @Test("prove inclusion on a flipped byte of index/level-05 (or level-00) still prints a proof that checks against the log's root",
          arguments: [("level-05", 40), ("level-00", 32 * 40 + 7), ("level-03", 32 + 5)])
    func inclusionAfterDamage(file: String, offset: Int) throws {
        let logbook = try Self.logbook()
        try Self.flip(logbook, file: file, at: offset)
        let root = try Self.root(of: logbook)
        for seq in [3, 35, 41, 69] {
            let result = try logbook.run(["prove", "inclusion", "--seq", String(seq), "--json"])
            #expect(result.status == 0, "\(result.stderr)")
            let object = try Self.json(result)
            let leaf = try Self.hash(object, "leafHash")
            #expect(try Self.hash(object, "root") == root)
            #expect(throws: Never.self) {
                try MerkleProof.verifyInclusion(leafHash: leaf, index: seq, size: 70, proof: try Self.hashes(object, "proof"), root: root)
            }
        }
    }

    @Test("prove consistency and checkpoint on a damaged index: no false log-inconsistent, the true roots")
    func consistencyAndCheckpointAfterDamage() throws {
        let logbook = try Self.logbook()
        let folder = try TemporaryFolder.make()
        let first = folder.appendingPathComponent("c1")
        _ = try CheckpointCommandTests.checkpoint(logbook, to: first)
        try #require(try logbook.run(["append", "--type", "memo.noted", "--stream", "memo/1"], as: "lk.bakker").status == 0)
        try Self.flip(logbook, file: "level-06", at: 3)
        let result = try logbook.run(["prove", "consistency", "--from", first.path, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try Self.json(result)
        #expect(throws: Never.self) {
            try MerkleProof.verifyConsistency(
                oldSize: 70, newSize: 71, proof: try Self.hashes(object, "proof"), oldRoot: try Self.root(of: logbook, size: 70),
                newRoot: try Self.root(of: logbook))
        }
        try Self.flip(logbook, file: "level-06", at: 9)
        let second = try logbook.run(["checkpoint", "--json"], as: "dir.jansen")
        #expect(second.status == 0, "\(second.stderr)")
        #expect(try Self.hash(try Self.json(second), "root") == (try Self.root(of: logbook)))
    }
}
