import Foundation
@testable import Sodium
import Testing
@testable import Ledger

/// A new key is never registered without being held: it is sealed and synced before its event is
/// appended, and a crash after any step leaves a key file that opens and matches the registry.
@Suite("Key issuance")
struct KeyIssuanceTests {
    static let cheap = Argon2idLimits(opsLimit: 1, memLimit: 8192)
    static var oldPassphrase: SecretBytes { get throws { try SecretBytes(copying: "oude passphrase") } }
    static var newPassphrase: SecretBytes { get throws { try SecretBytes(copying: "nieuwe passphrase") } }

    /// What is issued: a rotation of lk.bakker's key (by herself) or the enrolment of a new actor.
    enum Issuance: CaseIterable { case rotation, enrolment }

    /// A test logbook whose teacher lk.bakker has a key file, and the new key with its registry event.
    private func prepared(_ issuance: Issuance) throws -> (TestLogbook, RegistryEvent, SealedKey, author: String) {
        let logbook = try TestLogbook()
        try KeyStore(layout: logbook.layout, limits: Self.cheap)
            .store(try TestLogbook.key(for: "lk.bakker"), encryptionKey: try TestLogbook.encryptionKey(for: "lk.bakker"), for: "lk.bakker", passphrase: Self.oldPassphrase)
        switch issuance {
        case .rotation:
            let key = try SealedKey(newKeyFor: "lk.bakker", passphrase: Self.newPassphrase, limits: Self.cheap)
            return (logbook, .keyRotated(actor: "lk.bakker", publicKey: key.publicKey, encryptionKey: key.encryptionKey), key, "lk.bakker")
        case .enrolment:
            let key = try SealedKey(newKeyFor: "lk.degroot", passphrase: Self.newPassphrase, limits: Self.cheap)
            let profile = try ActorProfile(
                id: "lk.degroot", name: "J. de Groot", roles: [.leerkracht], isAdministrator: false, qualifications: [],
                publicKey: key.publicKey, encryptionKey: key.encryptionKey)
            return (logbook, .actorEnrolled(profile), key, "dir.jansen")
        }
    }

    /// The key the registry holds for `actor` opens from `keys/` with the right passphrase (or the actor
    /// is not enrolled and has no key file), and no pending key is left.
    private func expectConsistent(_ logbook: TestLogbook, actor: String, registered: Bool, newKey: SealedKey) throws {
        let keys = KeyStore(layout: logbook.layout)
        #expect(!keys.hasPendingKey(for: actor))
        let registryKey = try logbook.state.registry.actors[actor]?.publicKey
        guard let registryKey else {
            #expect(!keys.hasKey(for: actor))
            return
        }
        let passphrase = try registered ? Self.newPassphrase : Self.oldPassphrase
        #expect(try keys.signingKey(for: actor, passphrase: passphrase).publicKey == registryKey)
        #expect((registryKey == newKey.publicKey) == registered)
        #expect(try logbook.verify().isValid)
    }

    @Test("An issued key opens with its passphrase, matches the registry, and the replaced one is retired", arguments: Issuance.allCases)
    func issued(_ issuance: Issuance) throws {
        let (logbook, event, key, author) = try prepared(issuance)
        let appended = try logbook.writer().append(event, issuing: key, author: author, signingKey: try TestLogbook.key(for: author))
        try expectConsistent(logbook, actor: key.actor, registered: true, newKey: key)
        let retired = FileManager.default.fileExists(atPath: logbook.layout.retiredKeyFile(for: key.actor, replacedAt: appended.header.seq).path)
        #expect(retired == (issuance == .rotation))
    }

    @Test("A crash after any step leaves the registered key in keys/ once the logbook is reopened",
          arguments: Issuance.allCases, LogWriter.KeyIssuanceStep.allCases)
    func crash(_ issuance: Issuance, after step: LogWriter.KeyIssuanceStep) throws {
        let (logbook, event, key, author) = try prepared(issuance)
        let before = try logbook.bytes
        do {
            let writer = try logbook.writer()
            _ = try writer.issue(event, key: key, author: author, signingKey: try TestLogbook.key(for: author), stoppingAfter: step)
        }
        #expect(KeyStore(layout: logbook.layout).hasPendingKey(for: key.actor))
        let installed = try LogWriter(opening: logbook.layout, lockTimeout: 0).installedPendingKeys
        #expect(installed == (step == .appended ? [key.actor] : []))
        if step != .appended { #expect(try logbook.bytes == before) }
        try expectConsistent(logbook, actor: key.actor, registered: step == .appended, newKey: key)
    }

    @Test("A refused event leaves neither a key file nor a pending one")
    func refused() throws {
        let (logbook, event, key, _) = try prepared(.enrolment)
        #expect(throws: LedgerError.self) {
            try logbook.writer().append(event, issuing: key, author: "lk.bakker", signingKey: try TestLogbook.key(for: "lk.bakker"))
        }
        try expectConsistent(logbook, actor: key.actor, registered: false, newKey: key)
    }

