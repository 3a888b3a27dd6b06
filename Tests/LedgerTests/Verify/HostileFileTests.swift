import Foundation
import Testing
@testable import Ledger

/// Logs shaped to exhaust or block a reader: over-long lines, an endless tail, a FIFO, a device. Every verdict
/// here is kept for `tools/verify.py`, which must reach the same one.
@Suite("Hostile log files")
struct HostileFileTests {
    static let limit = LineReader.maximumLineLength

    @Test("A line one byte over the limit is not-canonical at its seq, with its newline or as the file's unterminated end",
          arguments: [true, false])
    func overLongLine(terminated: Bool) throws {
        let logbook = try TestLogbook(notes: 1)
        let bytes = try logbook.bytes + [UInt8](repeating: 0x61, count: Self.limit + 1) + (terminated ? [0x0A] : [])
        let failure = try #require(try LogFile.verify(bytes).failure)
        #expect(failure.code == .notCanonical)
        #expect(failure.seq == 5)
        #expect(failure.line == 6)
    }

    @Test("An unterminated tail of exactly the limit is a torn tail")
    func tailAtTheLimit() throws {
        let logbook = try TestLogbook(notes: 1)
        let failure = try #require(try LogFile.verify(try logbook.bytes + [UInt8](repeating: 0x61, count: Self.limit)).failure)
        #expect(failure.code == .tornTail)
        #expect(failure.seq == 5)
    }

    @Test("A writer does not cut an unterminated tail longer than a line: it refuses the damaged log and changes nothing")
    func writerLeavesOverLongTail() throws {
        let logbook = try TestLogbook(notes: 1)
        let handle = try FileHandle(forWritingTo: logbook.layout.log)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(repeating: 0x61, count: Self.limit + 1))
        try handle.close()
        let before = try logbook.bytes
        #expect(throws: LedgerError.self) { try LogWriter(opening: logbook.layout, lockTimeout: 0) }
        #expect(try logbook.bytes == before)
        #expect(!FileManager.default.fileExists(atPath: logbook.layout.tornTails.path))
    }

    @Test("A log that is a FIFO, a link to /dev/zero or a folder is refused as an I/O error, not read", arguments: ["fifo", "zero", "folder"])
    func notARegularFile(kind: String) throws {
        let layout = LogbookLayout(directory: try TemporaryFolder.make())
        switch kind {
        case "fifo": #expect(mkfifo(layout.log.path, 0o600) == 0)
        case "zero": try FileManager.default.createSymbolicLink(atPath: layout.log.path, withDestinationPath: "/dev/zero")
        default: try FileManager.default.createDirectory(at: layout.log, withIntermediateDirectories: false)
        }
        #expect { try Verifier().verify(logAt: layout.log) } throws: { error in
            (error as? LedgerError)?.code == "io"
        }
        #expect { try LogWriter(opening: layout, lockTimeout: 0) } throws: { error in
            (error as? LedgerError)?.code == "io"
        }
    }
}
