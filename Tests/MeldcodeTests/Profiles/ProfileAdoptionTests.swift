import Foundation
import Ledger
@testable import Sodium
import Testing
@testable import Meldcode

/// `profile.adopted`: only an administrator adopts, and the fold gives the profile in force as of any seq.
@Suite("Profile adoption")
struct ProfileAdoptionTests {
    @Test("An administrator's adoption is valid and yields the profile it carries")
    func administratorAdopts() throws {
        let logbook = try AdoptionLogbook()
        let draft = ProfileAdoption.draft(adopting: .klimtoren, reason: "vastgesteld 19 juni 2023")
        #expect(try ProfileAdoption.validate(draft, author: "dir.jansen", registry: logbook.writer().state.registry) == .klimtoren)
    }

    @Test("A teacher, an unknown actor and a revoked administrator are refused with profile-adoption-not-administrator",
          arguments: ["lk.bakker", "onbekend", "dir.oud"])
    func othersRefused(author: String) throws {
        let logbook = try AdoptionLogbook()
        let registry = try logbook.writer().state.registry
        #expect(throws: ProfileError.notAdministrator(actor: author)) {
            try ProfileAdoption.validate(ProfileAdoption.draft(adopting: .klimtoren), author: author, registry: registry)
        }
    }

    @Test("A draft in another stream, of another type, or with an unknown member is refused with profile-adoption-invalid")
    func malformedDrafts() throws {
        let registry = try AdoptionLogbook().writer().state.registry
        let good = ProfileAdoption.draft(adopting: .innoord)
        let drafts = [
            EventDraft(type: good.type, stream: "case/2026-001", payload: good.payload),
            EventDraft(type: "profile.chosen", stream: good.stream, payload: good.payload),
            EventDraft(type: good.type, stream: good.stream, payload: good.payload.merging(["salt": .string("00")]) { $1 }),
            EventDraft(type: good.type, stream: good.stream, payload: [:]),
        ]
        for draft in drafts {
            let error = #expect(throws: ProfileError.self) { try ProfileAdoption.validate(draft, author: "dir.jansen", registry: registry) }
            #expect(error?.code == "profile-adoption-invalid")
        }
    }

    @Test("A draft whose profile is broken is refused with the profile's own code")
    func brokenProfile() throws {
        let registry = try AdoptionLogbook().writer().state.registry
        var profile = try #require(ProtocolProfile.pro8.json.objectValue)
        profile["extra"] = .bool(true)
        let draft = EventDraft(type: ProfileAdoption.eventType.rawValue, stream: "logbook", payload: ["profile": .object(profile)])
        let error = #expect(throws: ProfileError.self) { try ProfileAdoption.validate(draft, author: "dir.jansen", registry: registry) }
        #expect(error?.code == "profile-unknown-member")
    }

    @Test("The fold gives the basismodel before any adoption and the last adoption at or before each seq after")
    func profileAsOfEverySeq() throws {
        let logbook = try AdoptionLogbook()
        let first = try logbook.adopt(.klimtoren)
        try logbook.note()
        let second = try logbook.adopt(.innoord)
        let events = try logbook.events()
        let history = try ProfileHistory(events)
        #expect(history.adoptions.map(\.seq) == [first, second])
        #expect(history.adoptions.map(\.author) == ["dir.jansen", "dir.jansen"])
        for seq in 0..<events.count {
            let expected: ProtocolProfile = seq < first ? .basismodel : seq < second ? .klimtoren : .innoord
            #expect(history.profile(asOf: seq) == expected, "seq \(seq)")
            #expect(try ProfileHistory(events.prefix(seq + 1)).current == expected, "prefix to seq \(seq)")
        }
        #expect(ProfileHistory().current == .basismodel)
    }

    @Test("An adoption in another stream does not count, and a recorded adoption with a broken profile fails the fold")
    func foldIgnoresAndRefuses() throws {
        let logbook = try AdoptionLogbook()
        try logbook.append(EventDraft(type: ProfileAdoption.eventType.rawValue, stream: "case/2026-001", payload: ["profile": ProtocolProfile.pro8.json]))
        #expect(try ProfileHistory(logbook.events()).adoptions.isEmpty)
        try logbook.append(EventDraft(type: ProfileAdoption.eventType.rawValue, stream: "logbook", payload: ["profile": .string("pro8")]))
        let error = #expect(throws: ProfileError.self) { try ProfileHistory(logbook.events()) }
        #expect(error?.code == "profile-wrong-type")
    }
}

/// A small logbook on disk: an administrator `dir.jansen`, a teacher `lk.bakker`, and a revoked administrator `dir.oud`.
struct AdoptionLogbook {
    let layout: LogbookLayout

    init() throws {
        layout = LogbookLayout(
            directory: FileManager.default.temporaryDirectory.appendingPathComponent("logboek-profiles-\(UUID().uuidString)"))
        let admin = try ActorProfile(
            id: "dir.jansen", name: "M. Jansen", roles: [.directeur], isAdministrator: true, qualifications: [],
            publicKey: Self.key("dir.jansen").publicKey, encryptionKey: try MeldcodeLogbook.encryptionKey("dir.jansen").publicKey)
        _ = try LogWriter.create(
            at: layout, organisation: "KC De Klimtoren", administrator: admin, signingKey: Self.key("dir.jansen"),
            recoveryKey: try MeldcodeLogbook.encryptionKey("recovery").publicKey)
        try enrol("lk.bakker", role: .leerkracht, admin: false)
        try enrol("dir.oud", role: .directeur, admin: true)
        try append(EventDraft(.actorRevoked(actor: "dir.oud", reason: "vertrokken")))
    }

    static func key(_ id: String) throws -> Ed25519SigningKey {
        try Ed25519SigningKey(seed: SHA256.hash(Array("seed:\(id)".utf8)))
    }

    func writer() throws -> LogWriter { try LogWriter(opening: layout, lockTimeout: 0) }

    private func enrol(_ id: String, role: Role, admin: Bool) throws {
        let profile = try ActorProfile(
            id: id, name: id, roles: [role], isAdministrator: admin, qualifications: [], publicKey: Self.key(id).publicKey,
            encryptionKey: try MeldcodeLogbook.encryptionKey(id).publicKey)
        try append(EventDraft(.actorEnrolled(profile)))
    }

    /// Appends a draft signed by the administrator; returns its seq.
    @discardableResult
    func append(_ draft: EventDraft, by author: String = "dir.jansen") throws -> Int {
        try writer().append([draft], author: author, signingKey: Self.key(author))[0].header.seq
    }

    /// Validates and appends an adoption by the administrator; returns its seq.
    func adopt(_ profile: ProtocolProfile) throws -> Int {
        let draft = ProfileAdoption.draft(adopting: profile)
        _ = try ProfileAdoption.validate(draft, author: "dir.jansen", registry: writer().state.registry)
        return try append(draft)
    }

    func note() throws {
        try append(EventDraft(type: "memo.noted", stream: "case/2026-001", payload: ["text": .string("notitie")]), by: "lk.bakker")
    }

    /// The events of the log, in order.
    func events() throws -> [Event] {
        var events = [Event]()
        let report = try Verifier().verify(logAt: layout.log, onEvent: { events.append($0) })
        guard report.isValid else { throw ParsingFixtureError(path: layout.log.path) }
        return events
    }
}
