import Foundation
import Ledger
import Sodium
import Testing

/// The saved state under `state/` as the commands meet it: it spares them the whole log, and never lets
/// them build on an event whose signature no one checked.
@Suite("Saved state")
struct SavedStateTests {
    @Test(
        "A line signed with another actor's key, appended by hand, makes record, append, checkpoint and case show refuse",
        arguments: [true, false])
    func forgedLineIsRefused(keepState: Bool) throws {
        let logbook = try CLILogbook()
        #expect(try logbook.run(MeldcodeCommandTests.openCase, as: "lk.bakker").status == 0)
        try Self.appendForgedLine(to: logbook, author: "lk.bakker", keyOwner: "lk.visser")
        if !keepState { try FileManager.default.removeItem(at: logbook.directory.appendingPathComponent("state")) }
        let before = try logbook.log
        let attempts = [
            try logbook.run(MeldcodeCommandTests.signalFlags, as: "lk.bakker"),
            try logbook.run(["append", "--type", "memo.noted", "--stream", "misc", "--payload", "-"], as: "lk.bakker", input: "{}"),
            try logbook.run(["checkpoint"], as: "dir.jansen"),
            try logbook.run(["case", "show", "2026-001"]),
        ]
        for result in attempts {
            #expect(result.status == 1, "\(result.stderr)")
            #expect(result.stderr.contains("damaged at seq 5") && result.stderr.contains("signature does not verify"), "\(result.stderr)")
            #expect(result.stderr.contains("(damaged-log)"))
        }
        #expect(try logbook.log == before)
        #expect(!FileManager.default.fileExists(atPath: logbook.directory.appendingPathComponent("checkpoints/6.checkpoint").path))
    }

    @Test("Commands answer the same from a saved state, without one, and from a damaged one")
    func sameAnswers() throws {
        let logbook = try CLILogbook()
        #expect(try logbook.run(MeldcodeCommandTests.openCase, as: "lk.bakker").status == 0)
        #expect(try logbook.run(MeldcodeCommandTests.signalFlags, as: "lk.bakker").status == 0)
        // Each read appends case.viewed, so every command is pinned to the log as it stood before the first read.
        let commands = [["case", "show", "2026-001", "--json", "--on", "2026-11-30", "--as-of", "5"], ["status", "--json", "--on", "2026-11-30", "--as-of", "5"],
                        ["findings", "--json", "--on", "2026-11-30", "--as-of", "5"], ["case", "list", "--json", "--on", "2026-11-30", "--as-of", "5"],
                        ["case", "show", "2026-001", "--as-of", "4", "--json"]]
        let expected = try commands.map { try logbook.run($0).stdout }
        let state = logbook.directory.appendingPathComponent("state")
        try FileManager.default.removeItem(at: state)
        #expect(try commands.map { try logbook.run($0).stdout } == expected)
        var head = try Data(contentsOf: state.appendingPathComponent("head"))
        head[head.count - 3] ^= 0x01
        try head.write(to: state.appendingPathComponent("head"))
        #expect(try commands.map { try logbook.run($0).stdout } == expected)
    }

    /// Appends a line for `author` signed with the key of `keyOwner`, as the next event of the log.
    static func appendForgedLine(to logbook: CLILogbook, author: String, keyOwner: String) throws {
        let layout = LogbookLayout(directory: logbook.directory)
        let state = try LogWriter(opening: layout, lockTimeout: 0).state
        let key = try KeyStore(layout: layout).signingKey(
            for: keyOwner, passphrase: try SecretBytes(copying: CLILogbook.passphrases[keyOwner] ?? ""))
        let payload: [String: JSONValue] = ["text": .string("forged"), "salt": .string(String(repeating: "ab", count: 16))]
        let header = EventHeader(
            seq: state.nextSeq, previousHash: state.headHash, recordedAt: try #require(state.lastRecordedAt), author: author,
            type: "memo.noted", stream: "misc", payloadDigest: Event.digest(of: payload))
        let hash = Event.hash(of: header)
        let event = Event(header: header, payload: payload, hash: hash, signature: key.signature(for: Event.signingMessage(for: hash)))
        let handle = try FileHandle(forWritingTo: layout.log)
        try handle.seekToEnd()
        try handle.write(contentsOf: event.line)
        try handle.close()
    }
}
