import Ledger
import Testing

@Suite("Parsing refuses what the format forbids")
struct JSONRefusalTests {
    @Test("Numbers with a fraction or exponent, and -0, are refused",
          arguments: ["1.0", "1e3", "1E+2", "-0", "0.5", "-0.0", "1e-2", "1.", "[2E3]", #"{"a":-0}"#])
    func floats(_ text: String) {
        #expect(JSONTestSupport.parseError(text)?.code == .floatNotAllowed)
    }

    @Test("Malformed numbers are refused as syntax errors", arguments: ["01", "-01", "00", "-", "--1", "+1", ".5", "0x10", "-a"])
    func malformedNumbers(_ text: String) {
        #expect(JSONTestSupport.parseError(text)?.code == .invalidSyntax)
    }

    @Test("Integers beyond ±(2^53 − 1) are refused", arguments: [
        "9007199254740992", "-9007199254740992", "9223372036854775807", "9223372036854775808",
        "-9223372036854775809", "123456789012345678901234567890",
    ])
    func outOfRange(_ text: String) {
        #expect(JSONTestSupport.parseError(text)?.code == .integerOutOfRange)
    }

    @Test("Duplicate keys are refused, also when they only match after unescaping", arguments: [
        #"{"a":1,"a":2}"#, #"{"a":1,"\u0061":2}"#, #"{"\u00e9":1,"é":2}"#, #"{"x":{"k":1,"b":2,"k":3}}"#,
        #"{"\ud83d\ude00":1,"😀":2}"#,
    ])
    func duplicateKeys(_ text: String) {
        #expect(JSONTestSupport.parseError(text)?.code == .duplicateKey)
        #expect(JSONTestSupport.canonicalError(text)?.code == .duplicateKey)
    }

    @Test("Keys that Swift strings treat as equal (é and e + U+0301) are refused as duplicates")
    func canonicallyEquivalentKeys() {
        #expect(JSONTestSupport.parseError("{\"\u{E9}\":1,\"e\u{301}\":2}")?.code == .duplicateKey)
    }

    @Test("Ill-formed UTF-8 in a string is refused", arguments: [
        [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xF0, 0x80, 0x80, 0x80],  // overlong
        [0xE2, 0x82], [0xC3], [0xF0, 0x9F, 0x98],  // truncated
        [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF],  // surrogates encoded in UTF-8
        [0xFF], [0xFE], [0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],
        [0x61, 0xC3, 0x28], [0xE2, 0x28, 0xA1],
    ] as [[UInt8]])
    func invalidUTF8(_ content: [UInt8]) {
        #expect(JSONTestSupport.parseError(JSONTestSupport.quoted(content))?.code == .invalidUTF8)
    }

    @Test("Well-formed UTF-8 at the edges of its ranges is accepted", arguments: [
        [0xC2, 0x80], [0xDF, 0xBF], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xEE, 0x80, 0x80],
        [0xEF, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF],
    ] as [[UInt8]])
    func validUTF8(_ content: [UInt8]) throws {
        let value = try CanonicalJSON.parse(JSONTestSupport.quoted(content))
        #expect(value.stringValue.map { Array($0.utf8) } == content)
    }

    @Test("Escapes that leave a surrogate alone are refused", arguments: [
        #""\ud800""#, #""\udc00""#, #""\ud800x""#, #""\ud800\u0041""#, #""\ud800\ud800""#, #""\ude00\ud83d""#,
        #""\uDBFF""#, #""\ud83d\n""#,
    ])
    func loneSurrogates(_ text: String) {
        #expect(JSONTestSupport.parseError(text)?.code == .loneSurrogate)
    }

    @Test("Unterminated values and broken syntax are refused", arguments: [
        "", " ", #""abc"#, #""abc\"#, #""\u12"#, "[1,2", "[1,", "[", #"{"a":1"#, #"{"a":"#, #"{"a""#, "{",
        "[1,]", #"{"a":1,}"#, "[1 2]", #"{"a" 1}"#, "{a:1}", "{1:1}", "tru", "nul", "True", "undefined",
        #""\x""#, #""\U0041""#, #""\u00G1""#, "'a'", "]", "}",
    ])
    func syntax(_ text: String) {
        #expect(JSONTestSupport.parseError(text)?.code == .invalidSyntax)
    }

    @Test("Data after the value is refused", arguments: ["1 2", "{}x", "[]]", "null,", #""a""b""#, "0 0"])
    func trailingGarbage(_ text: String) {
        #expect(JSONTestSupport.parseError(text)?.code == .invalidSyntax)
    }

    @Test("A raw control character inside a string is refused", arguments: Array(UInt8(0)..<0x20))
    func rawControlCharacter(_ byte: UInt8) {
        #expect(JSONTestSupport.parseError(JSONTestSupport.quoted([0x61, byte]))?.code == .invalidSyntax)
    }

    @Test("Nesting deeper than the maximum depth is refused")
    func tooDeep() {
        let depth = CanonicalJSON.maximumDepth + 1
        let arrays = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(JSONTestSupport.parseError(arrays)?.code == .tooDeep)
        let objects = String(repeating: #"{"a":"#, count: depth) + "1" + String(repeating: "}", count: depth)
        #expect(JSONTestSupport.parseError(objects)?.code == .tooDeep)
        let hostile = String(repeating: "[", count: 1_000_000)
        #expect(JSONTestSupport.parseError(hostile)?.code == .tooDeep)
    }

    @Test("Errors give the offset of the problem")
    func offsets() {
        #expect(JSONTestSupport.parseError(#"{"a":1,"b":2.5}"#)?.offset == 11)
        #expect(JSONTestSupport.parseError(#"{"a":1,"a":2}"#)?.offset == 7)
        #expect(JSONTestSupport.parseError(JSONTestSupport.quoted([0x61, 0xFF]))?.offset == 2)
        #expect(JSONTestSupport.parseError("[1] x")?.offset == 4)
        #expect(JSONTestSupport.parseError("")?.offset == 0)
    }
}
