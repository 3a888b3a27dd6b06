import Ledger
import Testing

@Suite("Parsing accepted JSON")
struct JSONParsingTests {
    static let nested: JSONValue = .object([
        "header": .object([
            "seq": .integer(42), "prev": .string(String(repeating: "ab", count: 32)), "v": .integer(1),
            "tags": .array([.string("x"), .null, .bool(true), .bool(false), .array([.integer(-3)])]),
        ]),
        "payload": .object([
            "text": .string("tab\t quote\" backslash\\ nul\u{0} é 中文 😀 \u{2028} /"),
            "empty": .object([:]), "none": .array([]), "": .string(""),
        ]),
        "sig": .string("AbC+/=="),
    ])

    @Test("Parsing the encoding of a nested value gives the value back")
    func roundTrip() throws {
        let encoded = CanonicalJSON.encode(Self.nested)
        #expect(try CanonicalJSON.parse(encoded) == Self.nested)
        #expect(try CanonicalJSON.parseCanonical(encoded) == Self.nested)
    }

    @Test("Re-encoding a canonical text gives the same bytes")
    func reencoding() throws {
        let encoded = CanonicalJSON.encode(Self.nested)
        #expect(CanonicalJSON.encode(try CanonicalJSON.parse(encoded)) == encoded)
    }

    @Test("Whitespace between tokens is allowed by parse")
    func whitespace() throws {
        let value = try CanonicalJSON.parse(JSONTestSupport.bytes(" \t\r\n{ \"b\" : [ 1 , 2 ] ,\n\"a\":null } \n"))
        #expect(value == .object(["a": .null, "b": .array([.integer(1), .integer(2)])]))
    }

    @Test("Every escape is decoded")
    func escapes() throws {
        let value = try CanonicalJSON.parse(JSONTestSupport.bytes(#""\"\\\/\b\f\n\r\t\u0041\u00e9\u4E2D""#))
        #expect(value == .string("\"\\/\u{8}\u{C}\n\r\tA\u{E9}\u{4E2D}"))
    }

    @Test("A surrogate pair escape is combined into one scalar")
    func surrogatePair() throws {
        let value = try CanonicalJSON.parse(JSONTestSupport.bytes(#""x\ud83d\ude00y""#))
        #expect(value == .string("x\u{1F600}y"))
        #expect(value.stringValue?.unicodeScalars.count == 3)
    }

    @Test("The largest safe integers are accepted", arguments: [
        ("9007199254740991", Int64(9_007_199_254_740_991)), ("-9007199254740991", -9_007_199_254_740_991),
        ("0", 0), ("-1", -1), ("10", 10),
    ])
    func safeIntegers(_ text: String, _ expected: Int64) throws {
        #expect(try CanonicalJSON.parse(JSONTestSupport.bytes(text)) == .integer(expected))
        #expect(try CanonicalJSON.parseCanonical(JSONTestSupport.bytes(text)) == .integer(expected))
    }

    @Test("Top-level scalars are accepted")
    func scalars() throws {
        #expect(try CanonicalJSON.parse(JSONTestSupport.bytes("null")) == .null)
        #expect(try CanonicalJSON.parse(JSONTestSupport.bytes("true")) == .bool(true))
        #expect(try CanonicalJSON.parse(JSONTestSupport.bytes("false")) == .bool(false))
        #expect(try CanonicalJSON.parse(JSONTestSupport.bytes(#""""#)) == .string(""))
    }

    @Test("Nesting up to the maximum depth is accepted")
    func maximumDepth() throws {
        let depth = CanonicalJSON.maximumDepth
        let arrays = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(throws: Never.self) { try CanonicalJSON.parseCanonical(JSONTestSupport.bytes(arrays)) }
        let objects = String(repeating: #"{"a":"#, count: depth) + "1" + String(repeating: "}", count: depth)
        #expect(throws: Never.self) { try CanonicalJSON.parseCanonical(JSONTestSupport.bytes(objects)) }
    }

    @Test("A slice is parsed in place and errors count from its start")
    func slices() throws {
        let buffer = JSONTestSupport.bytes("{\"a\":1}\n{\"b\":2}\n[1.5]\n")
        #expect(try CanonicalJSON.parseCanonical(buffer[8..<15]) == .object(["b": .integer(2)]))
        #expect(try CanonicalJSON.parse(buffer[0..<7]) == .object(["a": .integer(1)]))
        let error = try #require(throws: JSONError.self) { try CanonicalJSON.parse(buffer[16..<21]) }
        #expect(error.code == .floatNotAllowed)
        #expect(error.offset == 1)
    }

    @Test("The accessors return the payload of their own case only")
    func accessors() {
        let value = Self.nested
        #expect(value["sig"]?.stringValue == "AbC+/==")
        #expect(value["header"]?["seq"]?.integerValue == 42)
        #expect(value["header"]?["tags"]?.arrayValue?.count == 5)
        #expect(value["header"]?["tags"]?.arrayValue?[2].boolValue == true)
        #expect(value["payload"]?.objectValue?.count == 4)
        #expect(value["sig"]?.integerValue == nil)
        #expect(value["missing"] == nil)
        #expect(JSONValue.integer(1)["sig"] == nil)
        #expect(JSONValue.null.stringValue == nil && JSONValue.null.boolValue == nil)
        #expect(JSONValue.string("x").arrayValue == nil && JSONValue.string("x").objectValue == nil)
    }

    @Test("Errors compare by code only")
    func errorEquality() {
        let first = JSONError(code: .duplicateKey, offset: 1, reason: "one")
        #expect(first == JSONError(code: .duplicateKey, offset: 9, reason: "other"))
        #expect(first != JSONError(code: .invalidSyntax, offset: 1, reason: "one"))
        #expect(first.message.contains("1"))
    }
}
