import Ledger
import Testing

@Suite("Validating canonical JSON without building it")
struct ValidateCanonicalTests {
    /// The texts the other JSON tests use, accepted or refused, canonical or not.
    static let examples: [String] = [
        // Canonical (ParseCanonicalTests, CanonicalEncodingTests, JSONParsingTests).
        #"{"a":1,"b":[true,false,null],"c":{"d":"e"}}"#, "[]", "{}", #""\u001f\u0000\b\t\n\f\r\"\\/""#,
        "\"\u{7F}\u{2028}é中文😀\"", "-9007199254740991", "{\"\u{E9}\":1,\"\u{1F600}\":2,\"\u{FB33}\":3}",
        "{\"\\r\":1,\"1\":3,\"\u{80}\":5,\"\u{F6}\":6,\"\u{20AC}\":0,\"\u{1F600}\":4,\"\u{FB33}\":2}",
        #"{"a":1,"aa":2,"b":3}"#, #"{"list":[null,true,false,[],{}],"n":-1}"#,
        #"{"A":2,"a":{"Z":null,"_":null,"z":null},"aa":3,"b":1}"#, #"{"a":null,"ab":null}"#,
        #"{"a":[1,-2,"x\n"],"b":{"c":null},"d":true}"#, "9007199254740991", "0", "-1", "10", "null", "true",
        "false", #""""#, #""say \"hi\" \\ bye""#,
        // Valid but not canonical.
        #"{"a": 1}"#, #" {"a":1}"#, #"{"a":1} "#, "[1,\n2]", #"{"b":1,"a":2}"#, #"{"a":{"y":1,"x":2}}"#,
        "{\"\u{FB33}\":1,\"\u{1F600}\":2}", #""a\/b""#, #""\u0041""#, #""\u001F""#, #""\u000a""#, #""\u00e9""#,
        #""\ud83d\ude00""#, #"{"b":1,"\u0061":2}"#, #"{"\u0061":1}"#, " \t\r\n{ \"b\" : [ 1 , 2 ] ,\n\"a\":null } \n",
        #""\"\\\/\b\f\n\r\t\u0041\u00e9\u4E2D""#, #""x\ud83d\ude00y""#,
        // Refused outright (JSONRefusalTests, ParseCanonicalTests).
        "1.0", "1e3", "1E+2", "-0", "0.5", "-0.0", "1e-2", "1.", "[2E3]", #"{"a":-0}"#, "01", "-01", "00", "-",
        "--1", "+1", ".5", "0x10", "-a", "9007199254740992", "-9007199254740992", "9223372036854775807",
        "9223372036854775808", "-9223372036854775809", "123456789012345678901234567890", #"{"a":1,"a":2}"#,
        #"{"a":1,"\u0061":2}"#, #"{"\u00e9":1,"é":2}"#, #"{"x":{"k":1,"b":2,"k":3}}"#, #"{"\ud83d\ude00":1,"😀":2}"#,
        "{\"\u{E9}\":1,\"e\u{301}\":2}", #""\ud800""#, #""\udc00""#, #""\ud800x""#, #""\ud800\u0041""#,
        #""\ud800\ud800""#, #""\ude00\ud83d""#, #""\uDBFF""#, #""\ud83d\n""#, "", " ", #""abc"#, #""abc\"#,
        #""\u12"#, "[1,2", "[1,", "[", #"{"a":1"#, #"{"a":"#, #"{"a""#, "{", "[1,]", #"{"a":1,}"#, "[1 2]",
        #"{"a" 1}"#, "{a:1}", "{1:1}", "tru", "nul", "True", "undefined", #""\x""#, #""\U0041""#, #""\u00G1""#,
        "'a'", "]", "}", "1 2", "{}x", "[]]", "null,", #""a""b""#, "0 0", #"{"a":1,"b":2.5}"#, "[1] x",
        #"{"a": 1.5}"#, #"{"b":1,"a":2,"b":3}"#, #"[ "\ud800"]"#,
    ]

    /// Keys that sort correctly by code units but that Swift strings, and so the parser's dictionary,
    /// consider equal; and the cases where another problem comes first.
    static let lookAlikeKeys: [String] = [
        "{\"e\u{301}\":1,\"\u{E9}\":2}", "{\"K\":1,\"\u{212A}\":2}", "{\"K\":1,\"L\":2,\"\u{212A}\":3}",
        "{\"K\":1,\"\u{212A}\":1.5}", "{\"K\":1,\"\u{212A}\":2,\"a\":3}", "{\"K\":1,\"\u{212A}\" :2}",
        "{\"\\n\":1,\"K\":2,\"\u{212A}\":3}", "{\"e\u{301}\":{\"K\":1,\"\u{212A}\":2},\"\u{E9}\":3}",
        "[{\"K\":1},{\"\u{212A}\":2}]", "{\"\u{212A}\":1,\"K\":2}",
    ]

