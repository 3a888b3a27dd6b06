import Foundation
@testable import Sodium
import Testing
@testable import Ledger

/// Appending: every refusal leaves the log byte-identical; accepted events are sealed exactly as the format says.
@Suite("Appending")
struct LogWriterTests {
    @Test("Each event line carries the envelope of the format, hashed and signed as specified")
    func envelopeFormat() throws {
        let logbook = try TestLogbook(notes: 1)
        let lines = try logbook.lines
        for (seq, line) in lines.enumerated() {
            let json = try CanonicalJSON.parseCanonical(line)
            #expect(Set(try #require(json.objectValue).keys) == ["header", "payload", "hash", "sig"])
            let header = try #require(json["header"])
            #expect(Set(try #require(header.objectValue).keys)
                == ["v", "seq", "prev", "recordedAt", "author", "type", "stream", "payloadDigest"])
            #expect(header["seq"]?.integerValue == Int64(seq))
            let headerBytes = CanonicalJSON.encode(header)
            let hash = SHA256.hash([0x00] + headerBytes)
            #expect(json["hash"]?.stringValue == Hex.encode(hash))
            let payloadDigest = SHA256.hash(CanonicalJSON.encode(try #require(json["payload"])))
            #expect(header["payloadDigest"]?.stringValue == Hex.encode(payloadDigest))
            let signatureText = try #require(json["sig"]?.stringValue)
            let signature = try #require(Base64.decode(signatureText))
            let author = try #require(header["author"]?.stringValue)
            let message = Array("logboek/event/v1".utf8) + [0x00] + hash
            #expect(try TestLogbook.key(for: author).publicKey.isValidSignature(signature, for: message))
            if seq == 0 { #expect(header["prev"]?.stringValue == String(repeating: "0", count: 64)) }
        }
    }

    @Test("Every payload gets its own random salt")
    func saltsDiffer() throws {
        let logbook = try TestLogbook(notes: 3)
        let salts = try logbook.lines.map { try CanonicalJSON.parse($0)["payload"]?["salt"]?.stringValue }
        #expect(Set(salts).count == salts.count)
        #expect(salts.allSatisfy { ($0?.count ?? 0) == 32 })
    }

    @Test("The writer's state survives reopening")
    func reopen() throws {
        let logbook = try TestLogbook(notes: 5)
        let writer = try logbook.writer()
        let event = try writer.append(
            [EventDraft(type: "memo.noted", stream: "notes/2026-001", payload: [:])],
            author: "lk.bakker", signingKey: try TestLogbook.key(for: "lk.bakker"))[0]
        let stateAfterAppend = writer.state
        _ = consume writer
        let reopened = try logbook.state
        #expect(reopened.nextSeq == 10)
        #expect(reopened.headHash == event.hash)
        #expect(reopened.headHash == stateAfterAppend.headHash)
        #expect(try logbook.writer().version(of: "notes/2026-001") == 6)
        #expect(reopened.registry == stateAfterAppend.registry)
    }

    @Test("Time never goes back when the clock steps back a little (within the 5 minutes a clock may run ahead)")
    func clockGoingBack() throws {
        let logbook = try TestLogbook(notes: 1)
        let lastTime = try #require(try logbook.state.lastRecordedAt)
        let behind = Timestamp(millisecondsSinceEpoch: lastTime.millisecondsSinceEpoch - 60_000)
        let late = try LogWriter(opening: logbook.layout, clock: FixedClock(behind), lockTimeout: 0)
        let event = try late.append(
            [EventDraft(type: "memo.noted", stream: "notes/2026-001", payload: [:])],
            author: "lk.bakker", signingKey: try TestLogbook.key(for: "lk.bakker"))[0]
        #expect(event.header.recordedAt == lastTime)
    }

    @Test("A writer whose last event lies further ahead of its clock than 5 minutes refuses to append (recorded-in-future), writing nothing")
    func lastEventFarAhead() throws {
        let logbook = try TestLogbook(notes: 1)
        let before = try logbook.bytes
        let lastTime = try #require(try logbook.state.lastRecordedAt)
        let behind = Timestamp(millisecondsSinceEpoch: lastTime.millisecondsSinceEpoch - 6 * 60_000)
        let late = try LogWriter(opening: logbook.layout, clock: FixedClock(behind), lockTimeout: 0)
        let draft = EventDraft(type: "memo.noted", stream: "notes/2026-001", payload: [:])
        #expect {
            try late.append([draft], author: "lk.bakker", signingKey: try TestLogbook.key(for: "lk.bakker"))
        } throws: { error in
            (error as? LedgerError)?.code == VerifyCode.recordedInFuture.rawValue
        }
        #expect(try logbook.bytes == before)
    }

    @Test("A batch is all or nothing: one refused draft writes none of them and leaves the writer's state as it was")
    func batchIsAtomic() throws {
        let logbook = try TestLogbook(notes: 1)
        let before = try logbook.bytes
        let drafts = [
            EventDraft(type: "memo.noted", stream: "notes/2026-001", payload: [:]),
            EventDraft(type: "memo.noted", stream: "notes/2026-009", payload: [:]),
            EventDraft(.actorRevoked(actor: "lk.visser", reason: "not allowed for a teacher")),
        ]
        let writer = try logbook.writer()
        let versionBefore = try writer.version(of: "notes/2026-001")
        let stateBefore = writer.state
        #expect(throws: LedgerError.self) {
            try writer.append(drafts, author: "lk.bakker", signingKey: try TestLogbook.key(for: "lk.bakker"))
        }
        #expect(try logbook.bytes == before)
        Self.expectSame(writer.state, stateBefore)
        #expect(writer.state.streamVersions["notes/2026-009"] == nil)
        let next = try writer.append(
            [EventDraft(type: "memo.noted", stream: "notes/2026-001", payload: [:], expectedVersion: versionBefore)],
            author: "lk.bakker", signingKey: try TestLogbook.key(for: "lk.bakker"))[0]
        #expect(next.header.seq == stateBefore.nextSeq)
        #expect(next.header.previousHash == stateBefore.headHash)
        _ = consume writer
        #expect(try Verifier().verify(logAt: logbook.layout.log).failure == nil)
    }

