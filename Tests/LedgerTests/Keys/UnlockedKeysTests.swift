import Foundation
@testable import Sodium
import Testing
@testable import Ledger

/// Unlocked keys are used only while they are the actor's keys in both the key file and the registry; a
/// stale entry is dropped from the kernel keyring, never handed out.
///
/// Test logbooks are seeded, so each is made with the system clock, one after the other, to give it a seq 0, and
/// so a logbook id, of its own (the keyring is shared with every other process of the session); each test locks
/// what it unlocked.
@Suite("Unlocked keys", .serialized, .enabled(if: UnlockedKeys.isAvailable, "the kernel refuses keyrings to this process (a container's seccomp filter?)"))
struct UnlockedKeysTests {
    static let cheap = Argon2idLimits(opsLimit: 1, memLimit: 8192)

    /// A test logbook in which lk.bakker has a key file, with her keys unlocked for a minute.
    private func unlocked() throws -> (TestLogbook, UnlockedKeys) {
        let logbook = try TestLogbook(clock: SystemClock())
        try KeyStore(layout: logbook.layout, limits: Self.cheap).store(
            try TestLogbook.key(for: "lk.bakker"), encryptionKey: try TestLogbook.encryptionKey(for: "lk.bakker"), for: "lk.bakker",
            passphrase: try SecretBytes(copying: "bakker-geheim"))
        let unlocked = try UnlockedKeys(layout: logbook.layout)
        let keys = ActorKeys(signing: try TestLogbook.key(for: "lk.bakker"), encryption: try TestLogbook.encryptionKey(for: "lk.bakker"))
        try unlocked.unlock(keys, for: "lk.bakker", registry: try logbook.state.registry, minutes: 1, userWide: true)
        return (logbook, unlocked)
    }

    /// Whether the kernel still holds an entry of lk.bakker's, sealed or wrapping.
    private func holdsEntry(_ unlocked: UnlockedKeys) throws -> Bool {
        try !KernelKeyring.session().descriptions(startingWith: unlocked.name(of: "lk.bakker")).isEmpty
    }

    @Test("Unlocked keys that are the actor's current keys are handed out, both halves")
    func current() throws {
        let (logbook, unlocked) = try unlocked()
        defer { unlocked.lockAll() }
        let keys = try #require(try unlocked.keys(for: "lk.bakker", registry: { try logbook.state.registry }))
        #expect(keys.signing.publicKey == (try TestLogbook.key(for: "lk.bakker")).publicKey)
        #expect(keys.encryption?.publicKey == (try TestLogbook.encryptionKey(for: "lk.bakker")).publicKey)
    }

    @Test("After a rotation the unlocked old keys are dropped")
    func rotated() throws {
        let (logbook, unlocked) = try unlocked()
        defer { unlocked.lockAll() }
        let key = try SealedKey(newKeyFor: "lk.bakker", passphrase: try SecretBytes(copying: "nieuw-geheim"), limits: Self.cheap)
        try logbook.writer().append(
            .keyRotated(actor: "lk.bakker", publicKey: key.publicKey, encryptionKey: key.encryptionKey), issuing: key, author: "lk.bakker",
            signingKey: try TestLogbook.key(for: "lk.bakker"))
        #expect(try unlocked.keys(for: "lk.bakker", registry: { try logbook.state.registry }) == nil)
        #expect(try !holdsEntry(unlocked))
    }

    @Test("Keys the registry does not hold for the actor are dropped, even if the key file matches")
    func registryDiffers() throws {
        let (_, unlocked) = try unlocked()
        defer { unlocked.lockAll() }
        #expect(try unlocked.keys(for: "lk.bakker", registry: { ActorRegistry() }) == nil)
        #expect(try !holdsEntry(unlocked))
    }

    @Test("The keys of a revoked actor are dropped")
    func revoked() throws {
        let (logbook, unlocked) = try unlocked()
        defer { unlocked.lockAll() }
        try logbook.append(EventDraft(.actorRevoked(actor: "lk.bakker", reason: "vertrokken")), by: "dir.jansen")
        #expect(try unlocked.keys(for: "lk.bakker", registry: { try logbook.state.registry }) == nil)
        #expect(try !holdsEntry(unlocked))
    }

