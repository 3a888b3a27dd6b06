import Foundation
@testable import Sodium
import Testing
@testable import Ledger

/// A batch sealed and signed on several cores is the batch sealed and signed on one: the same bytes, in the same order,
/// and a refusal anywhere in it writes nothing.
@Suite("Sealing a batch on several cores")
struct ParallelSealingTests {
    static let author = "ib.devries"

    /// 300 notes (several chunks of work): plain ones and ones in two sealed streams, interleaved.
    static let drafts = (0..<300).map { index in
        EventDraft(type: "memo.noted", stream: index % 3 == 0 ? "notes/plain" : "notes/sealed-\(index % 3)", payload: ["text": .string("note \(index)")])
    }

    /// Fixed keys for the two sealed streams.
    static func keyring() throws -> StreamKeyring {
        var keyring = StreamKeyring(holder: author)
        for stream in 1...2 {
            let key = try SymmetricKey(bytes: SHA256.hash(Array("stream \(stream)".utf8)))
            keyring.add([StreamKey(epoch: 0, key: key)], of: "notes/sealed-\(stream)")
        }
        return keyring
    }

    /// A fresh logbook and a writer on it sealing and signing on `concurrency` cores, with a seeded random source and a
    /// clock that ticks the same way on every run.
    static func writer(concurrency: Int) throws -> (TestLogbook, LogWriter) {
        let logbook = try TestLogbook()
        let writer = try LogWriter(opening: logbook.layout, clock: TickingClock(), random: SeededRandom(seed: 25), lockTimeout: 0, concurrency: concurrency)
        return (logbook, writer)
    }

    /// The log's bytes after appending `drafts` in one batch on `concurrency` cores.
    static func log(concurrency: Int) throws -> [UInt8] {
        let (logbook, writer) = try writer(concurrency: concurrency)
        try writer.append(drafts, author: author, signingKey: try TestLogbook.key(for: author), keyring: try keyring())
        return try logbook.bytes
    }

    @Test("The log is the same byte for byte on one core, on two and on four, and it verifies", arguments: [2, 4])
    func sameBytes(concurrency: Int) throws {
        let sequential = try Self.log(concurrency: 1)
        #expect(try Self.log(concurrency: concurrency) == sequential)
        let report = try LogFile.verify(sequential, keep: false)
        #expect(report.isValid)
        #expect(report.validEventCount == 4 + Self.drafts.count)
    }

    @Test("Events keep the drafts' order and chain, and each sealed payload opens to its own draft")
    func orderKept() throws {
        let (_, writer) = try Self.writer(concurrency: 4)
        let keyring = try Self.keyring()
        let firstSeq = writer.state.nextSeq
        let events = try writer.append(Self.drafts, author: Self.author, signingKey: try TestLogbook.key(for: Self.author), keyring: keyring)
        #expect(events.map(\.header.seq) == Array(firstSeq..<(firstSeq + Self.drafts.count)))
        for (previous, event) in zip(events, events.dropFirst()) { #expect(event.header.previousHash == previous.hash) }
        for (draft, event) in zip(Self.drafts, events) {
            #expect(event.header.stream == draft.stream)
            let payload: [String: JSONValue]
            if let key = keyring.current(of: draft.stream) {
                payload = try #require(try SealedPayload(of: event)).open(with: key, header: event.header)
            } else {
                payload = event.payload
            }
            #expect(payload["text"] == draft.payload["text"])
        }
    }

    @Test("A refusal in the middle of a parallel group writes nothing, names the first refused draft, and leaves the writer as it was")
    func refusalWritesNothing() throws {
        let (logbook, writer) = try Self.writer(concurrency: 4)
        let before = try logbook.bytes
        let stateBefore = writer.state
        var drafts = Self.drafts
        // Draft 120 expects a version its stream does not have; draft 250, in a later chunk, is too large: the
        // version conflict comes first in order, whichever core found its problem first.
        drafts[120] = EventDraft(type: "memo.noted", stream: "notes/plain", payload: [:], expectedVersion: 7)
        drafts[250] = EventDraft(type: "memo.noted", stream: "notes/sealed-1", payload: ["text": .string(String(repeating: "a", count: PayloadLimits.maximumBytes))])
        let key = try TestLogbook.key(for: Self.author)
        #expect(throws: LedgerError.versionConflict(stream: "notes/plain", expected: 7, actual: 40)) {
            try writer.append(drafts, author: Self.author, signingKey: key, keyring: try Self.keyring())
        }
        drafts[120] = Self.drafts[120]
        let tooLarge = #expect(throws: LedgerError.self) { try writer.append(drafts, author: Self.author, signingKey: key, keyring: try Self.keyring()) }
        #expect(tooLarge?.code == "invalid-input")
        #expect(try logbook.bytes == before)
        #expect(writer.state.nextSeq == stateBefore.nextSeq)
        #expect(writer.state.headHash == stateBefore.headHash)
        #expect(writer.state.version(of: "notes/plain") == 0)
        try writer.append(Self.drafts, author: Self.author, signingKey: key, keyring: try Self.keyring())
        #expect(try LogFile.verify(try logbook.bytes, keep: false).validEventCount == 4 + Self.drafts.count)
    }
}
