@testable import Sodium
import Testing

@Suite("Sealed Ed25519 seed")
struct SealedSeedTests {
    let signingKey = Ed25519SigningKey()
    let key = SymmetricKey()
    let nonce = SecureRandom.bytes(count: XChaCha20Poly1305.nonceLength)
    let additionalData = Array("signing-key".utf8)

    @Test("Unsealing a sealed seed gives a key with the same public key that signs the same")
    func roundTrip() throws {
        let sealed = try signingKey.sealedSeed(with: key, nonce: nonce, additionalData: additionalData)
        #expect(sealed.count == Ed25519SigningKey.seedLength + XChaCha20Poly1305.tagLength)
        let restored = try Ed25519SigningKey(unsealing: sealed, with: key, nonce: nonce, additionalData: additionalData)
        #expect(restored.publicKey == signingKey.publicKey)
        let message = Array("entry".utf8)
        #expect(restored.signature(for: message) == signingKey.signature(for: message))
    }

    @Test("The sealed seed is the seed encrypted under the key")
    func sealsTheSeed() throws {
        let seed = [UInt8](repeating: 9, count: 32)
        let sealed = try Ed25519SigningKey(seed: seed).sealedSeed(with: key, nonce: nonce, additionalData: additionalData)
        #expect(try XChaCha20Poly1305.open(sealed, key: key, nonce: nonce, additionalData: additionalData) == seed)
    }

    @Test("Unsealing with the wrong key fails authentication")
    func wrongKey() throws {
        let sealed = try signingKey.sealedSeed(with: key, nonce: nonce, additionalData: additionalData)
        let error = #expect(throws: SodiumError.self) {
            try Ed25519SigningKey(unsealing: sealed, with: SymmetricKey(), nonce: nonce, additionalData: additionalData)
        }
        #expect(error?.code == "authentication-failed")
    }

    @Test("Unsealing with the wrong additional data or a flipped bit fails authentication")
    func tampered() throws {
        let sealed = try signingKey.sealedSeed(with: key, nonce: nonce, additionalData: additionalData)
        let wrongData = #expect(throws: SodiumError.self) {
            try Ed25519SigningKey(unsealing: sealed, with: key, nonce: nonce, additionalData: [])
        }
        let flipped = #expect(throws: SodiumError.self) {
            try Ed25519SigningKey(
                unsealing: flippingBit(2, ofByteAt: 5, in: sealed), with: key, nonce: nonce, additionalData: additionalData
            )
        }
        #expect(wrongData?.code == "authentication-failed")
        #expect(flipped?.code == "authentication-failed")
    }

    @Test("A sealed seed of the wrong length fails authentication", arguments: [0, 16, 47, 49])
    func wrongLength(count: Int) throws {
        let sealed = try signingKey.sealedSeed(with: key, nonce: nonce, additionalData: additionalData)
        let resized = Array((sealed + [0]).prefix(count))
        let error = #expect(throws: SodiumError.self) {
            try Ed25519SigningKey(unsealing: resized, with: key, nonce: nonce, additionalData: additionalData)
        }
        #expect(error?.code == "authentication-failed")
    }
}
