@testable import Sodium
import Testing

@Suite("X25519 key pairs and sealed boxes")
struct X25519Tests {
    // RFC 7748 §6.1: Alice's and Bob's private keys and the public keys X25519 gives them.
    static let alicePrivate = "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a"
    static let alicePublic = "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a"
    static let bobPrivate = "5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb"
    static let bobPublic = "de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f"
    /// A box sealed to Bob's public key by libsodium's `crypto_box_seal`, holding the bytes 0, 1, …, 31.
    static let boxForBob = "ce28ed2d910a6df54b4986f610d65da9ee3812dec18e8629b090e707de79557a"
        + "da69b09ca521d986f621e7b4ba0710f4cb2c1504463af715f762b27e7261c6f5ff60211a2ae98ca0e09dc87f892f7f84"

    @Test("The public key of a known secret is the one RFC 7748 §6.1 gives", arguments: [
        (alicePrivate, alicePublic), (bobPrivate, bobPublic),
    ])
    func rfc7748(secret: String, expected: String) throws {
        let key = try X25519SecretKey(secretBytes: bytes(hex: secret))
        #expect(key.publicKey.bytes == (try bytes(hex: expected)))
    }

    @Test("A box sealed by libsodium to RFC 7748's Bob opens with Bob's secret to the sealed bytes")
    func knownBox() throws {
        let bob = try X25519SecretKey(secretBytes: bytes(hex: Self.bobPrivate))
        let opened = try bob.openSealedBox(bytes(hex: Self.boxForBob))
        let expected = try SymmetricKey(bytes: Array(0..<32))
        let nonce = [UInt8](repeating: 1, count: XChaCha20Poly1305.nonceLength)
        let message = Array("same key".utf8)
        let sealed = try XChaCha20Poly1305.seal(message, key: opened, nonce: nonce, additionalData: [])
        #expect(try XChaCha20Poly1305.open(sealed, key: expected, nonce: nonce, additionalData: []) == message)
    }

    @Test("A sealed box opens to the same key with the recipient's secret, and with no other")
    func roundTrip() throws {
        let recipient = X25519SecretKey()
        let caseKey = SymmetricKey()
        let box = try recipient.publicKey.sealedBox(containing: caseKey)
        #expect(box.count == SymmetricKey.length + X25519PublicKey.sealedBoxOverhead)
        let nonce = SecureRandom.bytes(count: XChaCha20Poly1305.nonceLength)
        let sealed = try XChaCha20Poly1305.seal([1, 2, 3], key: caseKey, nonce: nonce, additionalData: [])
        let opened = try recipient.openSealedBox(box)
        #expect(try XChaCha20Poly1305.open(sealed, key: opened, nonce: nonce, additionalData: []) == [1, 2, 3])
        let error = #expect(throws: SodiumError.self) { try X25519SecretKey().openSealedBox(box) }
        #expect(error?.code == "authentication-failed")
    }

    @Test("A sealed box with any bit flipped, or cut short, is refused", arguments: [0, 31, 32, 79])
    func tampered(byte: Int) throws {
        let recipient = X25519SecretKey()
        let box = try recipient.publicKey.sealedBox(containing: SymmetricKey())
        #expect(throws: SodiumError.authenticationFailed) { try recipient.openSealedBox(flippingBit(3, ofByteAt: byte, in: box)) }
        #expect(throws: SodiumError.authenticationFailed) { try recipient.openSealedBox(Array(box.dropLast())) }
    }

    @Test("Sealing to a small-order public key is refused")
    func smallOrderRecipient() throws {
        let zero = try X25519PublicKey(bytes: [UInt8](repeating: 0, count: 32))
        #expect(throws: SodiumError.weakPublicKey) { try zero.sealedBox(containing: SymmetricKey()) }
        #expect(throws: SodiumError.self) { try X25519PublicKey(bytes: [1, 2, 3]) }
    }

    @Test("A secret sealed under a passphrase key opens to the same key pair, and not with the wrong data")
    func sealedSecret() throws {
        let original = X25519SecretKey()
        let key = SymmetricKey()
        let nonce = SecureRandom.bytes(count: XChaCha20Poly1305.nonceLength)
        let sealed = try original.sealedSecret(with: key, nonce: nonce, additionalData: [7])
        #expect(sealed.count == X25519SecretKey.length + XChaCha20Poly1305.tagLength)
        let restored = try X25519SecretKey(unsealing: sealed, with: key, nonce: nonce, additionalData: [7])
        #expect(restored.publicKey == original.publicKey)
        #expect(restored.exportedSecretBytes() == original.exportedSecretBytes())
        #expect(throws: SodiumError.authenticationFailed) {
            try X25519SecretKey(unsealing: sealed, with: key, nonce: nonce, additionalData: [8])
        }
    }
}
