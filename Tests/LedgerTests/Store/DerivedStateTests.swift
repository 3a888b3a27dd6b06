import Foundation
import Sodium
import Testing
@testable import Ledger

/// The saved state under `state/`: believed only when the log bears it out, rebuilt otherwise, and never a
/// way around checking the signatures of events it does not cover.
@Suite("Derived state")
struct DerivedStateTests {
    @Test("A writer restored from the saved state knows what a fold of the whole log knows")
    func restoredEqualsFolded() throws {
        let logbook = try TestLogbook(notes: 6)
        try logbook.note(by: "lk.visser", text: "elsewhere", stream: "notes/2026-002")
        #expect(FileManager.default.fileExists(atPath: logbook.layout.state.appendingPathComponent("head").path))
        try Self.expectMatchesLog(logbook)
    }

    @Test("A writer reads a stream's events from where the saved state says they are")
    func streamEvents() throws {
        let logbook = try TestLogbook(notes: 5)
        let expected = try logbook.lines.map(Forge.event).filter { $0.header.stream == "notes/2026-001" }
        #expect(try logbook.writer().events(inStream: "notes/2026-001") == expected)
        #expect(try logbook.writer().event(atSeq: 2) == (try Forge.event(try logbook.lines[2])))
    }

    @Test(
        "A damaged saved state is rebuilt, never believed",
        arguments: [
            "truncated head", "flipped head", "flipped offsets", "flipped stream", "cut stream", "flipped bucket", "no bucket", "no offsets",
            "head of a longer log",
        ])
    func damagedStateIsRebuilt(damage: String) throws {
        let logbook = try TestLogbook(notes: 5)
        let state = logbook.layout.state
        let head = state.appendingPathComponent("head")
        switch damage {
        case "truncated head": try Self.change(head) { $0.removeLast(5) }
        case "flipped head": try Self.change(head) { $0[20] ^= 0x01 }
        case "flipped offsets": try Self.change(state.appendingPathComponent("offsets")) { $0[$0.count - 10] ^= 0x01 }
        case "flipped stream": try Self.change(state.appendingPathComponent("streams/notes+2026-001")) { $0[$0.count - 1] ^= 0x80 }
        case "cut stream": try Self.change(state.appendingPathComponent("streams/notes+2026-001")) { $0.removeLast(IndexFiles.streamRecordSize) }
        case "flipped bucket", "no bucket":
            let buckets = state.appendingPathComponent("buckets")
            for name in try FileManager.default.contentsOfDirectory(atPath: buckets.path) {
                if damage == "no bucket" { try FileManager.default.removeItem(at: buckets.appendingPathComponent(name)) }
                else { try Self.change(buckets.appendingPathComponent(name)) { $0[0] ^= 0x01 } }
            }
        case "no offsets": try FileManager.default.removeItem(at: state.appendingPathComponent("offsets"))
        default:
            let saved = try Data(contentsOf: head)
            try logbook.note(by: "lk.bakker", text: "later")
            try Self.change(logbook.layout.log) { bytes in bytes = Array(bytes[..<(bytes.dropLast().lastIndex(of: 0x0A)! + 1)]) }
            try saved.write(to: head)
        }
        try Self.expectMatchesLog(logbook)
    }

    @Test("Single appends extend the saved state when the writer closes or reads it, not one by one")
    func savedWhenClosingOrReading() throws {
        let logbook = try TestLogbook(notes: 3)
        let head = logbook.layout.state.appendingPathComponent("head")
        let savedSeq = { () throws -> Int? in SavedHead(parsing: Array(try Data(contentsOf: head)))?.last.seq }
        let before = try #require(try savedSeq())
        do {
            let writer = try logbook.writer()
            let key = try TestLogbook.key(for: "lk.bakker")
            for text in ["een", "twee"] {
                try writer.append([EventDraft(type: "memo.noted", stream: "memo/1", payload: ["text": .string(text)])], author: "lk.bakker", signingKey: key)
            }
            #expect(try savedSeq() == before)
            #expect(try writer.events(inStream: "memo/1").count == 2)
            #expect(try savedSeq() == before + 2)
            try writer.append([EventDraft(type: "memo.noted", stream: "memo/1", payload: ["text": .string("drie")])], author: "lk.bakker", signingKey: key)
            #expect(try savedSeq() == before + 2)
        }
        #expect(try savedSeq() == before + 3)
        try Self.expectMatchesLog(logbook)
    }

