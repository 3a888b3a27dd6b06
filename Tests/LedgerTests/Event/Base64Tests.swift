import Foundation
import Testing
@testable import Ledger

@Suite("Base64")
struct Base64Tests {
    @Test("RFC 4648 §10 test vectors encode and decode", arguments: [
        ("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="), ("fooba", "Zm9vYmE="), ("foobar", "Zm9vYmFy"),
    ])
    func vectors(plain: String, encoded: String) {
        #expect(Base64.encode(Array(plain.utf8)) == encoded)
        #expect(Base64.decode(encoded) == Array(plain.utf8))
    }

    @Test("Every length and byte value round-trips and agrees with Foundation")
    func agreesWithFoundation() {
        var generator = SystemRandomNumberGenerator()
        for length in 0..<80 {
            let bytes = (0..<length).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
            let text = Base64.encode(bytes)
            #expect(text == Data(bytes).base64EncodedString())
            #expect(Base64.decode(text) == bytes)
        }
    }

    @Test("Anything but the canonical spelling is refused", arguments: [
        "Zg", "Zg=", "Zh==", "Zm9=", "Zm8", "Z===", "Zm9v\n", " Zm9v", "Zm9v====", "Zm=v", "Zm9-", "Zm9_", "Zg==Zg==", "é===",
    ])
    func refused(text: String) {
        #expect(Base64.decode(text) == nil)
    }
}
