import Foundation
@testable import Sodium
import Testing
@testable import Ledger

/// Every kind of tampering is caught by `verify` at the right seq with the right code.
@Suite("Tampering")
struct TamperTests {
    /// The seq of the event the field tests change: a plain note by a teacher.
    static let target = 6

    @Test("An untouched log verifies")
    func cleanLogVerifies() throws {
        let logbook = try TestLogbook(notes: 8)
        let report = try logbook.verify(lines: try logbook.lines)
        #expect(report.isValid)
        #expect(report.validEventCount == 12)
        #expect(report.state?.nextSeq == 12)
    }

    @Test(
        "A changed header, hash or signature field is caught at its seq",
        arguments: [
            (["header", "seq"], JSONValue.integer(99), VerifyCode.seqGap),
            (["header", "prev"], .string(String(repeating: "0", count: 64)), .prevMismatch),
            (["header", "recordedAt"], .string("2026-11-23T09:00:00.000Z"), .hashMismatch),
            (["header", "author"], .string("lk.visser"), .hashMismatch),
            (["header", "type"], .string("note.deleted"), .hashMismatch),
            (["header", "stream"], .string("notes/2026-002"), .hashMismatch),
            (["header", "payloadDigest"], .string(String(repeating: "1", count: 64)), .hashMismatch),
            (["header", "v"], .integer(2), .malformedEvent),
            (["payload", "text"], .string("a different note"), .payloadDigestMismatch),
            (["payload", "salt"], .string(String(repeating: "cd", count: 16)), .payloadDigestMismatch),
            (["hash"], .string(String(repeating: "2", count: 64)), .hashMismatch),
            (["sig"], .string(Array(repeating: "A", count: 86).joined() + "=="), .badSignature),
        ])
    func changedField(path: [String], value: JSONValue, code: VerifyCode) throws {
        let logbook = try TestLogbook(notes: 6)
        var lines = try logbook.lines
        lines[Self.target] = try Forge.replacing(path, with: value, in: lines[Self.target])
        let failure = try #require(try logbook.verify(lines: lines).failure)
        #expect(failure.code == code)
        #expect(failure.seq == Self.target)
        #expect(failure.line == Self.target + 1)
    }

