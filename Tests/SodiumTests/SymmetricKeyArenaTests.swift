@testable import Sodium
import Testing

@Suite("Symmetric keys held in an arena")
struct SymmetricKeyArenaTests {
    @Test("Keys opened into an arena, more than one region holds, each open what their own key seals; a refused box leaves no key")
    func manyKeys() throws {
        let recipient = X25519SecretKey()
        let arena = SymmetricKeyArena()
        let nonce = SecureRandom.bytes(count: XChaCha20Poly1305.nonceLength)
        let count = SymmetricKeyArena.keysPerRegion + 3
        let originals = (0..<count).map { _ in SymmetricKey() }
        let opened = try originals.map { try recipient.openSealedBox(try recipient.publicKey.sealedBox(containing: $0), in: arena) }
        for (index, (original, key)) in zip(originals, opened).enumerated() {
            let sealed = try XChaCha20Poly1305.seal([UInt8(index % 256)], key: original, nonce: nonce, additionalData: [])
            #expect(try XChaCha20Poly1305.open(sealed, key: key, nonce: nonce, additionalData: []) == [UInt8(index % 256)])
        }
        let box = try X25519SecretKey().publicKey.sealedBox(containing: SymmetricKey())
        #expect(throws: SodiumError.authenticationFailed) { try recipient.openSealedBox(box, in: arena) }
    }

    @Test("A key released from an arena zeroes its slot; the keys beside it stay as they were")
    func releasedKeyIsWiped() throws {
        let recipient = X25519SecretKey()
        let arena = SymmetricKeyArena()
        let kept = try recipient.openSealedBox(try recipient.publicKey.sealedBox(containing: SymmetricKey()), in: arena)
        var released: SymmetricKey? = try recipient.openSealedBox(try recipient.publicKey.sealedBox(containing: SymmetricKey()), in: arena)
        let slot = try #require(released).withUnsafeKeyPointer { $0 }
        #expect(UnsafeBufferPointer(start: slot, count: SymmetricKey.length).contains { $0 != 0 })
        released = nil
        #expect(UnsafeBufferPointer(start: slot, count: SymmetricKey.length).allSatisfy { $0 == 0 })
        #expect(kept.withUnsafeKeyPointer { UnsafeBufferPointer(start: $0, count: SymmetricKey.length).contains { $0 != 0 } })
    }
}
