import Foundation
import Sodium
import Testing
@testable import Ledger

/// `logboek tiles`: the tiles of a logbook match its index at every size published, proofs from them equal
/// the logbook's, full tiles are never written again, and a published log is checked from its tiles alone.
@Suite("Tiles: publishing and reading back")
struct TilePublisherTests {
    static func publish(_ logbook: TestLogbook, to folder: URL) throws -> TilePublisher.Outcome {
        _ = try CheckpointIssuer.issue(logbook.layout, signer: "dir.jansen", key: try TestLogbook.key(for: "dir.jansen"))
        return try TilePublisher.publish(logbook.layout, to: folder)
    }

    @Test("Published at sizes across tile boundaries, the tiles hold the index's tree and proofs from them equal prove's")
    func matchesIndexAtEverySize() throws {
        let logbook = try TestLogbook(notes: 1)
        let folder = try TemporaryFolder.make()
        var inodes: [String: Int] = [:]
        for target in [6, 255, 256, 257, 300, 512, 513] {
            while try logbook.state.nextSeq < target { try logbook.note(by: "lk.bakker", text: "n") }
            let outcome = try Self.publish(logbook, to: folder)
            #expect(outcome.size == target)
            let store = DirectoryTileStore(directory: folder)
            let audit = try TileAudit.verify(store, key: nil)
            #expect(audit.holds, "\(String(describing: audit.problem)) \(String(describing: audit.report.failure))")
            let index = MerkleTree(try HashIndex.open(logbook.layout))
            let tiles = MerkleTree(TileTree(store, size: target))
            #expect(try tiles.root(size: target) == (try index.root(size: target)))
            for seq in Set([0, target / 2, target - 1]) {
                #expect(try TileProofs.inclusion(store, seq: seq, size: nil) == (try CheckedProofs.inclusion(in: logbook.layout, seq: seq, size: nil)))
            }
            for (path, inode) in inodes {
                #expect(try Self.inode(folder.appendingPathComponent(path)) == inode, "\(path) was written again")
            }
            for path in ["tile/0/000", "tile/entries/000", "tile/lines/000", "tile/0/001"] where FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path) {
                inodes[path] = try inodes[path] ?? Self.inode(folder.appendingPathComponent(path))
            }
        }
        let partials = try FileManager.default.subpathsOfDirectory(atPath: folder.appendingPathComponent("tile/0").path).filter { $0.contains(".p/") }
        #expect(partials == ["002.p/1"])
    }

    @Test("The line bundles are the log's bytes, and the entries its canonical headers")
    func bundlesAreTheLog() throws {
        let logbook = try TestLogbook(notes: 300)
        let folder = try TemporaryFolder.make()
        _ = try Self.publish(logbook, to: folder)
        let lines = try Data(contentsOf: folder.appendingPathComponent("tile/lines/000")) + Data(contentsOf: folder.appendingPathComponent("tile/lines/001.p/48"))
        #expect([UInt8](lines) == (try logbook.bytes))
        let entries = try LeafCheck.entries(DirectoryTileStore(directory: folder), tile: 0, width: 256)
        #expect(SHA256.hash(prefix: 0x00, entries[7]) == (try Forge.event(try logbook.lines[7]).hash))
    }

    @Test("A tampered tile, entry or line is found", arguments: ["tile/0/000", "tile/entries/000", "tile/lines/000", "tile/1/000.p/1"])
    func tampering(path: String) throws {
        let logbook = try TestLogbook(notes: 300)
        let folder = try TemporaryFolder.make()
        _ = try Self.publish(logbook, to: folder)
        let file = folder.appendingPathComponent(path)
        var bytes = [UInt8](try Data(contentsOf: file))
        bytes[bytes.count / 2] ^= 0x01
        try Data(bytes).write(to: file)
        let audit = try TileAudit.verify(DirectoryTileStore(directory: folder), key: nil)
        #expect(!audit.holds)
    }

    @Test("A folder that publishes another history is refused")
    func refusesAnotherHistory() throws {
        let folder = try TemporaryFolder.make()
        _ = try Self.publish(try TestLogbook(notes: 3), to: folder)
        let other = try TestLogbook(notes: 2)
        try other.note(by: "lk.bakker", text: "another third note")
        try other.note(by: "lk.bakker", text: "and a fourth")
        #expect(throws: ProofError.inconsistentLog("")) { try Self.publish(other, to: folder) }
    }

    @Test("A run killed after the tiles and before the checkpoint leaves the old checkpoint whole and readable; the next run finishes")
    func interruptedRun() throws {
        let logbook = try TestLogbook(notes: 20)
        let folder = try TemporaryFolder.make()
        _ = try Self.publish(logbook, to: folder)
        let old = try Data(contentsOf: folder.appendingPathComponent("checkpoint"))
        for _ in 0..<250 { try logbook.note(by: "lk.bakker", text: "n") }
        _ = try CheckpointIssuer.issue(logbook.layout, signer: "dir.jansen", key: try TestLogbook.key(for: "dir.jansen"))
        let index = try HashIndex.open(logbook.layout)
        var writing = TileWriting(folder: TileFolder(directory: folder), index: index, log: logbook.layout.log)
        try writing.writeTree(sizes: [index.leafCount])
        try writing.writeBundles(sizes: [index.leafCount])
        #expect(try Data(contentsOf: folder.appendingPathComponent("checkpoint")) == old)
        #expect(try TileAudit.verify(DirectoryTileStore(directory: folder), key: nil).holds)
        _ = try TilePublisher.publish(logbook.layout, to: folder)
        #expect(try TileAudit.verify(DirectoryTileStore(directory: folder), key: nil).checkpoint.checkpoint.size == index.leafCount)
    }

    static func inode(_ url: URL) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? Int)
    }
}
