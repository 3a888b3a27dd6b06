import Foundation
import Sodium
import Testing
@testable import Ledger
import Meldcode

/// The format's authority table (who may sign which type in which stream), as a staff member with write access to
/// the log could break it: every line below is hashed, chained and signed with its author's own valid key, so only
/// the table tells it apart. `verify` reports each at its seq as `not-authorised` (or `recorded-in-future`), the
/// writer refuses to open the log and no checkpoint is signed over it; every verdict is kept for `tools/verify.py`.
@Suite("Authority table")
struct AuthorityTableTests {
    /// A payload as a case stream stores it: sealed (the verifier reads no more than that it is sealed).
    static let sealed: [String: JSONValue] = [
        "sealed": .integer(1), "epoch": .integer(0), "nonce": .string(Base64.encode([UInt8](repeating: 7, count: 24))),
        "commitment": .string(String(repeating: "cd", count: 32)), "ciphertext": .string(Base64.encode([UInt8](repeating: 9, count: 40))),
    ]

    /// The test logbook (director administrator, IB'er coordinator, two teachers) with case 2026-001 opened by the
    /// IB'er and one sealed signal in it.
    static func caseLog() throws -> [[UInt8]] {
        let logbook = try TestLogbook()
        var lines = try logbook.lines
        lines = try Forge.appending(to: lines, author: "ib.devries", type: "case.opened", stream: "case/2026-001", payload: sealed)
        return try Forge.appending(to: lines, author: "ib.devries", type: "signal.recorded", stream: "case/2026-001", payload: sealed)
    }

    /// The verdict on the lines as a log, kept for `tools/verify.py` unless the lines are only shaped enough for
    /// the table (minimal payloads that a valid log would fail the schemas with).
    static func verdict(_ lines: [[UInt8]], keep: Bool = true) throws -> VerifyReport {
        try LogFile.verify(lines.flatMap { $0 + [0x0A] }, keep: keep)
    }

    static let forbidden: [(label: String, author: String, type: String, stream: String, payload: [String: JSONValue])] = [
        ("a teacher adopts a profile", "lk.bakker", "profile.adopted", "logbook", ["profile": .object(["access": .object(["coordinators": .array([.string("leerkracht")])])])]),
        ("a teacher erases a case", "lk.bakker", "case.erased", "logbook", ["case": .string("2026-001"), "ground": .string("request")]),
        ("a teacher grants themselves access", "lk.bakker", "case.access_granted", "logbook", ["case": .string("2026-001"), "actor": .string("lk.bakker")]),
        ("the IB'er writes a case payload in plain text", "ib.devries", "note.recorded", "case/2026-001", ["text": .string("Sara")]),
        ("a teacher who is no member writes in the case", "lk.bakker", "signal.recorded", "case/2026-001", sealed),
        ("the IB'er opens the case a second time", "ib.devries", "case.opened", "case/2026-001", sealed),
        ("a case begins with another type than case.opened", "lk.bakker", "signal.recorded", "case/2026-002", sealed),
    ]

    @Test("A forbidden line is not-authorised at its seq, though its signature is valid", arguments: 0..<7)
    func forbiddenLine(_ index: Int) throws {
        let line = Self.forbidden[index]
        let base = try Self.caseLog()
        let forged = try Forge.appending(to: base, author: line.author, type: line.type, stream: line.stream, payload: line.payload)
        let report = try Self.verdict(forged)
        #expect(report.failure?.code == .notAuthorised, "\(line.label): \(String(describing: report.failure))")
        #expect(report.failure?.seq == base.count, "\(line.label)")
        let withoutRules = try Verifier().verify(logAt: try Self.write(forged))
        #expect(withoutRules.isValid, "\(line.label): only the authority table refuses it")
    }

    @Test("What the table allows: an administrator's profile and erasure, a coordinator's grant and the grantee's record")
    func allowedLines() throws {
        var lines = try Self.caseLog()
        lines = try Forge.appending(to: lines, author: "ib.devries", type: "case.access_granted", stream: "logbook", payload: ["case": .string("2026-001"), "actor": .string("lk.bakker")])
        lines = try Forge.appending(to: lines, author: "lk.bakker", type: "signal.recorded", stream: "case/2026-001", payload: Self.sealed)
        lines = try Forge.appending(to: lines, author: "lk.visser", type: "case.opened", stream: "case/2026-002", payload: Self.sealed)
        lines = try Forge.appending(to: lines, author: "dir.jansen", type: "profile.adopted", stream: "logbook", payload: ["profile": .object([:])])
        lines = try Forge.appending(to: lines, author: "dir.jansen", type: "case.erased", stream: "logbook", payload: ["case": .string("2026-002")])
        #expect(try Self.verdict(lines, keep: false).isValid)
    }

