import Foundation
@testable import Sodium
import Testing

@Suite("Argon2id key derivation")
struct Argon2idTests {
    /// Small costs so the tests run fast: `crypto_pwhash_OPSLIMIT_MIN` passes and `crypto_pwhash_MEMLIMIT_MIN` bytes.
    let limits = Argon2idLimits(opsLimit: 1, memLimit: 8192)
    let salt = Array("logboek-salt-16b".utf8)
    let nonce = [UInt8](repeating: 0x24, count: 24)
    let probe = Array("known plaintext".utf8)

    /// Seals a fixed plaintext so two keys can be compared without exposing their bytes.
    func fingerprint(of key: SymmetricKey) throws -> [UInt8] {
        try XChaCha20Poly1305.seal(probe, key: key, nonce: nonce, additionalData: [])
    }

    func derive(_ passphrase: String, salt: [UInt8]? = nil, limits: Argon2idLimits? = nil) throws -> SymmetricKey {
        try SymmetricKey(derivingFrom: try SecretBytes(copying: passphrase), salt: salt ?? self.salt, limits: limits ?? self.limits)
    }

    @Test("The same passphrase, salt and limits give the same key")
    func deterministic() throws {
        #expect(try fingerprint(of: derive("correct horse")) == fingerprint(of: derive("correct horse")))
    }

    @Test("A different passphrase gives a different key")
    func differentPassphrase() throws {
        #expect(try fingerprint(of: derive("correct horse")) != fingerprint(of: derive("correct hors")))
    }

    @Test("A different salt gives a different key")
    func differentSalt() throws {
        let otherSalt = flippingBit(0, ofByteAt: 15, in: salt)
        #expect(try fingerprint(of: derive("correct horse")) != fingerprint(of: derive("correct horse", salt: otherSalt)))
    }

    @Test("Different limits give a different key")
    func differentLimits() throws {
        let heavier = Argon2idLimits(opsLimit: 2, memLimit: 8192)
        #expect(try fingerprint(of: derive("correct horse")) != fingerprint(of: derive("correct horse", limits: heavier)))
    }

    @Test("An empty passphrase still derives a key")
    func emptyPassphrase() throws {
        #expect(try fingerprint(of: derive("")) != fingerprint(of: derive("x")))
    }

    /// Produced independently with argon2-cffi 25.1:
    /// `argon2.low_level.hash_secret_raw(b"correct horse battery staple", b"logboek-salt-16b",
    ///  time_cost=2, memory_cost=8, parallelism=1, hash_len=32, type=Type.ID).hex()`
    @Test("Derivation matches an independent Argon2id known answer")
    func knownAnswer() throws {
        let expected = try bytes(hex: "90ae19c4796ee40d62997a35932816f517393c563f0f8fc34c5a880bffd2c1ee")
        let derived = try derive("correct horse battery staple", limits: Argon2idLimits(opsLimit: 2, memLimit: 8192))
        #expect(try fingerprint(of: derived) == fingerprint(of: SymmetricKey(bytes: expected)))
    }

    @Test("Limits below the libsodium minimum fail key derivation")
    func limitsTooLow() {
        for tooLow in [Argon2idLimits(opsLimit: 0, memLimit: 8192), Argon2idLimits(opsLimit: 1, memLimit: 1024)] {
            let error = #expect(throws: SodiumError.self) { try derive("pass", limits: tooLow) }
            #expect(error?.code == "key-derivation-failed")
        }
    }

    @Test("The named limits are libsodium's Argon2id interactive and moderate costs")
    func namedLimits() {
        #expect(Argon2idLimits.interactive == Argon2idLimits(opsLimit: 2, memLimit: 64 << 20))
        #expect(Argon2idLimits.moderate == Argon2idLimits(opsLimit: 3, memLimit: 256 << 20))
        #expect(Argon2idLimits.saltLength == 16)
    }

    @Test("Limits survive a JSON round trip")
    func codable() throws {
        let data = try JSONEncoder().encode(Argon2idLimits.moderate)
        #expect(try JSONDecoder().decode(Argon2idLimits.self, from: data) == .moderate)
    }
}
