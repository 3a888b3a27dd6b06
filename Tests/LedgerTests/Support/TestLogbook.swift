import Foundation
@testable import Sodium
import Synchronization
@testable import Ledger
import Meldcode

/// A logbook in a fresh temporary folder, with seeded keys, a ticking clock and seeded salts, so that
/// every run writes the same bytes.
final class TestLogbook {
    let layout: LogbookLayout
    private let clock: any WallClock
    private(set) var keys: [String: Ed25519SigningKey] = [:]

    /// The actors every test logbook starts with: a director who administers it, an IB'er and two teachers.
    static let cast: [(id: String, name: String, role: Role, admin: Bool)] = [
        ("dir.jansen", "M. Jansen", .directeur, true),
        ("ib.devries", "A. de Vries", .internBegeleider, false),
        ("lk.bakker", "S. Bakker", .leerkracht, false),
        ("lk.visser", "T. Visser", .leerkracht, false),
    ]

    /// Creates the logbook with the cast enrolled and `notes` plain events by rotating authors.
    init(notes: Int = 0, clock: any WallClock = TickingClock()) throws {
        layout = LogbookLayout(directory: try TemporaryFolder.make())
        let admin = Self.cast[0]
        let adminKey = try Self.key(for: admin.id)
        keys[admin.id] = adminKey
        let profile = try ActorProfile(
            id: admin.id, name: admin.name, roles: [admin.role], isAdministrator: true, qualifications: [],
            publicKey: adminKey.publicKey, encryptionKey: try Self.encryptionKey(for: admin.id).publicKey)
        self.clock = clock
        _ = try LogWriter.create(
            at: layout, organisation: "Basisschool De Klimtoren", administrator: profile, signingKey: adminKey,
            recoveryKey: try Self.recoveryKey.publicKey, clock: clock, random: SeededRandom(seed: 0))
        for member in Self.cast.dropFirst() {
            try enrol(member.id, name: member.name, roles: [member.role], admin: member.admin)
        }
        for index in 0..<notes {
            try note(by: Self.cast[index % Self.cast.count].id, text: "note \(index)")
        }
    }

    /// The deterministic key of an actor id.
    static func key(for id: String) throws -> Ed25519SigningKey {
        try Ed25519SigningKey(seed: SHA256.hash(Array("seed:\(id)".utf8)))
    }

    /// The deterministic X25519 key of an actor id.
    static func encryptionKey(for id: String) throws -> X25519SecretKey {
        try X25519SecretKey(secretBytes: SHA256.hash(Array("box:\(id)".utf8)))
    }

    /// The deterministic recovery key of every test logbook.
    static var recoveryKey: X25519SecretKey {
        get throws { try encryptionKey(for: "recovery") }
    }

    /// Enrols an actor, signed by the director.
    @discardableResult
    func enrol(_ id: String, name: String, roles: [Role], admin: Bool = false, by author: String = "dir.jansen") throws -> Event {
        let key = try Self.key(for: id)
        let profile = try ActorProfile(
            id: id, name: name, roles: roles, isAdministrator: admin, qualifications: [], publicKey: key.publicKey,
            encryptionKey: try Self.encryptionKey(for: id).publicKey)
        let event = try append(EventDraft(.actorEnrolled(profile)), by: author)
        keys[id] = key
        return event
    }

    /// Appends one plain event in stream `notes/2026-001` (a stream outside the meldcode's: any active actor writes there).
    @discardableResult
    func note(by author: String, text: String, stream: String = "notes/2026-001") throws -> Event {
        try append(EventDraft(type: "memo.noted", stream: stream, payload: ["text": .string(text)]), by: author)
    }

    /// Appends one draft signed with the author's key, through a writer opened for just this append.
    @discardableResult
    func append(_ draft: EventDraft, by author: String) throws -> Event {
        let key = try keys[author] ?? Self.key(for: author)
        return try writer().append([draft], author: author, signingKey: key)[0]
    }

