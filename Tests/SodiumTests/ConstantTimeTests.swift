import Sodium
import Testing

@Suite("Constant-time comparison")
struct ConstantTimeTests {
    @Test("Equal arrays compare equal")
    func equal() {
        let digest = SHA256.hash(Array("abc".utf8))
        #expect(constantTimeEquals(digest, digest))
        #expect(constantTimeEquals([], []))
    }

    @Test("Arrays that differ only in the last byte compare unequal")
    func differentLastByte() {
        let digest = SHA256.hash(Array("abc".utf8))
        #expect(!constantTimeEquals(digest, flippingBit(0, ofByteAt: digest.count - 1, in: digest)))
    }

    @Test("Arrays of different lengths compare unequal")
    func differentLengths() {
        let digest = SHA256.hash(Array("abc".utf8))
        #expect(!constantTimeEquals(digest, Array(digest.dropLast())))
        #expect(!constantTimeEquals([], [0]))
    }
}
