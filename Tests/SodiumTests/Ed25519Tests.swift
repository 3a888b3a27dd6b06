@testable import Sodium
import Testing

/// RFC 8032 §7.1 TEST 1–3; each was confirmed with Python's `cryptography` Ed25519 implementation.
struct Ed25519Vector: Sendable, CustomTestStringConvertible {
    let name: String
    let seedHex: String
    let publicKeyHex: String
    let messageHex: String
    let signatureHex: String

    var testDescription: String { name }

    static let rfc8032: [Ed25519Vector] = [
        Ed25519Vector(
            name: "TEST 1",
            seedHex: "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
            publicKeyHex: "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
            messageHex: "",
            signatureHex: "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
        ),
        Ed25519Vector(
            name: "TEST 2",
            seedHex: "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
            publicKeyHex: "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c",
            messageHex: "72",
            signatureHex: "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"
        ),
        Ed25519Vector(
            name: "TEST 3",
            seedHex: "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
            publicKeyHex: "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025",
            messageHex: "af82",
            signatureHex: "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a"
        ),
    ]
}

@Suite("Ed25519")
struct Ed25519Tests {
    @Test("The seed gives the RFC 8032 public key", arguments: Ed25519Vector.rfc8032)
    func publicKeyFromSeed(vector: Ed25519Vector) throws {
        let key = try Ed25519SigningKey(seed: try bytes(hex: vector.seedHex))
        #expect(key.publicKey.bytes == (try bytes(hex: vector.publicKeyHex)))
    }

    @Test("Signing reproduces the RFC 8032 signature", arguments: Ed25519Vector.rfc8032)
    func signatureMatches(vector: Ed25519Vector) throws {
        let key = try Ed25519SigningKey(seed: try bytes(hex: vector.seedHex))
        #expect(key.signature(for: try bytes(hex: vector.messageHex)) == (try bytes(hex: vector.signatureHex)))
    }

    @Test("The RFC 8032 signature verifies", arguments: Ed25519Vector.rfc8032)
    func verifies(vector: Ed25519Vector) throws {
        let publicKey = try Ed25519PublicKey(bytes: try bytes(hex: vector.publicKeyHex))
        #expect(publicKey.isValidSignature(try bytes(hex: vector.signatureHex), for: try bytes(hex: vector.messageHex)))
    }

    @Test("A flipped bit in the signature is rejected", arguments: Ed25519Vector.rfc8032)
    func flippedSignature(vector: Ed25519Vector) throws {
        let publicKey = try Ed25519PublicKey(bytes: try bytes(hex: vector.publicKeyHex))
        let message = try bytes(hex: vector.messageHex)
        let signature = try bytes(hex: vector.signatureHex)
        for index in [0, 31, 32, 63] {
            #expect(!publicKey.isValidSignature(flippingBit(0, ofByteAt: index, in: signature), for: message))
        }
    }

    @Test("A flipped bit in the message is rejected", arguments: Ed25519Vector.rfc8032)
    func flippedMessage(vector: Ed25519Vector) throws {
        let publicKey = try Ed25519PublicKey(bytes: try bytes(hex: vector.publicKeyHex))
        let message = try bytes(hex: vector.messageHex)
        let signature = try bytes(hex: vector.signatureHex)
        let altered = message.isEmpty ? [0x00] : flippingBit(3, ofByteAt: message.count - 1, in: message)
        #expect(!publicKey.isValidSignature(signature, for: altered))
    }

    @Test("A flipped bit in the public key is rejected: as a key, or by the signature", arguments: Ed25519Vector.rfc8032)
    func flippedKey(vector: Ed25519Vector) throws {
        let altered = flippingBit(1, ofByteAt: 0, in: try bytes(hex: vector.publicKeyHex))
        guard let alteredKey = try? Ed25519PublicKey(bytes: altered) else { return }
        #expect(!alteredKey.isValidSignature(try bytes(hex: vector.signatureHex), for: try bytes(hex: vector.messageHex)))
    }

    /// Small-order points (libsodium's list, RFC 8032 encodings) and non-canonical encodings of y.
    static let weakKeys = [
        "0100000000000000000000000000000000000000000000000000000000000000",  // the identity (order 1)
        "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",  // order 2
        "0000000000000000000000000000000000000000000000000000000000000000",  // order 4
        "0000000000000000000000000000000000000000000000000000000000000080",  // order 4, other sign
        "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",  // order 8
        "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",  // order 8
        "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",  // y = p, not canonical
        "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",  // y = p + 1, not canonical
        "0200000000000000000000000000000000000000000000000000000000000000",  // y = 2: not on the curve
        "3b5b475c4b82dd1572799fc546f4c6c03e478c6654aa4c7f945b347ea32af60d",  // RFC 8032 test 1 key + an order-8 point
    ]

    @Test("A small-order, non-canonical or off-curve public key is refused", arguments: weakKeys)
    func weakKey(hex: String) throws {
        #expect(throws: SodiumError.weakPublicKey) { try Ed25519PublicKey(bytes: try bytes(hex: hex)) }
    }

    @Test("A fresh random key signs messages that its public key verifies")
    func randomKey() {
        let key = Ed25519SigningKey()
        let message = Array("entry 1".utf8)
        let signature = key.signature(for: message)
        #expect(signature.count == Ed25519SigningKey.signatureLength)
        #expect(key.publicKey.isValidSignature(signature, for: message))
        #expect(key.publicKey != Ed25519SigningKey().publicKey)
    }

    @Test("Key and signature lengths are the Ed25519 sizes")
    func lengths() {
        #expect(Ed25519PublicKey.length == 32)
        #expect(Ed25519SigningKey.seedLength == 32)
        #expect(Ed25519SigningKey.signatureLength == 64)
    }
}
