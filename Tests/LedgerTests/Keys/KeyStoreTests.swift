import Foundation
@testable import Sodium
import Testing
@testable import Ledger

/// Private keys are sealed with the holder's passphrase and open only with it.
@Suite("Key store")
struct KeyStoreTests {
    static let cheap = Argon2idLimits(opsLimit: 1, memLimit: 8192)

    private func store() throws -> KeyStore {
        KeyStore(layout: LogbookLayout(directory: try TemporaryFolder.make()), limits: Self.cheap)
    }

    @Test("A stored key opens with its passphrase and gives the same key")
    func roundTrip() throws {
        let keys = try store()
        let key = Ed25519SigningKey()
        try keys.store(key, encryptionKey: X25519SecretKey(), for: "ib.devries", passphrase: try SecretBytes(copying: "correct horse"))
        let opened = try keys.signingKey(for: "ib.devries", passphrase: try SecretBytes(copying: "correct horse"))
        #expect(opened.publicKey == key.publicKey)
    }

    @Test("A wrong passphrase is refused")
    func wrongPassphrase() throws {
        let keys = try store()
        try keys.store(Ed25519SigningKey(), encryptionKey: X25519SecretKey(), for: "ib.devries", passphrase: try SecretBytes(copying: "correct horse"))
        #expect(throws: LedgerError.wrongPassphrase(actor: "ib.devries")) {
            _ = try keys.signingKey(for: "ib.devries", passphrase: try SecretBytes(copying: "battery staple"))
        }
    }

    @Test("The key file holds neither the seed nor the passphrase in the clear")
    func nothingInTheClear() throws {
        let keys = try store()
        let seed = [UInt8](repeating: 0x5A, count: 32)
        try keys.store(try Ed25519SigningKey(seed: seed), encryptionKey: X25519SecretKey(), for: "ib.devries", passphrase: try SecretBytes(copying: "correct horse"))
        let file = [UInt8](try Data(contentsOf: keys.layout.keyFile(for: "ib.devries")))
        let text = String(decoding: file, as: UTF8.self)
        #expect(!text.contains("correct horse"))
        #expect(!text.contains(Base64.encode(seed)))
        #expect(!text.contains(Hex.encode(seed)))
    }

    @Test("A key file copied to another actor's name is refused")
    func copiedKeyFile() throws {
        let keys = try store()
        try keys.store(Ed25519SigningKey(), encryptionKey: X25519SecretKey(), for: "ib.devries", passphrase: try SecretBytes(copying: "correct horse"))
        try FileManager.default.copyItem(at: keys.layout.keyFile(for: "ib.devries"), to: keys.layout.keyFile(for: "lk.bakker"))
        #expect {
            _ = try keys.signingKey(for: "lk.bakker", passphrase: try SecretBytes(copying: "correct horse"))
        } throws: { error in
            (error as? LedgerError)?.code == "damaged-key-file"
        }
    }

    @Test("A tampered sealed key is refused")
    func tamperedKeyFile() throws {
        let keys = try store()
        try keys.store(Ed25519SigningKey(), encryptionKey: X25519SecretKey(), for: "ib.devries", passphrase: try SecretBytes(copying: "correct horse"))
        let url = keys.layout.keyFile(for: "ib.devries")
        var json = try CanonicalJSON.parse([UInt8](try Data(contentsOf: url))).objectValue ?? [:]
        let sealedText = try #require(json["sealedSeed"]?.stringValue)
        var sealed = try #require(Base64.decode(sealedText))
        sealed[0] ^= 1
        json["sealedSeed"] = .string(Base64.encode(sealed))
        try Data(CanonicalJSON.encode(.object(json))).write(to: url)
        #expect(throws: LedgerError.wrongPassphrase(actor: "ib.devries")) {
            _ = try keys.signingKey(for: "ib.devries", passphrase: try SecretBytes(copying: "correct horse"))
        }
    }

    @Test("The encryption half of a key file opens with the signing half, and is refused if swapped or absent from its binding")
    func encryptionHalf() throws {
        let keys = try store()
        let secret = try X25519SecretKey(secretBytes: [UInt8](repeating: 0x6B, count: 32))
        try keys.store(Ed25519SigningKey(), encryptionKey: secret, for: "ib.devries", passphrase: try SecretBytes(copying: "correct horse"))
        try keys.store(Ed25519SigningKey(), encryptionKey: X25519SecretKey(), for: "lk.bakker", passphrase: try SecretBytes(copying: "correct horse"))
        let text = String(decoding: try Data(contentsOf: keys.layout.keyFile(for: "ib.devries")), as: UTF8.self)
        #expect(!text.contains(Base64.encode(secret.exportedSecretBytes())))
        #expect(text.contains(Base64.encode(secret.publicKey.bytes)))
        _ = try keys.signingKey(for: "ib.devries", passphrase: try SecretBytes(copying: "correct horse"))
        let own = try CanonicalJSON.parse([UInt8](try Data(contentsOf: keys.layout.keyFile(for: "ib.devries")))).objectValue ?? [:]
        let other = try CanonicalJSON.parse([UInt8](try Data(contentsOf: keys.layout.keyFile(for: "lk.bakker")))).objectValue ?? [:]
        var swapped = own
        swapped["encryption"] = other["encryption"]
        try Data(CanonicalJSON.encode(.object(swapped))).write(to: keys.layout.keyFile(for: "ib.devries"))
        #expect(throws: LedgerError.wrongPassphrase(actor: "ib.devries")) {
            _ = try keys.signingKey(for: "ib.devries", passphrase: try SecretBytes(copying: "correct horse"))
        }
        var dropped = own
        dropped["encryption"] = nil
        try Data(CanonicalJSON.encode(.object(dropped))).write(to: keys.layout.keyFile(for: "ib.devries"))
        #expect(throws: LedgerError.wrongPassphrase(actor: "ib.devries")) {
            _ = try keys.signingKey(for: "ib.devries", passphrase: try SecretBytes(copying: "correct horse"))
        }
    }

    @Test("Storing never overwrites an existing key file")
    func storeNeverOverwrites() throws {
        let keys = try store()
        let first = Ed25519SigningKey()
        try keys.store(first, encryptionKey: nil, for: "ib.devries", passphrase: try SecretBytes(copying: "correct horse"))
        #expect(throws: LedgerError.alreadyExists(path: keys.layout.keyFile(for: "ib.devries").path)) {
            try keys.store(Ed25519SigningKey(), encryptionKey: X25519SecretKey(), for: "ib.devries", passphrase: try SecretBytes(copying: "battery staple"))
        }
        #expect(try keys.signingKey(for: "ib.devries", passphrase: try SecretBytes(copying: "correct horse")).publicKey == first.publicKey)
    }

    @Test("A key file asking for an unbounded Argon2id cost is damaged, refused before any derivation",
          arguments: [("opsLimit", Int64(1) << 31), ("opsLimit", 0), ("memLimit", Int64(1) << 40), ("memLimit", 1024)])
    func hostileCost(member: String, value: Int64) throws {
        let keys = try store()
        try keys.store(Ed25519SigningKey(), encryptionKey: X25519SecretKey(), for: "ib.devries", passphrase: try SecretBytes(copying: "correct horse"))
        let file = keys.layout.keyFile(for: "ib.devries")
        var json = try #require(try CanonicalJSON.parse([UInt8](try Data(contentsOf: file))).objectValue)
        var kdf = try #require(json["kdf"]?.objectValue)
        kdf[member] = .integer(value)
        json["kdf"] = .object(kdf)
        try Data(CanonicalJSON.encode(.object(json)) + [0x0A]).write(to: file)
        let error = #expect(throws: LedgerError.self) { _ = try keys.signingKey(for: "ib.devries", passphrase: try SecretBytes(copying: "correct horse")) }
        #expect(error?.code == "damaged-key-file")
    }

    @Test("A missing key is reported as missing")
    func missingKey() throws {
        let keys = try store()
        #expect(throws: LedgerError.missingKey(actor: "nobody")) {
            _ = try keys.signingKey(for: "nobody", passphrase: SecretBytes())
        }
    }
}