    /// Opens a writer on this logbook with the test clock and salts seeded by the next seq.
    func writer() throws -> LogWriter {
        let seq = try LogWriter(opening: layout, lockTimeout: 0).state.nextSeq
        return try LogWriter(opening: layout, clock: clock, random: SeededRandom(seed: UInt64(seq)), lockTimeout: 0)
    }

    /// The state after the last event.
    var state: ChainState { get throws { try LogWriter(opening: layout, lockTimeout: 0).state } }

    /// The log's bytes.
    var bytes: [UInt8] { get throws { [UInt8](try Data(contentsOf: layout.log)) } }

    /// The log's lines, without newlines.
    var lines: [[UInt8]] { get throws { try bytes.split(separator: 0x0A).map(Array.init) } }

    /// Verifies a copy of this log with some lines replaced, and keeps it with its verdict unless `keep` is false.
    func verify(lines: [[UInt8]], batchSize: Int = 4096, keep: Bool = true) throws -> VerifyReport {
        try LogFile.verify(lines.flatMap { $0 + [0x0A] }, batchSize: batchSize, keep: keep)
    }

    /// Verifies a copy of this log as it is on disk, and keeps it with its verdict.
    func verify() throws -> VerifyReport {
        try LogFile.verify(try bytes)
    }
}

/// Verifying raw log bytes written to a temporary file.
enum LogFile {
    /// Verifies the bytes as a log, and keeps them with the verdict (see `Artifacts`) unless `keep` is false.
    static func verify(_ bytes: [UInt8], batchSize: Int = 4096, concurrency: Int = 2, keep: Bool = true) throws -> VerifyReport {
        let folder = try TemporaryFolder.make()
        let file = folder.appendingPathComponent("log.jsonl")
        try Data(bytes).write(to: file)
        var verifier = Verifier(concurrency: concurrency, rules: CaseAuthority())
        verifier.batchSize = batchSize
        let report = try verifier.verify(logAt: file)
        if keep { Artifacts.keep(bytes, verdict: report) }
        return report
    }
}

/// A clock that moves one second forward each time it is read, from 2026-11-23T08:00:00.000Z.
final class TickingClock: WallClock {
    private let current = Mutex<Int64>(Timestamp("2026-11-23T08:00:00.000Z")?.millisecondsSinceEpoch ?? 0)

    func now() -> Timestamp {
        current.withLock { milliseconds in
            milliseconds += 1000
            return Timestamp(millisecondsSinceEpoch: milliseconds)
        }
    }
}

/// Fresh temporary folders.
enum TemporaryFolder {
    static func make() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("logboek-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Keeps every log the ledger tests verify in `$LOGBOEK_TEST_ARTIFACTS`, with the verdict of this verifier (held to
/// the format's whole authority table, as `tools/verify.py` always is), so
/// `tools/test` can validate the valid ones against the JSON Schemas and check that `tools/verify.py` reaches the
/// same verdict on all of them.
///
/// A log is kept as `ledger-<first 16 hex digits of its SHA-256>.jsonl` beside `<same name>.verdict.json`
/// (`{"ok":Bool,"events":N,"code":String|null,"seq":N|null,"line":N|null}`): named by content, so the many
/// identical clean logs the suites verify are kept once.
enum Artifacts {
    static func keep(_ log: [UInt8], verdict report: VerifyReport) {
        guard let folder = ProcessInfo.processInfo.environment["LOGBOEK_TEST_ARTIFACTS"] else { return }
        let name = "ledger-" + SHA256.hash(log).prefix(8).map { String(format: "%02x", $0) }.joined()
        let directory = URL(fileURLWithPath: folder)
        let verdict: [String: Any] = [
            "ok": report.isValid, "events": report.validEventCount,
            "code": report.failure.map { $0.code.rawValue } ?? NSNull(),
            "seq": report.failure.map { $0.seq } ?? NSNull(),
            "line": report.failure.map { $0.line } ?? NSNull(),
        ]
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? Data(log).write(to: directory.appendingPathComponent(name + ".jsonl"), options: .atomic)
        guard let json = try? JSONSerialization.data(withJSONObject: verdict, options: [.sortedKeys]) else { return }
        try? json.write(to: directory.appendingPathComponent(name + ".verdict.json"), options: .atomic)
    }
}
