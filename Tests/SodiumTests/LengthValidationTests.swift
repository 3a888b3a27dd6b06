@testable import Sodium
import Testing

@Suite("Length validation")
struct LengthValidationTests {
    @Test("A public key that is not 32 bytes is rejected", arguments: [0, 31, 33, 64])
    func publicKeyLength(count: Int) {
        let error = #expect(throws: SodiumError.self) { try Ed25519PublicKey(bytes: [UInt8](repeating: 7, count: count)) }
        #expect(error?.code == "invalid-length")
    }

    @Test("A seed that is not 32 bytes is rejected", arguments: [0, 31, 33, 64])
    func seedLength(count: Int) {
        let error = #expect(throws: SodiumError.self) { try Ed25519SigningKey(seed: [UInt8](repeating: 7, count: count)) }
        #expect(error?.code == "invalid-length")
    }

    @Test("A symmetric key that is not 32 bytes is rejected", arguments: [0, 16, 31, 33])
    func symmetricKeyLength(count: Int) {
        let error = #expect(throws: SodiumError.self) { try SymmetricKey(bytes: [UInt8](repeating: 7, count: count)) }
        #expect(error?.code == "invalid-length")
    }

    @Test("The error reports the expected and actual lengths")
    func reportedLengths() {
        let error = #expect(throws: SodiumError.self) { try SymmetricKey(bytes: [1, 2, 3]) }
        guard case let .invalidLength(_, expected, actual)? = error else {
            Issue.record("expected invalidLength, got \(String(describing: error))")
            return
        }
        #expect(expected == 32)
        #expect(actual == 3)
    }

    @Test("A signature that is not 64 bytes does not verify", arguments: [0, 63, 65, 128])
    func signatureLength(count: Int) throws {
        let key = try Ed25519SigningKey(seed: [UInt8](repeating: 1, count: 32))
        let message = Array("message".utf8)
        let signature = key.signature(for: message)
        let resized = Array((signature + signature).prefix(count))
        #expect(!key.publicKey.isValidSignature(resized, for: message))
    }

    @Test("A nonce that is not 24 bytes is rejected by seal and open", arguments: [0, 12, 23, 25])
    func nonceLength(count: Int) throws {
        let key = SymmetricKey()
        let nonce = [UInt8](repeating: 0, count: count)
        let sealError = #expect(throws: SodiumError.self) {
            try XChaCha20Poly1305.seal([1, 2, 3], key: key, nonce: nonce, additionalData: [])
        }
        let openError = #expect(throws: SodiumError.self) {
            try XChaCha20Poly1305.open([UInt8](repeating: 0, count: 40), key: key, nonce: nonce, additionalData: [])
        }
        #expect(sealError?.code == "invalid-length")
        #expect(openError?.code == "invalid-length")
    }

    @Test("A nonce that is not 24 bytes is rejected when sealing or unsealing a seed", arguments: [0, 23, 25])
    func sealedSeedNonceLength(count: Int) throws {
        let signingKey = Ed25519SigningKey()
        let key = SymmetricKey()
        let nonce = [UInt8](repeating: 0, count: count)
        let sealError = #expect(throws: SodiumError.self) {
            try signingKey.sealedSeed(with: key, nonce: nonce, additionalData: [])
        }
        let openError = #expect(throws: SodiumError.self) {
            try Ed25519SigningKey(unsealing: [UInt8](repeating: 0, count: 48), with: key, nonce: nonce, additionalData: [])
        }
        #expect(sealError?.code == "invalid-length")
        #expect(openError?.code == "invalid-length")
    }

    @Test("A salt that is not 16 bytes is rejected", arguments: [0, 8, 15, 17, 32])
    func saltLength(count: Int) {
        let limits = Argon2idLimits(opsLimit: 1, memLimit: 8192)
        let error = #expect(throws: SodiumError.self) {
            try SymmetricKey(derivingFrom: try SecretBytes(copying: "pass"), salt: [UInt8](repeating: 0, count: count), limits: limits)
        }
        #expect(error?.code == "invalid-length")
    }
}