    @Test("A log rewritten under the saved state is read from the first event again")
    func logRewrittenUnderIt() throws {
        let logbook = try TestLogbook(notes: 4)
        let other = try TestLogbook(notes: 7)
        try FileManager.default.removeItem(at: logbook.layout.log)
        try FileManager.default.copyItem(at: other.layout.log, to: logbook.layout.log)
        try Self.expectMatchesLog(logbook)
        #expect(try logbook.writer().events(inStream: "notes/2026-001").count == 7)
    }

    @Test("A log rewritten under the saved state with lines of the same lengths is read from the first event again")
    func logRewrittenInPlace() throws {
        let logbook = try TestLogbook(notes: 4)
        let other = try TestLogbook(notes: 3)
        try other.note(by: "lk.visser", text: "note X")
        #expect(try other.bytes.count == (try logbook.bytes.count))
        try Data(try other.bytes).write(to: logbook.layout.log)
        try Self.expectMatchesLog(logbook)
    }

    @Test(
        "A writer refuses to extend a log with a line signed with another actor's key, with or without a saved state",
        arguments: [true, false])
    func forgedLineIsRefused(keepState: Bool) throws {
        let logbook = try TestLogbook(notes: 3)
        let lines = try Forge.appending(to: try logbook.lines, author: "lk.bakker", keyOwner: "lk.visser")
        try Data(lines.flatMap { $0 + [0x0A] }).write(to: logbook.layout.log)
        if !keepState { try FileManager.default.removeItem(at: logbook.layout.state) }
        #expect {
            try logbook.writer()
        } throws: { error in
            guard case LedgerError.damagedLog(let failure) = error else { return false }
            return failure.code == .badSignature && failure.seq == 7
        }
    }

    @Test("A head left behind by an interrupted save is extended from the log, and entries written beyond it are cut off")
    func staleHeadIsExtended() throws {
        let logbook = try TestLogbook(notes: 2)
        let state = logbook.layout.state
        let saved = try TemporaryFolder.make().appendingPathComponent("state")
        try FileManager.default.copyItem(at: state, to: saved)
        try logbook.note(by: "lk.bakker", text: "one")
        try logbook.note(by: "lk.bakker", text: "two")
        // As a crash after the stream files and offsets were written, before the buckets and the head.
        for name in ["head"] + (try FileManager.default.contentsOfDirectory(atPath: saved.appendingPathComponent("buckets").path)).map({ "buckets/\($0)" }) {
            try FileManager.default.removeItem(at: state.appendingPathComponent(name))
            try FileManager.default.copyItem(at: saved.appendingPathComponent(name), to: state.appendingPathComponent(name))
        }
        try Self.expectMatchesLog(logbook)
        #expect(try logbook.writer().events(inStream: "notes/2026-001").map(\.header.seq) == [4, 5, 6, 7])
    }

    /// Expects a freshly opened writer's state and stream reads to agree with a verification of the whole log.
    private static func expectMatchesLog(_ logbook: TestLogbook, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let folded = try #require(try Verifier().verify(logAt: logbook.layout.log).state)
        let writer = try logbook.writer()
        let state = writer.state
        #expect(state.nextSeq == folded.nextSeq, sourceLocation: sourceLocation)
        #expect(state.headHash == folded.headHash, sourceLocation: sourceLocation)
        #expect(state.lastRecordedAt == folded.lastRecordedAt, sourceLocation: sourceLocation)
        #expect(state.registry == folded.registry, sourceLocation: sourceLocation)
        #expect(Set(try writer.streams()) == Set(folded.streamVersions.keys), sourceLocation: sourceLocation)
        let events = try logbook.lines.map(Forge.event)
        for (stream, version) in folded.streamVersions {
            #expect(try writer.version(of: stream) == version, sourceLocation: sourceLocation)
            #expect(try writer.events(inStream: stream) == events.filter { $0.header.stream == stream }, sourceLocation: sourceLocation)
        }
    }

    private static func change(_ file: URL, _ body: (inout [UInt8]) -> Void) throws {
        var bytes = [UInt8](try Data(contentsOf: file))
        body(&bytes)
        try Data(bytes).write(to: file)
    }
}