    @Test("A withdrawal ends a grant; an erased case takes no more events; a profile without the teacher's role ends nothing for the opener")
    func withdrawalAndErasure() throws {
        var lines = try Self.caseLog()
        lines = try Forge.appending(to: lines, author: "ib.devries", type: "case.access_granted", stream: "logbook", payload: ["case": .string("2026-001"), "actor": .string("lk.bakker")])
        lines = try Forge.appending(to: lines, author: "ib.devries", type: "case.access_withdrawn", stream: "logbook", payload: ["case": .string("2026-001"), "actor": .string("lk.bakker")])
        let afterWithdrawal = try Forge.appending(to: lines, author: "lk.bakker", type: "signal.recorded", stream: "case/2026-001", payload: Self.sealed)
        #expect(try Self.verdict(afterWithdrawal).failure?.code == .notAuthorised)
        lines = try Forge.appending(to: lines, author: "dir.jansen", type: "case.erased", stream: "logbook", payload: ["case": .string("2026-001")])
        let afterErasure = try Forge.appending(to: lines, author: "ib.devries", type: "signal.recorded", stream: "case/2026-001", payload: Self.sealed)
        let report = try Self.verdict(afterErasure)
        #expect(report.failure?.code == .notAuthorised && report.failure?.seq == lines.count)
    }

    @Test("A profile that makes teachers coordinators, adopted by the administrator, lets a teacher write in every case")
    func adoptedCoordinators() throws {
        var lines = try Self.caseLog()
        let teachers: JSONValue = .object(["access": .object(["coordinators": .array([.string("leerkracht")])])])
        lines = try Forge.appending(to: lines, author: "dir.jansen", type: "profile.adopted", stream: "logbook", payload: ["profile": teachers])
        let byTeacher = try Forge.appending(to: lines, author: "lk.bakker", type: "signal.recorded", stream: "case/2026-001", payload: Self.sealed)
        #expect(try Self.verdict(byTeacher, keep: false).isValid)
        let byIB = try Forge.appending(to: lines, author: "ib.devries", type: "signal.recorded", stream: "case/2026-001", payload: Self.sealed)
        #expect(try Self.verdict(byIB, keep: false).isValid, "the opener stays a member")
    }

    @Test("An event recorded in 2099 is recorded-in-future at its seq")
    func farFuture() throws {
        let base = try Self.caseLog()
        let forged = try Forge.appending(to: base, author: "lk.bakker", recordedAt: Timestamp("2099-01-01T00:00:00.000Z"))
        let report = try Self.verdict(forged)
        #expect(report.failure?.code == .recordedInFuture && report.failure?.seq == base.count)
    }

    @Test("A hand-written forbidden line stops the writer (damaged log at its seq) and the checkpoint; the log stays as it was")
    func writerRefuses() throws {
        let logbook = try TestLogbook()
        _ = try LogWriter(opening: logbook.layout, lockTimeout: 0, rules: CaseAuthority())
        let last = try Forge.event(try #require(try logbook.lines.last))
        let forged = Forge.line(
            after: last, author: "lk.bakker", key: try TestLogbook.key(for: "lk.bakker"), type: "case.access_granted", stream: "logbook",
            payload: ["case": .string("2026-001"), "actor": .string("lk.bakker")])
        let handle = try FileHandle(forWritingTo: logbook.layout.log)
        try handle.seekToEnd()
        try handle.write(contentsOf: forged + [0x0A])
        try handle.close()
        let before = try logbook.bytes
        #expect { try LogWriter(opening: logbook.layout, lockTimeout: 0, rules: CaseAuthority()) } throws: { error in
            guard case .damagedLog(let failure)? = error as? LedgerError else { return false }
            return failure.code == .notAuthorised && failure.seq == last.header.seq + 1
        }
        #expect(throws: LedgerError.self) {
            try CheckpointIssuer.issue(logbook.layout, signer: "dir.jansen", key: try TestLogbook.key(for: "dir.jansen"), lockTimeout: 0, rules: CaseAuthority())
        }
        #expect(try logbook.bytes == before)
    }

    private static func write(_ lines: [[UInt8]]) throws -> URL {
        let file = try TemporaryFolder.make().appendingPathComponent("log.jsonl")
        try Data(lines.flatMap { $0 + [0x0A] }).write(to: file)
        return file
    }
}
