import Sodium
import Testing

/// FIPS 180 / RFC 6234 test vectors; each digest was confirmed with Python's `hashlib.sha256`.
struct SHA256Vector: Sendable, CustomTestStringConvertible {
    let name: String
    let message: [UInt8]
    let digestHex: String

    var testDescription: String { name }

    static let all: [SHA256Vector] = [
        SHA256Vector(
            name: "empty",
            message: [],
            digestHex: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        ),
        SHA256Vector(
            name: "abc",
            message: Array("abc".utf8),
            digestHex: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        ),
        SHA256Vector(
            name: "448 bits",
            message: Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8),
            digestHex: "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
        SHA256Vector(
            name: "896 bits",
            message: Array(
                ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
                    + "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu").utf8
            ),
            digestHex: "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
        ),
        SHA256Vector(
            name: "one million a",
            message: [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000),
            digestHex: "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        ),
    ]
}

@Suite("SHA-256")
struct SHA256Tests {
    @Test("One-shot hashing matches the FIPS 180 vectors", arguments: SHA256Vector.all)
    func oneShot(vector: SHA256Vector) throws {
        #expect(SHA256.hash(vector.message) == (try bytes(hex: vector.digestHex)))
    }

    @Test("Incremental hashing matches the FIPS 180 vectors", arguments: SHA256Vector.all)
    func incremental(vector: SHA256Vector) throws {
        var hasher = SHA256Hasher()
        for chunk in stride(from: 0, to: vector.message.count, by: 1000) {
            hasher.update(Array(vector.message[chunk..<min(chunk + 1000, vector.message.count)]))
        }
        #expect(hasher.finalize() == (try bytes(hex: vector.digestHex)))
    }

    @Test("The digest is 32 bytes")
    func digestLength() {
        #expect(SHA256.digestLength == 32)
        #expect(SHA256.hash([1, 2, 3]).count == 32)
    }

    @Test("Incremental hashing over random splits equals one-shot hashing", arguments: 1...20)
    func randomSplits(seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        let message = (0..<Int.random(in: 0...600, using: &generator)).map { _ in
            UInt8.random(in: .min ... .max, using: &generator)
        }
        var hasher = SHA256Hasher()
        var start = 0
        while start < message.count {
            let end = min(message.count, start + Int.random(in: 0...70, using: &generator))
            if end - start == 1, Bool.random(using: &generator) {
                hasher.update(message[start])
            } else {
                hasher.update(Array(message[start..<end]))
            }
            start = end
        }
        #expect(hasher.finalize() == SHA256.hash(message))
    }

    @Test("Finalizing resets the hasher to the empty message")
    func finalizeResets() {
        var hasher = SHA256Hasher()
        hasher.update(Array("abc".utf8))
        _ = hasher.finalize()
        hasher.update(Array("xyz".utf8))
        #expect(hasher.finalize() == SHA256.hash(Array("xyz".utf8)))
    }

    @Test("Hashing with a prefix byte equals hashing the prefix followed by the bytes", arguments: [0x00, 0x01, 0xFF] as [UInt8])
    func prefixHash(prefix: UInt8) {
        let message = Array("leaf data".utf8)
        #expect(SHA256.hash(prefix: prefix, message) == SHA256.hash([prefix] + message))
        #expect(SHA256.hash(prefix: prefix, []) == SHA256.hash([prefix]))
        #expect(SHA256.hash(prefix: prefix, message) != SHA256.hash(message))
    }
}
