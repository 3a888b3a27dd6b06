import Ledger
import Testing

@Suite("Parsing requires canonical form")
struct ParseCanonicalTests {
    @Test("Canonical texts are accepted", arguments: [
        #"{"a":1,"b":[true,false,null],"c":{"d":"e"}}"#, #"[]"#, #"{}"#, #""\u001f\u0000\b\t\n\f\r\"\\/""#,
        "\"\u{7F}\u{2028}é中文😀\"", #"-9007199254740991"#, "{\"\u{E9}\":1,\"\u{1F600}\":2,\"\u{FB33}\":3}",
        "{\"\\r\":1,\"1\":3,\"\u{80}\":5,\"\u{F6}\":6,\"\u{20AC}\":0,\"\u{1F600}\":4,\"\u{FB33}\":2}",
        #"{"a":1,"aa":2,"b":3}"#,
    ])
    func accepted(_ text: String) throws {
        let value = try CanonicalJSON.parseCanonical(JSONTestSupport.bytes(text))
        #expect(JSONTestSupport.encoded(value) == text)
    }

    @Test("Non-canonical texts are refused at the first differing byte", arguments: [
        (#"{"a": 1}"#, 5), (#" {"a":1}"#, 0), (#"{"a":1} "#, 7), ("[1,\n2]", 3), (#"{"b":1,"a":2}"#, 2),
        (#"{"a":{"y":1,"x":2}}"#, 7), ("{\"\u{FB33}\":1,\"\u{1F600}\":2}", 2), (#""a\/b""#, 2),
        (#""\u0041""#, 1), (#""\u001F""#, 6), (#""\u000a""#, 2), (#""\u00e9""#, 1), (#""\ud83d\ude00""#, 1),
        (#"{"b":1,"\u0061":2}"#, 2), (#"{"\u0061":1}"#, 2),
    ])
    func refused(_ text: String, _ offset: Int) {
        let error = JSONTestSupport.canonicalError(text)
        #expect(error?.code == .notCanonical)
        #expect(error?.offset == offset)
        #expect(JSONTestSupport.parseError(text) == nil)
    }

    @Test("Other problems win over non-canonical form")
    func otherProblemsFirst() {
        #expect(JSONTestSupport.canonicalError(#"{"a": 1.5}"#)?.code == .floatNotAllowed)
        #expect(JSONTestSupport.canonicalError(#"{"b":1,"a":2,"b":3}"#)?.code == .duplicateKey)
        #expect(JSONTestSupport.canonicalError(#"[ "\ud800"]"#)?.code == .loneSurrogate)
        #expect(JSONTestSupport.canonicalError(" ")?.code == .invalidSyntax)
        #expect(JSONTestSupport.canonicalError("")?.code == .invalidSyntax)
    }

    @Test("Flipping any byte of a canonical line never passes unnoticed", arguments: 0..<40)
    func flippedByte(at position: Int) throws {
        var bytes = JSONTestSupport.bytes(#"{"a":[1,-2,"x\n"],"b":{"c":null},"d":true}"#)
        try #require(position < bytes.count)
        let original = try CanonicalJSON.parseCanonical(bytes)
        bytes[position] ^= 0x01
        let changed = try? CanonicalJSON.parseCanonical(bytes)
        #expect(changed != original)
    }
}