    @Test("Keys the key file does not hold are dropped, even if the registry matches")
    func keyFileDiffers() throws {
        let (logbook, unlocked) = try unlocked()
        defer { unlocked.lockAll() }
        try FileManager.default.removeItem(at: logbook.layout.keyFile(for: "lk.bakker"))
        try KeyStore(layout: logbook.layout, limits: Self.cheap).store(
            Ed25519SigningKey(), encryptionKey: X25519SecretKey(), for: "lk.bakker", passphrase: try SecretBytes(copying: "ander-geheim"))
        #expect(try unlocked.keys(for: "lk.bakker", registry: { try logbook.state.registry }) == nil)
        #expect(try !holdsEntry(unlocked))
    }

    @Test("Unlocking keys the registry does not hold is refused and keeps nothing")
    func unlockStale() throws {
        let logbook = try TestLogbook(clock: SystemClock())
        let unlocked = try UnlockedKeys(layout: logbook.layout)
        defer { unlocked.lockAll() }
        let stranger = ActorKeys(signing: Ed25519SigningKey(), encryption: X25519SecretKey())
        #expect(throws: LedgerError.keyMismatch(actor: "lk.bakker")) {
            try unlocked.unlock(stranger, for: "lk.bakker", registry: try logbook.state.registry, minutes: 1, userWide: true)
        }
        #expect(try !holdsEntry(unlocked))
        #expect(throws: LedgerError.self) {
            try unlocked.unlock(
                stranger, for: "lk.bakker", registry: try logbook.state.registry, minutes: UnlockedKeys.maximumMinutes + 1, userWide: true)
        }
    }

    @Test("lock drops one actor's entry and reports whether there was one")
    func lock() throws {
        let (_, unlocked) = try unlocked()
        defer { unlocked.lockAll() }
        #expect(unlocked.lock("lk.bakker"))
        #expect(!unlocked.lock("lk.bakker"))
        #expect(try !holdsEntry(unlocked))
    }

    @Test("After lock, a copy of the keyring entry read while unlocked does not open the keys")
    func copyAfterLock() throws {
        let (logbook, unlocked) = try unlocked()
        defer { unlocked.lockAll() }
        let keyring = try KernelKeyring.session()
        let entry = try #require(try keyring.find(named: unlocked.name(of: "lk.bakker")))
        let copy = try #require(keyring.payload(of: entry, limit: 4096))
        #expect(unlocked.lock("lk.bakker"))
        try keyring.add(copy, named: unlocked.name(of: "lk.bakker"), seconds: 60)
        #expect(try unlocked.keys(for: "lk.bakker", registry: { try logbook.state.registry }) == nil)
        #expect(try !holdsEntry(unlocked))
    }

    @Test("A garbled entry is a clear error naming it, and is dropped")
    func garbled() throws {
        let (logbook, unlocked) = try unlocked()
        defer { unlocked.lockAll() }
        try KernelKeyring.session().add(SecureBuffer(copying: [2, 0, 1]), named: unlocked.name(of: "lk.bakker"), seconds: 60)
        do {
            _ = try unlocked.keys(for: "lk.bakker", registry: { try logbook.state.registry })
            Issue.record("a garbled entry was accepted")
        } catch let error as LedgerError {
            #expect(error.code == "unlocked-keys-unusable" && error.message.contains(unlocked.name(of: "lk.bakker")))
        }
        #expect(try !holdsEntry(unlocked))
        #expect(!unlocked.lock("lk.bakker"), "its wrapping key is gone too")
    }

    @Test("Without a login-session keyring of its own, unlocking is refused unless the user's keyring is accepted")
    func userWide() throws {
        let logbook = try TestLogbook(clock: SystemClock())
        let unlocked = try UnlockedKeys(layout: logbook.layout)
        defer { unlocked.lockAll() }
        let keys = ActorKeys(signing: try TestLogbook.key(for: "lk.bakker"), encryption: try TestLogbook.encryptionKey(for: "lk.bakker"))
        guard !UnlockedKeys.isLoginSession else {
            try unlocked.unlock(keys, for: "lk.bakker", registry: try logbook.state.registry, minutes: 1)
            return
        }
        #expect(throws: LedgerError.keyring(.notLoginSession)) {
            try unlocked.unlock(keys, for: "lk.bakker", registry: try logbook.state.registry, minutes: 1)
        }
        #expect(try !holdsEntry(unlocked))
    }
}
