@testable import Sodium
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

    @Test("The known answer of draft-irtf-cfrg-xchacha-03, appendix A.3.1: sealed bytes and tag, and back")
    func knownAnswer() throws {
        let key = try SymmetricKey(bytes: try bytes(hex: "808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f"))
        let nonce = try bytes(hex: "404142434445464748494a4b4c4d4e4f5051525354555657")
        let additionalData = try bytes(hex: "50515253c0c1c2c3c4c5c6c7")
        let plaintext = Array(
            "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.".utf8)
        let expected = try bytes(hex: """
            bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb731c7f1b0b4aa6440bf3a82f4eda7e39ae64c6708c54c216cb96b72e1213b452\
            2f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b2383565d3fff921f9664c97637da9768812f615c68b13b52e\
            c0875924c1c7987947deafd8780acf49
            """)
        #expect(try XChaCha20Poly1305.seal(plaintext, key: key, nonce: nonce, additionalData: additionalData) == expected)
        #expect(try XChaCha20Poly1305.open(expected, key: key, nonce: nonce, additionalData: additionalData) == plaintext)
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
