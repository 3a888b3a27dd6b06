import Sodium
import Testing

@Suite("Secure random bytes")
struct SecureRandomTests {
    @Test("Random bytes have the requested length", arguments: [0, 1, 24, 32, 1000])
    func length(count: Int) {
        #expect(SecureRandom.bytes(count: count).count == count)
    }

    @Test("Two draws differ")
    func drawsDiffer() {
        #expect(SecureRandom.bytes(count: 32) != SecureRandom.bytes(count: 32))
    }
}
