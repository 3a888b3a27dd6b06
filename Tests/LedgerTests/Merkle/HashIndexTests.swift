import Foundation
import Testing
@testable import Ledger

/// The derived hash index: it matches the log, grows with it, and is rebuilt whenever it does not match.
@Suite("Hash index")
struct HashIndexTests {
    /// The event hashes of a logbook, read from its log.
    static func eventHashes(_ logbook: TestLogbook) throws -> [[UInt8]] {
        try logbook.lines.map { try Forge.event($0).hash }
    }

    static func expectMatches(_ index: HashIndex, _ logbook: TestLogbook) throws {
        let hashes = try eventHashes(logbook)
        #expect(index.leafCount == hashes.count)
        let memory = MerkleTree(try MemoryTree(leaves: hashes))
        let disk = MerkleTree(index)
        for size in 1...hashes.count {
            #expect(try disk.root(size: size) == (try memory.root(size: size)))
        }
        #expect(try disk.consistencyProof(from: 3, to: hashes.count) == (try memory.consistencyProof(from: 3, to: hashes.count)))
        #expect(try disk.inclusionProof(index: 2, size: hashes.count) == (try memory.inclusionProof(index: 2, size: hashes.count)))
    }

    @Test("The index holds every event hash and gives the same roots and proofs as a tree in memory")
    func matchesLog() throws {
        let logbook = try TestLogbook(notes: 13)
        let index = try HashIndex.open(logbook.layout)
        #expect(index.wasRebuilt)
        try Self.expectMatches(index, logbook)
    }

    @Test("After appends, the index is extended rather than rebuilt")
    func extends() throws {
        let logbook = try TestLogbook(notes: 5)
        _ = try HashIndex.open(logbook.layout)
        for number in 0..<7 { try logbook.note(by: "lk.bakker", text: "more \(number)") }
        let index = try HashIndex.open(logbook.layout)
        #expect(!index.wasRebuilt)
        try Self.expectMatches(index, logbook)
    }

    @Test("A log replaced by another history, a cut level file or a damaged head makes the index rebuild")
    func rebuilds() throws {
        let other = try TestLogbook(notes: 9)
        _ = try HashIndex.open(other.layout)
        try Data(try TestLogbook(notes: 2, clock: FixedClock(Timestamp(millisecondsSinceEpoch: 0))).bytes).write(to: other.layout.log)
        let replaced = try HashIndex.open(other.layout)
        #expect(replaced.wasRebuilt)

        let damaged = try TestLogbook(notes: 6)
        _ = try HashIndex.open(damaged.layout)
        let levelZero = damaged.layout.index.appendingPathComponent("level-00")
        try Data(try Data(contentsOf: levelZero).prefix(32 * 3)).write(to: levelZero)
        let afterCut = try HashIndex.open(damaged.layout)
        #expect(afterCut.wasRebuilt)
        try Self.expectMatches(afterCut, damaged)
        try Data("{}".utf8).write(to: damaged.layout.index.appendingPathComponent("head.json"))
        let afterHead = try HashIndex.open(damaged.layout)
        #expect(afterHead.wasRebuilt)
        try Self.expectMatches(afterHead, damaged)
    }

    @Test("A line that breaks the hash chain stops the index with the line's seq")
    func refusesBrokenChain() throws {
        let logbook = try TestLogbook(notes: 4)
        var lines = try logbook.lines
        lines[5] = try Forge.replacing(["header", "stream"], with: .string("notes/other"), in: lines[5])
        try Data(lines.flatMap { $0 + [0x0A] }).write(to: logbook.layout.log)
        #expect(throws: LedgerError.damagedLog(VerifyFailure(seq: 5, line: 6, code: .hashMismatch, message: ""))) {
            try HashIndex.open(logbook.layout)
        }
    }
}
