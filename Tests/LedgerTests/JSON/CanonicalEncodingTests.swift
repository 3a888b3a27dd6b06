import Ledger
import Testing

@Suite("Canonical encoding")
struct CanonicalEncodingTests {
    /// What JSON.stringify writes for each code point U+0000…U+001F, written out by hand.
    static let controlEscapes: [String] = [
        #"\u0000"#, #"\u0001"#, #"\u0002"#, #"\u0003"#, #"\u0004"#, #"\u0005"#, #"\u0006"#, #"\u0007"#,
        #"\b"#, #"\t"#, #"\n"#, #"\u000b"#, #"\f"#, #"\r"#, #"\u000e"#, #"\u000f"#,
        #"\u0010"#, #"\u0011"#, #"\u0012"#, #"\u0013"#, #"\u0014"#, #"\u0015"#, #"\u0016"#, #"\u0017"#,
        #"\u0018"#, #"\u0019"#, #"\u001a"#, #"\u001b"#, #"\u001c"#, #"\u001d"#, #"\u001e"#, #"\u001f"#,
    ]

    @Test("Every control character is escaped as JSON.stringify does", arguments: 0..<32)
    func controlCharacter(_ codePoint: Int) throws {
        let scalar = try #require(Unicode.Scalar(codePoint))
        let encoded = JSONTestSupport.encoded(.string("a" + String(Character(scalar)) + "b"))
        #expect(encoded == "\"a" + Self.controlEscapes[codePoint] + "b\"")
    }

    @Test("Quotes and backslashes are escaped with a backslash")
    func quoteAndBackslash() {
        #expect(JSONTestSupport.encoded(.string(#"say "hi" \ bye"#)) == #""say \"hi\" \\ bye""#)
    }

    @Test("Slash, DEL, U+2028 and U+2029 are written literally")
    func literalASCIIAndSeparators() {
        let text = "a/b\u{7F}c\u{2028}d\u{2029}"
        #expect(CanonicalJSON.encode(.string(text)) == [0x22] + Array(text.utf8) + [0x22])
        #expect(JSONTestSupport.encoded(.string("/")) == #""/""#)
    }

    @Test("Non-ASCII text is written as literal UTF-8", arguments: ["é", "中文", "😀", "Straße — “x”"])
    func nonASCII(_ text: String) {
        #expect(CanonicalJSON.encode(.string(text)) == [0x22] + Array(text.utf8) + [0x22])
    }

    @Test(
        "Integers are plain decimal",
        arguments: [
            (Int64(0), "0"), (7, "7"), (-7, "-7"), (1_000_000, "1000000"),
            (9_007_199_254_740_991, "9007199254740991"), (-9_007_199_254_740_991, "-9007199254740991"),
        ])
    func integers(_ value: Int64, _ expected: String) {
        #expect(JSONTestSupport.encoded(.integer(value)) == expected)
    }

    @Test("Literals, arrays and objects have no whitespace")
    func structure() {
        let value: JSONValue = .object([
            "list": .array([.null, .bool(true), .bool(false), .array([]), .object([:])]),
            "n": .integer(-1),
        ])
        #expect(JSONTestSupport.encoded(value) == #"{"list":[null,true,false,[],{}],"n":-1}"#)
    }

    @Test("ASCII keys are sorted by byte value, at every level")
    func asciiKeyOrder() {
        let value: JSONValue = .object([
            "b": .integer(1), "a": .object(["z": .null, "Z": .null, "_": .null]), "A": .integer(2), "aa": .integer(3),
        ])
        #expect(JSONTestSupport.encoded(value) == #"{"A":2,"a":{"Z":null,"_":null,"z":null},"aa":3,"b":1}"#)
    }

    @Test("Keys are sorted as UTF-16 code units, as in RFC 8785 section 3.2.3")
    func rfc8785SortingExample() {
        let keys = ["\u{20AC}", "\r", "\u{FB33}", "1", "\u{1F600}", "\u{80}", "\u{F6}"]
        var members: [String: JSONValue] = [:]
        for (position, key) in keys.enumerated() { members[key] = .integer(Int64(position)) }
        let expected = "{\"\\r\":1,\"1\":3,\"\u{80}\":5,\"\u{F6}\":6,\"\u{20AC}\":0,\"\u{1F600}\":4,\"\u{FB33}\":2}"
        #expect(JSONTestSupport.encoded(.object(members)) == expected)
    }

    @Test("A key in U+E000…U+FFFF sorts after a supplementary-plane key")
    func surrogateOrder() {
        let value: JSONValue = .object(["\u{E9}": .integer(1), "\u{1F600}": .integer(2), "\u{FB33}": .integer(3)])
        #expect(JSONTestSupport.encoded(value) == "{\"\u{E9}\":1,\"\u{1F600}\":2,\"\u{FB33}\":3}")
    }

    @Test("A key that is a prefix of another sorts first")
    func prefixOrder() {
        #expect(JSONTestSupport.encoded(.object(["ab": .null, "a": .null])) == #"{"a":null,"ab":null}"#)
    }

    @Test("Encoding an integer beyond ±(2^53 − 1) is a precondition failure")
    func unsafeIntegerPrecondition() async {
        await #expect(processExitsWith: .failure) {
            _ = CanonicalJSON.encode(.integer(9_007_199_254_740_992))
        }
    }

    @Test("Encoding into a buffer appends after what it holds")
    func encodeInto() {
        var buffer: [UInt8] = [0x78]
        CanonicalJSON.encode(.array([.integer(1)]), into: &buffer)
        #expect(buffer == Array("x[1]".utf8))
    }
}
