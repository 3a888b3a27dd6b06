import Foundation
@testable import Sodium
import Testing

/// The C2SP signed-note reference vector (Go `golang.org/x/mod/sumdb/note`), confirmed with Python's `cryptography`.
enum PeterNeumannNote {
    static let name = "PeterNeumann"
    static let signerKeyBase64 = "AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"
    static let verifierKeyBase64 = "ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
    static let keyIDHex = "c74f20a3"
    static let text = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n"
    static let signatureBase64 = "x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM="

    /// Decodes `0x01 ‖ 32 bytes` and returns the 32 bytes.
    static func ed25519Payload(_ base64: String) throws -> [UInt8] {
        let decoded = [UInt8](try #require(Data(base64Encoded: base64)))
        try #require(decoded.count == 33)
        try #require(decoded.first == 0x01)
        return Array(decoded.dropFirst())
    }

    static func seed() throws -> [UInt8] { try ed25519Payload(signerKeyBase64) }
    static func publicKey() throws -> [UInt8] { try ed25519Payload(verifierKeyBase64) }
}

@Suite("C2SP signed note")
struct SignedNoteTests {
    @Test("The signer seed gives the verifier public key")
    func seedGivesPublicKey() throws {
        let key = try Ed25519SigningKey(seed: try PeterNeumannNote.seed())
        #expect(key.publicKey.bytes == (try PeterNeumannNote.publicKey()))
    }

    @Test("The key ID is the first four bytes of SHA-256(name ‖ LF ‖ 0x01 ‖ public key)")
    func keyID() throws {
        let input = Array(PeterNeumannNote.name.utf8) + [0x0A, 0x01] + (try PeterNeumannNote.publicKey())
        #expect(Array(SHA256.hash(input).prefix(4)) == (try bytes(hex: PeterNeumannNote.keyIDHex)))
    }

    @Test("Signing the text reproduces the reference signature line byte for byte")
    func signatureLine() throws {
        let key = try Ed25519SigningKey(seed: try PeterNeumannNote.seed())
        let signature = key.signature(for: Array(PeterNeumannNote.text.utf8))
        let line = Data(try bytes(hex: PeterNeumannNote.keyIDHex) + signature).base64EncodedString()
        #expect(line == PeterNeumannNote.signatureBase64)
    }

    @Test("The verifier public key accepts the reference signature")
    func verifies() throws {
        let decoded = [UInt8](try #require(Data(base64Encoded: PeterNeumannNote.signatureBase64)))
        try #require(decoded.count == 68)
        let publicKey = try Ed25519PublicKey(bytes: try PeterNeumannNote.publicKey())
        #expect(Array(decoded.prefix(4)) == (try bytes(hex: PeterNeumannNote.keyIDHex)))
        #expect(publicKey.isValidSignature(Array(decoded.dropFirst(4)), for: Array(PeterNeumannNote.text.utf8)))
        #expect(!publicKey.isValidSignature(Array(decoded.dropFirst(4)), for: Array((PeterNeumannNote.text + " ").utf8)))
    }
}
