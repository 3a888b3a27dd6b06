import Foundation
import Ledger
@testable import Sodium
@testable import Meldcode

/// A real logbook on disk with a director (administrator), an IB'er and two teachers, into which tests
/// append meldcode events the way the CLI does: fold the log, admit, append. Logs that verify are kept
/// in `$LOGBOEK_TEST_ARTIFACTS` for `tools/validate-schemas.py`.
final class MeldcodeLogbook {
    let layout: LogbookLayout
    private let clock = FixedClock(CaseFixture.now)

    init() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("meldcode-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        layout = LogbookLayout(directory: folder)
        let admin = try profile("dir.jansen", "M. Jansen", .directeur, admin: true)
        _ = try LogWriter.create(
            at: layout, organisation: "Basisschool De Klimtoren", administrator: admin, signingKey: try Self.key("dir.jansen"),
            recoveryKey: try Self.encryptionKey("recovery").publicKey, clock: clock, random: SeededRandom(seed: 1))
        let writer = try LogWriter(opening: layout, clock: clock, random: SeededRandom(seed: 2), lockTimeout: 0)
        let others = [("ib.devries", "A. de Vries", Role.internBegeleider), ("lk.bakker", "S. Bakker", .leerkracht), ("lk.visser", "T. Visser", .leerkracht)]
        let drafts = try others.map { EventDraft(.actorEnrolled(try profile($0.0, $0.1, $0.2, admin: false))) }
        try writer.append(drafts, author: "dir.jansen", signingKey: try Self.key("dir.jansen"))
    }

    static func key(_ id: String) throws -> Ed25519SigningKey {
        try Ed25519SigningKey(seed: SHA256.hash(Array("seed:\(id)".utf8)))
    }

    static func encryptionKey(_ id: String) throws -> X25519SecretKey {
        try X25519SecretKey(secretBytes: SHA256.hash(Array("box:\(id)".utf8)))
    }

    private func profile(_ id: String, _ name: String, _ role: Role, admin: Bool) throws -> ActorProfile {
        try ActorProfile(id: id, name: name, roles: [role], isAdministrator: admin, qualifications: [], publicKey: try Self.key(id).publicKey,
            encryptionKey: try Self.encryptionKey(id).publicKey)
    }

    /// The casebook folded from the log as it is.
    func casebook() throws -> Casebook {
        var events = [RecordedEvent]()
        let report = try Verifier(checksSignatures: false).verify(logAt: layout.log, onEvent: { events.append(RecordedEvent($0)) })
        guard report.isValid else { throw FixtureError.missing("a valid log") }
        return Casebook(events)
    }

    /// Admits drafts against the log and appends them as one batch, holding the writer's lock throughout.
    @discardableResult
    func record(_ drafts: [EventDraft], by author: String = CaseFixture.author) throws -> [Event] {
        let writer = try LogWriter(opening: layout, clock: clock, random: SeededRandom(seed: 3), lockTimeout: 0)
        var book = try casebook()
        for (index, draft) in drafts.enumerated() {
            try book.record(draft, seq: writer.state.nextSeq + index, author: author, at: clock.now())
        }
        return try writer.append(drafts, author: author, signingKey: try Self.key(author))
    }

    /// The log's bytes.
    var bytes: Data { get throws { try Data(contentsOf: layout.log) } }

    /// Keeps a copy of the log for schema validation by `tools/test`.
    func keepForSchemaValidation() throws {
        try TestArtifacts.keep(log: try bytes)
    }
}