    @Test("Checking drafts folds nothing into the writer's state, accepted or refused")
    func checkLeavesStateAlone() throws {
        let logbook = try TestLogbook(notes: 2)
        let writer = try logbook.writer()
        _ = try writer.version(of: "notes/2026-001")
        let stateBefore = writer.state
        let key = try TestLogbook.key(for: "lk.bakker")
        try writer.check([EventDraft(type: "memo.noted", stream: "notes/2026-077", payload: [:])], author: "lk.bakker", signingKey: key)
        Self.expectSame(writer.state, stateBefore)
        #expect(throws: LedgerError.self) {
            try writer.check(
                [EventDraft(type: "memo.noted", stream: "notes/2026-001", payload: [:]), EventDraft(type: "Bad", stream: "x", payload: [:])],
                author: "lk.bakker", signingKey: key)
        }
        Self.expectSame(writer.state, stateBefore)
    }

    /// Expects two chain states to agree in every field.
    private static func expectSame(_ state: ChainState, _ expected: ChainState, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(state.nextSeq == expected.nextSeq, sourceLocation: sourceLocation)
        #expect(state.headHash == expected.headHash, sourceLocation: sourceLocation)
        #expect(state.lastRecordedAt == expected.lastRecordedAt, sourceLocation: sourceLocation)
        #expect(state.registry == expected.registry, sourceLocation: sourceLocation)
        for stream in Set(state.streamVersions.keys).union(expected.streamVersions.keys) {
            #expect(state.streamVersions[stream] ?? 0 == expected.streamVersions[stream] ?? 0, "\(stream)", sourceLocation: sourceLocation)
        }
    }

    @Test(
        "Refused drafts leave the log byte-identical",
        arguments: [
            (EventDraft(type: "Note", stream: "notes/1", payload: [:]), "invalid-input"),
            (EventDraft(type: "memo.noted", stream: "Case 1", payload: [:]), "invalid-input"),
            (EventDraft(type: "memo.noted", stream: "notes/1", payload: ["salt": .string("00")]), "invalid-input"),
            (EventDraft(type: "memo.noted", stream: "notes/1", payload: ["n": .integer(1 << 53)]), "invalid-input"),
            (EventDraft(type: "memo.noted", stream: "notes/2026-001", payload: [:], expectedVersion: 3), "version-conflict"),
            (EventDraft(type: "logbook.created", stream: "logbook", payload: ["organisation": .string("x")]), "invalid-input"),
        ])
    func refusedDraft(draft: EventDraft, code: String) throws {
        let logbook = try TestLogbook(notes: 1)
        let before = try logbook.bytes
        let writer = try logbook.writer()
        #expect {
            try writer.append([draft], author: "lk.bakker", signingKey: try TestLogbook.key(for: "lk.bakker"))
        } throws: { error in
            (error as? LedgerError)?.code == code
        }
        #expect(try logbook.bytes == before)
    }

    @Test("An expected stream version that matches is accepted")
    func expectedVersionMatches() throws {
        let logbook = try TestLogbook(notes: 2)
        let version = try logbook.writer().version(of: "notes/2026-001")
        let event = try logbook.append(
            EventDraft(type: "memo.noted", stream: "notes/2026-001", payload: [:], expectedVersion: version), by: "lk.bakker")
        #expect(event.header.seq == 6)
        #expect(try logbook.writer().version(of: "notes/2026-001") == version + 1)
    }

    @Test("A second writer waits for the lock and then fails clearly")
    func lockIsExclusive() throws {
        let logbook = try TestLogbook()
        let holder = try logbook.writer()
        #expect(throws: LedgerError.locked(seconds: 0.2)) {
            _ = try LogWriter(opening: logbook.layout, lockTimeout: 0.2)
        }
        _ = consume holder
        #expect(throws: Never.self) { _ = try LogWriter(opening: logbook.layout, lockTimeout: 0.2) }
    }

    @Test("A key that is not the author's registered key is refused")
    func keyMismatch() throws {
        let logbook = try TestLogbook()
        let before = try logbook.bytes
        let writer = try logbook.writer()
        #expect(throws: LedgerError.keyMismatch(actor: "lk.bakker")) {
            try writer.append(
                [EventDraft(type: "memo.noted", stream: "notes/1", payload: [:])], author: "lk.bakker",
                signingKey: try TestLogbook.key(for: "lk.visser"))
        }
        #expect(try logbook.bytes == before)
    }

    @Test("Creating a logbook where one exists is refused")
    func createTwice() throws {
        let logbook = try TestLogbook()
        let admin = try TestLogbook.key(for: "dir.jansen")
        let profile = try ActorProfile(
            id: "dir.jansen", name: "M. Jansen", roles: [.directeur], isAdministrator: true, qualifications: [],
            publicKey: admin.publicKey, encryptionKey: try TestLogbook.encryptionKey(for: "dir.jansen").publicKey)
        let layout = logbook.layout
        let before = try logbook.bytes
        #expect(throws: LedgerError.alreadyExists(path: layout.log.path)) {
            _ = try LogWriter.create(at: layout, organisation: "Other", administrator: profile, signingKey: admin,
                recoveryKey: try TestLogbook.recoveryKey.publicKey)
        }
        #expect(try logbook.bytes == before)
    }
}