    @Test("Flipping any single byte of an event is caught at that event")
    func everyByteFlip() throws {
        let logbook = try TestLogbook(notes: 3)
        let lines = try logbook.lines
        let target = 5
        for offset in lines[target].indices {
            var tampered = lines
            tampered[target][offset] ^= 0x01
            // Every third flip is kept for cross-verification: all of them would be over a thousand files.
            let failure = try #require(
                try logbook.verify(lines: tampered, keep: offset % 3 == 0).failure, "flip at byte \(offset) passed")
            #expect(failure.seq == target, "flip at byte \(offset) reported at seq \(failure.seq)")
        }
    }

    @Test("A deleted line is a gap in seq")
    func deletedLine() throws {
        let logbook = try TestLogbook(notes: 6)
        var lines = try logbook.lines
        lines.remove(at: 5)
        let failure = try #require(try logbook.verify(lines: lines).failure)
        #expect(failure == VerifyFailure(seq: 5, line: 6, code: .seqGap, message: ""))
    }

    @Test("A duplicated line is a gap in seq at the copy")
    func duplicatedLine() throws {
        let logbook = try TestLogbook(notes: 6)
        var lines = try logbook.lines
        lines.insert(lines[5], at: 6)
        let failure = try #require(try logbook.verify(lines: lines).failure)
        #expect(failure == VerifyFailure(seq: 6, line: 7, code: .seqGap, message: ""))
    }

    @Test("Two swapped lines are caught at the first of them")
    func reorderedLines() throws {
        let logbook = try TestLogbook(notes: 6)
        var lines = try logbook.lines
        lines.swapAt(5, 6)
        let failure = try #require(try logbook.verify(lines: lines).failure)
        #expect(failure == VerifyFailure(seq: 5, line: 6, code: .seqGap, message: ""))
    }

    @Test("A validly signed line inserted in the middle breaks the chain right after it")
    func insertedLine() throws {
        let logbook = try TestLogbook(notes: 6)
        var lines = try logbook.lines
        let previous = try Forge.event(lines[4])
        let key = try TestLogbook.key(for: "lk.bakker")
        lines.insert(Forge.line(after: previous, author: "lk.bakker", key: key), at: 5)
        let failure = try #require(try logbook.verify(lines: lines).failure)
        #expect(failure == VerifyFailure(seq: 6, line: 7, code: .seqGap, message: ""))
    }

    @Test("An event re-chained after an inserted one fails on prev")
    func insertedAndRenumbered() throws {
        let logbook = try TestLogbook(notes: 6)
        var lines = try logbook.lines
        let previous = try Forge.event(lines[4])
        lines.insert(Forge.line(after: previous, author: "lk.bakker", key: try TestLogbook.key(for: "lk.bakker")), at: 5)
        lines[6] = try Forge.replacing(["header", "seq"], with: .integer(6), in: lines[6])
        let failure = try #require(try logbook.verify(lines: lines).failure)
        #expect(failure == VerifyFailure(seq: 6, line: 7, code: .prevMismatch, message: ""))
    }

    @Test("A line signed by a key that was never enrolled names an unknown author")
    func unknownAuthor() throws {
        let logbook = try TestLogbook(notes: 2)
        let lines = try Forge.appending(to: try logbook.lines, author: "ghost")
        let failure = try #require(try logbook.verify(lines: lines).failure)
        #expect(failure == VerifyFailure(seq: 6, line: 7, code: .unknownAuthor, message: ""))
    }

    @Test("A line by an enrolled author but signed with another key has a bad signature")
    func wrongKey() throws {
        let logbook = try TestLogbook(notes: 2)
        let lines = try Forge.appending(to: try logbook.lines, author: "lk.bakker", keyOwner: "lk.visser")
        let failure = try #require(try logbook.verify(lines: lines).failure)
        #expect(failure == VerifyFailure(seq: 6, line: 7, code: .badSignature, message: ""))
    }

    @Test("A line signed by a revoked actor is refused from the revocation on")
    func revokedAuthor() throws {
        let logbook = try TestLogbook(notes: 2)
        try logbook.append(EventDraft(.actorRevoked(actor: "lk.visser", reason: "left the school")), by: "dir.jansen")
        let lines = try Forge.appending(to: try logbook.lines, author: "lk.visser")
        let failure = try #require(try logbook.verify(lines: lines).failure)
        #expect(failure == VerifyFailure(seq: 7, line: 8, code: .revokedAuthor, message: ""))
    }

    @Test("A line signed with a key that was rotated away has a bad signature")
    func rotatedKey() throws {
        let logbook = try TestLogbook(notes: 2)
        let newKey = try Ed25519SigningKey(seed: [UInt8](repeating: 9, count: 32))
        try logbook.append(EventDraft(.keyRotated(actor: "lk.bakker", publicKey: newKey.publicKey, encryptionKey: try TestLogbook.encryptionKey(for: "rotated").publicKey)), by: "lk.bakker")
        var lines = try logbook.lines
        let last = try Forge.event(try #require(lines.last))
        lines.append(Forge.line(after: last, author: "lk.bakker", key: try TestLogbook.key(for: "lk.bakker")))
        let failure = try #require(try logbook.verify(lines: lines).failure)
        #expect(failure == VerifyFailure(seq: 7, line: 8, code: .badSignature, message: ""))
        lines[7] = Forge.line(after: last, author: "lk.bakker", key: newKey)
        #expect(try logbook.verify(lines: lines).isValid)
    }

    @Test("An actor enrolled by a non-administrator is not authorised")
    func enrolmentByTeacher() throws {
        let logbook = try TestLogbook(notes: 2)
        let profile = try ActorProfile(
            id: "lk.mol", name: "R. Mol", roles: [.leerkracht], isAdministrator: true, qualifications: [],
            publicKey: try TestLogbook.key(for: "lk.mol").publicKey, encryptionKey: try TestLogbook.encryptionKey(for: "lk.mol").publicKey)
        let lines = try Forge.appending(
            to: try logbook.lines, author: "lk.bakker", type: "actor.enrolled", stream: "logbook", payload: ["actor": profile.json])
        let failure = try #require(try logbook.verify(lines: lines).failure)
        #expect(failure == VerifyFailure(seq: 6, line: 7, code: .notAuthorised, message: ""))
    }

    @Test("A time earlier than the event before is caught")
    func timeWentBack() throws {
        let logbook = try TestLogbook(notes: 2)
        let last = try Forge.event(try #require(try logbook.lines.last))
        let earlier = Timestamp(millisecondsSinceEpoch: last.header.recordedAt.millisecondsSinceEpoch - 1)
        let lines = try Forge.appending(to: try logbook.lines, author: "lk.bakker", recordedAt: earlier)
        let failure = try #require(try logbook.verify(lines: lines).failure)
        #expect(failure == VerifyFailure(seq: 6, line: 7, code: .timeWentBack, message: ""))
    }

    @Test("A line that is valid JSON but not canonical is refused")
    func notCanonical() throws {
        let logbook = try TestLogbook(notes: 2)
        var lines = try logbook.lines
        lines[3] = Array(String(decoding: lines[3], as: UTF8.self).replacingOccurrences(of: "\",\"", with: "\", \"").utf8)
        let failure = try #require(try logbook.verify(lines: lines).failure)
        #expect(failure == VerifyFailure(seq: 3, line: 4, code: .notCanonical, message: ""))
    }

    @Test("A payload without a salt, or an envelope with an extra member, is malformed",
          arguments: [["payload", "salt"], ["extra"]])
    func malformed(path: [String]) throws {
        let logbook = try TestLogbook(notes: 2)
        var lines = try logbook.lines
        lines[4] = path == ["extra"]
            ? try Forge.replacing(path, with: .integer(1), in: lines[4])
            : try Forge.removing(path, from: lines[4])
        let failure = try #require(try logbook.verify(lines: lines).failure)
        #expect(failure == VerifyFailure(seq: 4, line: 5, code: .malformedEvent, message: ""))
    }

    /// A first event: `logbook.created` by `author` naming `administrator`, or another type or stream.
    static func genesis(
        author: String = "dir.jansen", administrator: String = "dir.jansen", isAdministrator: Bool = true,
        type: String = "logbook.created", stream: String = "logbook"
    ) throws -> [UInt8] {
        let profile = try ActorProfile(
            id: administrator, name: "M. Jansen", roles: [.directeur], isAdministrator: isAdministrator, qualifications: [],
            publicKey: try TestLogbook.key(for: administrator).publicKey,
            encryptionKey: try TestLogbook.encryptionKey(for: administrator).publicKey)
        let payload: [String: JSONValue] = [
            "organisation": .string("De Klimtoren"), "administrator": profile.json,
            "recoveryKey": .string(Base64.encode(try TestLogbook.recoveryKey.publicKey.bytes)),
        ]
        return Forge.line(after: nil, author: author, key: try TestLogbook.key(for: author), type: type, stream: stream, payload: payload)
    }

    @Test("A well-formed first event verifies; one of another type or stream, signed by someone other than the administrator it names, or naming a non-administrator, is not authorised",
          arguments: [
            (nil, true), ("memo.noted", false), ("stream", false), ("author", false), ("not-admin", false),
          ] as [(String?, Bool)])
    func genesisRules(change: String?, valid: Bool) throws {
        let line = try Self.genesis(
            author: change == "author" ? "lk.bakker" : "dir.jansen", isAdministrator: change != "not-admin",
            type: change == "memo.noted" ? "memo.noted" : "logbook.created", stream: change == "stream" ? "notes/2026-001" : "logbook")
        let report = try LogFile.verify(line + [0x0A])
        #expect(report.isValid == valid)
        if !valid { #expect(report.failure == VerifyFailure(seq: 0, line: 1, code: .notAuthorised, message: "")) }
    }

    @Test("A log whose first line is missing fails on the seq")
    func genesisMissing() throws {
        let logbook = try TestLogbook(notes: 1)
        let failure = try #require(try logbook.verify(lines: Array(try logbook.lines.dropFirst())).failure)
        #expect(failure == VerifyFailure(seq: 0, line: 1, code: .seqGap, message: ""))
    }

    /// Weak keys: the identity, a point of order 8, and a valid key plus a point of order 8 (base64).
    static let weakKeys = [
        "AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "JuiVj8KyJ7BFw/SJ8u+Y8NXfrAXTxjM5sTgCiG1T/AU=",
        "O1tHXEuC3RVyeZ/FRvTGwD5HjGZUqkx/lFs0fqMq9g0=",
    ]

    @Test("An enrolment or a rotation to a small-order or mixed-order key is malformed, even when an administrator signs it",
          arguments: weakKeys)
    func weakKey(base64: String) throws {
        let logbook = try TestLogbook(notes: 2)
        var profile = try #require(try ActorProfile(
            id: "lk.mol", name: "R. Mol", roles: [.leerkracht], isAdministrator: false, qualifications: [],
            publicKey: try TestLogbook.key(for: "lk.mol").publicKey, encryptionKey: try TestLogbook.encryptionKey(for: "lk.mol").publicKey).json.objectValue)
        profile["publicKey"] = .string(base64)
        let enrolment = try Forge.appending(
            to: try logbook.lines, author: "dir.jansen", type: "actor.enrolled", stream: "logbook", payload: ["actor": .object(profile)])
        #expect(try logbook.verify(lines: enrolment).failure == VerifyFailure(seq: 6, line: 7, code: .malformedEvent, message: ""))
        let rotation = try Forge.appending(
            to: try logbook.lines, author: "lk.bakker", type: "actor.key_rotated", stream: "logbook",
            payload: ["actor": .string("lk.bakker"), "publicKey": .string(base64)])
        #expect(try logbook.verify(lines: rotation).failure == VerifyFailure(seq: 6, line: 7, code: .malformedEvent, message: ""))
    }

    @Test("A payload integer at ±(2^53 − 1) verifies; one beyond it is not canonical JSON", arguments: [1, -1])
    func integerBounds(sign: Int64) throws {
        let logbook = try TestLogbook(notes: 2)
        let largest = sign * PayloadLimits.maximumInteger
        let lines = try Forge.appending(to: try logbook.lines, author: "lk.bakker", payload: ["n": .integer(largest)])
        #expect(try logbook.verify(lines: lines).isValid)
        var beyond = lines
        let text = String(decoding: beyond[6], as: UTF8.self)
        beyond[6] = Array(text.replacingOccurrences(of: "\(largest)", with: "\(largest + sign)").utf8)
        #expect(try logbook.verify(lines: beyond).failure == VerifyFailure(seq: 6, line: 7, code: .notCanonical, message: ""))
    }

    @Test("An empty log fails as empty")
    func emptyLog() throws {
        let failure = try #require(try LogFile.verify([]).failure)
        #expect(failure.code == .emptyLog)
    }

    @Test("The lowest failing seq is reported even when a later one is found first",
          arguments: [1, 3, 4096])
    func lowestFailureWins(batchSize: Int) throws {
        let logbook = try TestLogbook(notes: 20)
        var lines = try logbook.lines
        lines[9] = try Forge.replacing(["sig"], with: .string(Array(repeating: "A", count: 86).joined() + "=="), in: lines[9])
        lines[12] = try Forge.replacing(["header", "prev"], with: .string(String(repeating: "0", count: 64)), in: lines[12])
        let failure = try #require(try logbook.verify(lines: lines, batchSize: batchSize).failure)
        #expect(failure == VerifyFailure(seq: 9, line: 10, code: .badSignature, message: ""))
    }
}