    @Test("A key that cannot be written leaves the log unchanged and the old key in place")
    func unwritable() throws {
        let (logbook, event, key, author) = try prepared(.rotation)
        try Data().write(to: logbook.layout.retiredKeys)
        let before = try logbook.bytes
        #expect(throws: LedgerError.self) {
            try logbook.writer().append(event, issuing: key, author: author, signingKey: try TestLogbook.key(for: author))
        }
        #expect(try logbook.bytes == before)
        try expectConsistent(logbook, actor: key.actor, registered: false, newKey: key)
    }

    @Test("An event that does not register the sealed key is refused before anything is written")
    func mismatchedEvent() throws {
        let (logbook, _, key, author) = try prepared(.rotation)
        let other = try SealedKey(newKeyFor: "lk.bakker", passphrase: Self.newPassphrase, limits: Self.cheap)
        #expect(throws: LedgerError.self) {
            try logbook.writer().append(
                .keyRotated(actor: "lk.bakker", publicKey: other.publicKey, encryptionKey: other.encryptionKey), issuing: key, author: author,
                signingKey: try TestLogbook.key(for: author))
        }
        try expectConsistent(logbook, actor: key.actor, registered: false, newKey: key)
        #expect(throws: LedgerError.self) {
            try logbook.writer().append(
                .keyRotated(actor: "lk.bakker", publicKey: key.publicKey, encryptionKey: other.encryptionKey), issuing: key, author: author,
                signingKey: try TestLogbook.key(for: author))
        }
        try expectConsistent(logbook, actor: key.actor, registered: false, newKey: key)
    }

    @Test("A crash while creating a logbook, then init run again: it starts over before logbook.created and finishes the first run after it",
          arguments: LogWriter.KeyIssuanceStep.allCases)
    func crashAtCreation(after step: LogWriter.KeyIssuanceStep) throws {
        let layout = LogbookLayout(directory: try TemporaryFolder.make())
        let recoveryKeyFile = layout.directory.appendingPathExtension("recovery-key")
        func create(_ key: SealedKey, stoppingAfter step: LogWriter.KeyIssuanceStep?) throws {
            let profile = try ActorProfile(
                id: "dir.jansen", name: "M. Jansen", roles: [.directeur], isAdministrator: true, qualifications: [], publicKey: key.publicKey,
                encryptionKey: key.encryptionKey)
            _ = try LogWriter.create(
                at: layout, organisation: "De Klimtoren", administrator: profile, issuing: key, recoveryKeyFile: recoveryKeyFile, stoppingAfter: step)
        }
        let first = try SealedKey(newKeyFor: "dir.jansen", passphrase: Self.newPassphrase, limits: Self.cheap)
        try create(first, stoppingAfter: step)
        #expect(!FileManager.default.fileExists(atPath: recoveryKeyFile.path), "the kill came before the recovery key was put in place")
        let retried = try SealedKey(newKeyFor: "dir.jansen", passphrase: Self.newPassphrase, limits: Self.cheap)
        try create(retried, stoppingAfter: nil)
        let reopened = try LogWriter(opening: layout, lockTimeout: 0)
        let keys = KeyStore(layout: layout)
        #expect(reopened.state.nextSeq == 1)
        #expect(reopened.state.registry.actors["dir.jansen"]?.publicKey == (step == .appended ? first : retried).publicKey)
        #expect(!keys.hasPendingKey(for: "dir.jansen") && keys.hasKey(for: "dir.jansen"))
        #expect(!FileManager.default.fileExists(atPath: RecoveryKeyFile.pending(for: recoveryKeyFile).path))
        _ = try RecoveryKeyFile.read(recoveryKeyFile, expecting: reopened.state.registry.recoveryKey)
        #expect(throws: LedgerError.alreadyExists(path: recoveryKeyFile.path)) { try create(retried, stoppingAfter: nil) }
    }
}
