import Foundation
@testable import Sodium
import Testing
@testable import Ledger

/// The copies of a batch's keys are written as one group: all of them durable before the write returns, none when a
/// folder cannot be made, and none kept (not even a temporary file) when the batch is taken back.
@Suite("Writing key copies as a group")
struct KeyCopyGroupTests {
    static let holders = ["lk.bakker", "ib.devries"]

    static func secret(_ holder: String) throws -> X25519SecretKey {
        try X25519SecretKey(secretBytes: SHA256.hash(Array("box:\(holder)".utf8)))
    }

    /// One key per case `c0` … `c<count-1>`, each for both holders and the recovery key.
    static func group(cases count: Int) throws -> [KeyCopyStore.Copies] {
        let recovery = try secret("recovery").publicKey
        let holders = try Self.holders.map { (KeyHolder.actor($0), try secret($0).publicKey) } + [(KeyHolder.recovery, recovery)]
        return (0..<count).map { KeyCopyStore.Copies(key: StreamKey(epoch: 0), stream: "case/c\($0)", folder: "c\($0)", holders: holders) }
    }

    /// Whether `opened` is the same key as `key`: what one seals, the other opens.
    static func same(_ opened: StreamKey, _ key: StreamKey) throws -> Bool {
        let nonce = [UInt8](repeating: 7, count: XChaCha20Poly1305.nonceLength)
        let sealed = try XChaCha20Poly1305.seal([1, 2, 3], key: key.key, nonce: nonce, additionalData: [])
        return (try? XChaCha20Poly1305.open(sealed, key: opened.key, nonce: nonce, additionalData: [])) == [1, 2, 3]
    }

    @Test("Every copy of a group of 300 keys opens for its holder, and no temporary file is left")
    func groupWritten() throws {
        let store = KeyCopyStore(layout: LogbookLayout(directory: try TemporaryFolder.make()))
        let group = try Self.group(cases: 300)
        try store.write(group)
        for copies in group {
            for holder in Self.holders {
                let opened = try store.open(copies.folder, as: .actor(holder), with: try Self.secret(holder))
                #expect(opened.count == 1)
                #expect(try Self.same(try #require(opened.first), copies.key))
            }
            let names = try FileManager.default.contentsOfDirectory(atPath: store.layout.streamKeys.appendingPathComponent("\(copies.folder)/0").path)
            #expect(names.sorted() == ["actor.ib.devries.json", "actor.lk.bakker.json", "recovery.json"])
        }
    }

    @Test("A group with a folder that cannot be made writes no copy at all")
    func folderRefused() throws {
        let store = KeyCopyStore(layout: LogbookLayout(directory: try TemporaryFolder.make()))
        try FileManager.default.createDirectory(at: store.layout.streamKeys, withIntermediateDirectories: true)
        try Data("not a folder".utf8).write(to: store.layout.streamKeys.appendingPathComponent("c7"))
        let failure = #expect(throws: LedgerError.self) { try store.write(try Self.group(cases: 10)) }
        #expect(failure?.code == "io")
        for index in 0..<10 where index != 7 { #expect(try store.copies(in: "c\(index)").isEmpty) }
    }

    @Test("Taking back a batch removes its copies and the temporary files an interrupted group left beside them")
    func undoRemovesTemporaries() throws {
        let store = KeyCopyStore(layout: LogbookLayout(directory: try TemporaryFolder.make()))
        let group = try Self.group(cases: 3)
        let intent = KeyCopyIntent(seq: 5, copies: group.flatMap { copies in
            copies.holders.map { KeyCopyIntent.Copy(folder: copies.folder, epoch: 0, holder: $0.0) }
        }, removals: [], destructions: [])
        try store.begin(intent)
        try store.write(group)
        let epochFolder = store.layout.streamKeys.appendingPathComponent("c1/0")
        try Data("sealed copy never moved into place".utf8).write(to: FileSystem.temporary(beside: epochFolder.appendingPathComponent("actor.lk.bakker.json")))
        #expect(try store.settle(nextSeq: 5)?.appended == false)
        for copies in group {
            #expect(try FileManager.default.contentsOfDirectory(atPath: store.layout.streamKeys.appendingPathComponent("\(copies.folder)/0").path).isEmpty)
        }
    }
}