    /// Keys that hold escapes, whose order is that of the characters they stand for.
    static let escapedKeys: [String] = [
        #"{"\n":1,"A":2}"#, #"{"A":1,"\n":2}"#, #"{"\"":1,"\\":2}"#, #"{"\\":1,"\"":2}"#, #"{"\u001f":1," ":2}"#,
        #"{"\u0000":1,"\u0001":2}"#, #"{"a\n":1,"a\t":2}"#, #"{"\n":1,"\n":2}"#, #"{"a\"b":1,"a\\b":2}"#,
        #"{"\t":1,"\u000b":2}"#, #"{"\u000B":1}"#,
    ]

    @Test("validateCanonical agrees with parseCanonical on every example text", arguments: examples)
    func examplesAgree(_ text: String) {
        JSONTestSupport.expectAgreement(JSONTestSupport.bytes(text)[...])
    }

    @Test("validateCanonical agrees on keys that are equal as Swift strings", arguments: lookAlikeKeys)
    func lookAlikesAgree(_ text: String) {
        JSONTestSupport.expectAgreement(JSONTestSupport.bytes(text)[...])
    }

    @Test("Look-alike keys are refused as duplicates, after their member's value")
    func lookAlikesAreDuplicates() {
        #expect(JSONTestSupport.validationError(Self.lookAlikeKeys[0])?.code == .duplicateKey)
        #expect(JSONTestSupport.validationError(Self.lookAlikeKeys[2])?.code == .duplicateKey)
        #expect(JSONTestSupport.validationError(Self.lookAlikeKeys[3])?.code == .floatNotAllowed)
    }

    @Test("validateCanonical agrees on keys that hold escapes", arguments: escapedKeys)
    func escapedKeysAgree(_ text: String) {
        JSONTestSupport.expectAgreement(JSONTestSupport.bytes(text)[...])
    }

    @Test("Every byte value inside a string and inside a key is judged alike", arguments: 0..<256)
    func everyByte(_ value: Int) {
        let byte = UInt8(value)
        JSONTestSupport.expectAgreement(JSONTestSupport.quoted([0x61, byte, 0x62])[...])
        JSONTestSupport.expectAgreement((Array(#"{"a":1,"b"#.utf8) + [byte] + Array(#"":2}"#.utf8))[...])
        JSONTestSupport.expectAgreement((Array(#"[1,"#.utf8) + [byte] + Array("2]".utf8))[...])
    }

    @Test("Every UTF-8 sequence from the refusal tests is judged alike", arguments: [
        [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xF0, 0x80, 0x80, 0x80], [0xE2, 0x82], [0xC3], [0xF0, 0x9F, 0x98],
        [0xED, 0xA0, 0x80], [0xFF], [0x80], [0xF4, 0x90, 0x80, 0x80], [0x61, 0xC3, 0x28], [0xC2, 0x80],
        [0xDF, 0xBF], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xEF, 0xBF, 0xBF], [0xF4, 0x8F, 0xBF, 0xBF],
    ] as [[UInt8]])
    func utf8(_ content: [UInt8]) {
        JSONTestSupport.expectAgreement(JSONTestSupport.quoted(content)[...])
        JSONTestSupport.expectAgreement(JSONTestSupport.quoted(Array("0123456789abcdef".utf8) + content)[...])
    }

    @Test("Nesting is refused beyond the maximum depth, as parseCanonical does")
    func depth() {
        let limit = CanonicalJSON.maximumDepth
        for depth in [limit, limit + 1] {
            let arrays = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
            let objects = String(repeating: #"{"a":"#, count: depth) + "1" + String(repeating: "}", count: depth)
            JSONTestSupport.expectAgreement(JSONTestSupport.bytes(arrays)[...])
            JSONTestSupport.expectAgreement(JSONTestSupport.bytes(objects)[...])
        }
        let hostile = JSONTestSupport.bytes(String(repeating: "[", count: 1_000_000))
        #expect(JSONTestSupport.validationError(hostile[...])?.code == .tooDeep)
    }

    @Test("A slice is checked in place and errors count from its start")
    func slices() throws {
        let buffer = JSONTestSupport.bytes("{\"a\":1}\n{\"b\":2}\n[1.5]\n{\"b\": 2}\n")
        #expect(throws: Never.self) { try CanonicalJSON.validateCanonical(buffer[8..<15]) }
        let float = try #require(JSONTestSupport.validationError(buffer[16..<21]))
        #expect(float.code == .floatNotAllowed && float.offset == 1)
        let spaced = try #require(JSONTestSupport.validationError(buffer[22..<30]))
        #expect(spaced.code == .notCanonical && spaced.offset == 5)
        JSONTestSupport.expectAgreement(buffer[22..<30])
    }

    @Test("The encoding of a nested value is accepted")
    func nestedValue() {
        let bytes = CanonicalJSON.encode(JSONParsingTests.nested)
        #expect(throws: Never.self) { try CanonicalJSON.validateCanonical(bytes[...]) }
    }
}
