import Testing
@testable import Sodium

/// Passphrases live in secure memory from the moment they are read: appended byte by byte, compared in
/// constant time, bounded, and handed to Argon2id without ever becoming an array.
@Suite("Secret bytes")
struct SecretBytesTests {
    @Test("Bytes appended one by one derive the same key as the same text copied in")
    func appendedEqualsCopied() throws {
        let appended = SecretBytes()
        for byte in "correct horse".utf8 { #expect(appended.append(byte)) }
        let copied = try SecretBytes(copying: "correct horse")
        #expect(appended.count == 13 && appended.isEqual(to: copied))
        let salt = [UInt8](repeating: 7, count: Argon2idLimits.saltLength)
        let limits = Argon2idLimits(opsLimit: 1, memLimit: 8192)
        let first = try SymmetricKey(derivingFrom: appended, salt: salt, limits: limits)
        let second = try SymmetricKey(derivingFrom: copied, salt: salt, limits: limits)
        let sealed = try XChaCha20Poly1305.seal([1, 2, 3], key: first, nonce: [UInt8](repeating: 0, count: 24), additionalData: [])
        #expect(try XChaCha20Poly1305.open(sealed, key: second, nonce: [UInt8](repeating: 0, count: 24), additionalData: []) == [1, 2, 3])
    }

    @Test("Different secrets, or one a prefix of the other, are not equal; removing the last byte forgets it")
    func equality() throws {
        let secret = try SecretBytes(copying: "geheim\r")
        #expect(!secret.isEqual(to: try SecretBytes(copying: "geheim")))
        #expect(secret.last == 0x0D)
        secret.removeLast()
        #expect(secret.isEqual(to: try SecretBytes(copying: "geheim")))
        #expect(!secret.isEqual(to: try SecretBytes(copying: "geheiM")))
        #expect(SecretBytes().isEqual(to: SecretBytes()))
    }

    @Test("A secret holds at most its capacity; a longer text is refused")
    func capacity() throws {
        let secret = SecretBytes()
        for _ in 0..<SecretBytes.capacity { #expect(secret.append(0x61)) }
        #expect(!secret.append(0x61))
        #expect(secret.count == SecretBytes.capacity)
        #expect(throws: SodiumError.self) { try SecretBytes(copying: String(repeating: "a", count: SecretBytes.capacity + 1)) }
    }
}
