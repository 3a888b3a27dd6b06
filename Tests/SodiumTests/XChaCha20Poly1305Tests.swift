import Sodium
import Testing

@Suite("XChaCha20-Poly1305")
struct XChaCha20Poly1305Tests {
    let key = SymmetricKey()
    let nonce = SecureRandom.bytes(count: XChaCha20Poly1305.nonceLength)
    let additionalData = Array("logboek v1".utf8)
    let plaintext = Array("the quick brown fox".utf8)

    func sealed() throws -> [UInt8] {
        try XChaCha20Poly1305.seal(plaintext, key: key, nonce: nonce, additionalData: additionalData)
    }

    func openError(_ sealed: [UInt8], key: SymmetricKey? = nil, nonce: [UInt8]? = nil, additionalData: [UInt8]? = nil) -> SodiumError? {
        #expect(throws: SodiumError.self) {
            try XChaCha20Poly1305.open(
                sealed, key: key ?? self.key, nonce: nonce ?? self.nonce, additionalData: additionalData ?? self.additionalData
            )
        }
    }

    @Test("Nonce and tag have the XChaCha20-Poly1305-IETF sizes")
    func lengths() {
        #expect(XChaCha20Poly1305.nonceLength == 24)
        #expect(XChaCha20Poly1305.tagLength == 16)
        #expect(SymmetricKey.length == 32)
    }

    @Test("Opening a sealed message gives back the plaintext")
    func roundTrip() throws {
        let sealed = try sealed()
        #expect(sealed.count == plaintext.count + XChaCha20Poly1305.tagLength)
        #expect(Array(sealed.prefix(plaintext.count)) != plaintext)
        #expect(try XChaCha20Poly1305.open(sealed, key: key, nonce: nonce, additionalData: additionalData) == plaintext)
    }

    @Test("An empty plaintext with empty additional data round-trips")
    func emptyRoundTrip() throws {
        let sealed = try XChaCha20Poly1305.seal([], key: key, nonce: nonce, additionalData: [])
        #expect(sealed.count == XChaCha20Poly1305.tagLength)
        #expect(try XChaCha20Poly1305.open(sealed, key: key, nonce: nonce, additionalData: []) == [])
    }

    @Test("A flipped bit in the ciphertext fails authentication", arguments: [0, 7, 18])
    func flippedCiphertext(index: Int) throws {
        let error = openError(flippingBit(0, ofByteAt: index, in: try sealed()))
        #expect(error?.code == "authentication-failed")
    }

    @Test("A flipped bit in the tag fails authentication", arguments: [0, 15])
    func flippedTag(offset: Int) throws {
        let sealed = try sealed()
        let error = openError(flippingBit(7, ofByteAt: plaintext.count + offset, in: sealed))
        #expect(error?.code == "authentication-failed")
    }

    @Test("A truncated message fails authentication", arguments: [0, 1, 15, 34])
    func truncated(count: Int) throws {
        let error = openError(Array(try sealed().prefix(count)))
        #expect(error?.code == "authentication-failed")
    }

    @Test("The wrong key fails authentication")
    func wrongKey() throws {
        #expect(openError(try sealed(), key: SymmetricKey())?.code == "authentication-failed")
    }

    @Test("The wrong nonce fails authentication")
    func wrongNonce() throws {
        #expect(openError(try sealed(), nonce: flippingBit(0, ofByteAt: 23, in: nonce))?.code == "authentication-failed")
    }

    @Test("The wrong additional data fails authentication")
    func wrongAdditionalData() throws {
        #expect(openError(try sealed(), additionalData: Array("logboek v2".utf8))?.code == "authentication-failed")
        #expect(openError(try sealed(), additionalData: [])?.code == "authentication-failed")
    }

    @Test("A key made from known bytes seals exactly like another key from the same bytes")
    func keyFromBytes() throws {
        let keyBytes = [UInt8](repeating: 0x42, count: 32)
        let first = try XChaCha20Poly1305.seal(plaintext, key: try SymmetricKey(bytes: keyBytes), nonce: nonce, additionalData: [])
        let second = try XChaCha20Poly1305.seal(plaintext, key: try SymmetricKey(bytes: keyBytes), nonce: nonce, additionalData: [])
        #expect(first == second)
    }
}
