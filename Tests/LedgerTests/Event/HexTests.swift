import Foundation
import Testing
@testable import Ledger

@Suite("Hex")
struct HexTests {
    @Test("Every byte value encodes as two lowercase digits, as printf's %02x does, and decodes back")
    func everyByte() {
        let bytes = (0...255).map { UInt8($0) }
        let text = Hex.encode(bytes)
        #expect(text == bytes.map { String(format: "%02x", $0) }.joined())
        #expect(Hex.decode(text) == bytes)
    }

    @Test("Uppercase, odd lengths and non-digits are refused", arguments: ["AB", "abc", "0g", "zz", " 00", "00\n"])
    func refused(text: String) {
        #expect(Hex.decode(text) == nil)
    }
}
