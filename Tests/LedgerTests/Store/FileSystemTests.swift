import Foundation
import Synchronization
import Testing
@testable import Ledger

/// Atomic file placement: never over an existing file unless asked, even when writers race.
@Suite("File system")
struct FileSystemTests {
    @Test("Writers racing to create one file: exactly one succeeds, the others are told it exists, and its bytes are the winner's")
    func racingCreators() throws {
        for round in 0..<20 {
            let file = try TemporaryFolder.make().appendingPathComponent("\(round).checkpoint")
            let winners = Mutex<[UInt8]>([])
            let refused = Atomic<Int>(0)
            DispatchQueue.concurrentPerform(iterations: 6) { writer in
                do {
                    try FileSystem.writeAtomically([UInt8(writer)], to: file, replacing: false)
                    winners.withLock { $0.append(UInt8(writer)) }
                } catch LedgerError.alreadyExists {
                    refused.add(1, ordering: .relaxed)
                } catch {}
            }
            let won = winners.withLock { $0 }
            #expect(won.count == 1, "round \(round)")
            #expect(refused.load(ordering: .relaxed) == 5)
            #expect([UInt8](try Data(contentsOf: file)) == won)
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path)
            #expect(leftovers == [file.lastPathComponent])
        }
    }

    @Test("A missing directory lists as empty; one that cannot be listed is an error, never empty")
    func listing() throws {
        let folder = try TemporaryFolder.make()
        #expect(try FileSystem.names(in: folder.appendingPathComponent("missing")) == [])
        let notADirectory = folder.appendingPathComponent("file")
        try Data([1]).write(to: notADirectory)
        #expect(throws: LedgerError.self) { try FileSystem.names(in: notADirectory) }
    }
}
