import Foundation
import Testing
@testable import Ledger

/// A crash in the middle of an append never costs a committed event.
@Suite("Torn writes")
struct TornTailTests {
    @Test("Cutting the last line at every byte offset loses only that line, and the writer repairs it")
    func cutAtEveryOffset() throws {
        let logbook = try TestLogbook(notes: 2)
        let lines = try logbook.lines
        let committed: [UInt8] = lines.dropLast().flatMap { $0 + [0x0A] }
        let last: [UInt8] = try #require(lines.last) + [0x0A]
        for cut in 1..<last.count {
            let torn = committed + Array(last[..<cut])
            // Every fourth cut is kept for cross-verification, so the artifacts stay a few hundred files.
            let failure = try #require(try LogFile.verify(torn, keep: cut % 4 == 1).failure, "cut at \(cut) passed")
            #expect(failure.code == .tornTail)
            #expect(failure.seq == lines.count - 1)

            let repaired = try repairCopy(torn)
            #expect(repaired.bytes == committed, "cut at \(cut) changed a committed event")
            #expect(repaired.removed == cut)
        }
    }

    @Test("The removed bytes are kept in torn/ and appending goes on from the last committed event")
    func repairKeepsBytesAndAppends() throws {
        let logbook = try TestLogbook(notes: 1)
        let before = try logbook.bytes
        let handle = try FileHandle(forWritingTo: logbook.layout.log)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("{\"hash\":\"ab".utf8))
        try handle.close()

        let writer = try LogWriter(opening: logbook.layout, clock: TickingClock(), random: SeededRandom(seed: 1))
        #expect(writer.repairedTornTailBytes == 11)
        let kept = try FileManager.default.contentsOfDirectory(atPath: logbook.layout.tornTails.path)
        #expect(kept.count == 1)
        let event = try writer.append(
            [EventDraft(type: "memo.noted", stream: "notes/2026-001", payload: [:])],
            author: "lk.bakker", signingKey: try TestLogbook.key(for: "lk.bakker"))[0]
        #expect(event.header.seq == 5)
        let after = try logbook.bytes
        #expect(Array(after.prefix(before.count)) == before)
        #expect(try logbook.verify().isValid)
    }

    @Test("A log damaged before its last line is refused, not repaired")
    func damageInTheMiddleIsRefused() throws {
        let logbook = try TestLogbook(notes: 3)
        var lines = try logbook.lines
        lines[2][10] ^= 0x01
        let folder = try TemporaryFolder.make()
        try Data(lines.flatMap { $0 + [0x0A] } + Array("{\"partial".utf8)).write(to: folder.appendingPathComponent("log.jsonl"))
        let before = try Data(contentsOf: folder.appendingPathComponent("log.jsonl"))
        #expect {
            _ = try LogWriter(opening: LogbookLayout(directory: folder))
        } throws: { error in
            guard case .damagedLog(let failure) = error as? LedgerError else { return false }
            return failure.seq == 2
        }
        // The torn tail after the damage is cut (it never was an event), but nothing before it.
        let after = try Data(contentsOf: folder.appendingPathComponent("log.jsonl"))
        #expect(before.starts(with: after))
        #expect(after.count == before.count - "{\"partial".utf8.count)
    }

    private func repairCopy(_ bytes: [UInt8]) throws -> (bytes: [UInt8], removed: Int) {
        let folder = try TemporaryFolder.make()
        let layout = LogbookLayout(directory: folder)
        try Data(bytes).write(to: layout.log)
        let writer = try LogWriter(opening: layout)
        return ([UInt8](try Data(contentsOf: layout.log)), writer.repairedTornTailBytes)
    }
}
