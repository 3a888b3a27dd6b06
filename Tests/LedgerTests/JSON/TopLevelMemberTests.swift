import Ledger
import Testing

@Suite("Finding a top-level member in canonical bytes")
struct TopLevelMemberTests {
    /// A line shaped like a log line, with a payload that repeats the envelope's keys inside it.
    static let line: JSONValue = .object([
        "hash": .string(String(repeating: "0f", count: 32)),
        "header": .object([
            "author": .string("actor/alice"), "payloadDigest": .string(String(repeating: "ab", count: 32)),
            "prev": .string(String(repeating: "cd", count: 32)), "recordedAt": .string("2026-03-04T05:06:07.123Z"),
            "seq": .integer(42), "stream": .string("notes/2026-004"), "type": .string("case.note_added"),
            "v": .integer(1),
        ]),
        "payload": .object([
            "note": .string(#"see "sig":"x" and {"header":1} and a\"salt\":"#),
            "nested": .object(["hash": .integer(1), "sig": .array([.string("sig"), .object(["payload": .null])])]),
            "salt": .string(String(repeating: "5a", count: 16)), "ünïcode": .string("é\u{1F600}\\\"\n"),
        ]),
        "sig": .string(String(repeating: "AbC+/", count: 17) + "Ab="),
    ])

    @Test("Each member's range holds that member's canonical encoding", arguments: ["hash", "header", "payload", "sig"])
    func members(_ key: String) throws {
        let bytes = CanonicalJSON.encode(Self.line)
        let range = try #require(CanonicalJSON.rangeOfTopLevelMember(key, in: bytes[...]))
        let member = try #require(Self.line[key])
        #expect(Array(bytes[range]) == CanonicalJSON.encode(member))
    }

    @Test(
        "A key found only nested or inside strings is not a top-level member",
        arguments: ["salt", "note", "seq", "missing", ""])
    func missing(_ key: String) {
        #expect(CanonicalJSON.rangeOfTopLevelMember(key, in: CanonicalJSON.encode(Self.line)[...]) == nil)
    }

    @Test("Keys inside string values and nested objects do not fool the scan")
    func decoys() throws {
        let bytes = JSONTestSupport.bytes(
            #"{"a":"x\"salt\":0","b":{"salt":1},"c":["salt",{"salt":2}],"salt":3,"t":"\\"}"#)
        let range = try #require(CanonicalJSON.rangeOfTopLevelMember("salt", in: bytes[...]))
        #expect(Array(bytes[range]) == JSONTestSupport.bytes("3"))
        let nestedOnly = JSONTestSupport.bytes(#"{"a":"\"salt\":0","b":{"salt":1}}"#)
        #expect(CanonicalJSON.rangeOfTopLevelMember("salt", in: nestedOnly[...]) == nil)
        let after = try #require(CanonicalJSON.rangeOfTopLevelMember("t", in: bytes[...]))
        #expect(Array(bytes[after]) == JSONTestSupport.bytes(#""\\""#))
    }

    @Test("A slice that does not start at index 0 gives indices into the buffer")
    func slice() throws {
        let line = CanonicalJSON.encode(Self.line)
        let buffer = JSONTestSupport.bytes("{\"x\":1}\n") + line + JSONTestSupport.bytes("\n{\"header\":2}\n")
        let slice = buffer[8..<(8 + line.count)]
        let range = try #require(CanonicalJSON.rangeOfTopLevelMember("header", in: slice))
        let header = try #require(Self.line["header"])
        #expect(range.lowerBound > 8)
        #expect(Array(buffer[range]) == CanonicalJSON.encode(header))
    }

    @Test("Keys that are written with escapes, or are empty, are found")
    func escapedKeys() throws {
        let value: JSONValue = .object(["": .integer(0), "a\"b": .integer(1), "\n": .array([]), "é": .null])
        let bytes = CanonicalJSON.encode(value)
        for (key, member) in [("", "0"), ("a\"b", "1"), ("\n", "[]"), ("é", "null")] {
            let range = try #require(CanonicalJSON.rangeOfTopLevelMember(key, in: bytes[...]))
            #expect(Array(bytes[range]) == JSONTestSupport.bytes(member))
        }
    }

    @Test(
        "A top level that is not an object has no members",
        arguments: [#"[{"a":1}]"#, #""a""#, "1", "{}", "", "null"])
    func notAnObject(_ text: String) {
        #expect(CanonicalJSON.rangeOfTopLevelMember("a", in: JSONTestSupport.bytes(text)[...]) == nil)
    }

    @Test("Bytes that are not canonical JSON never make the scan trap", arguments: 0..<4)
    func hostileBytes(seed: UInt64) {
        var random = RandomJSON(generator: SeededRandom(seed: 50 + seed))
        var bytes = CanonicalJSON.encode(Self.line)
        for _ in 0..<300 {
            bytes = random.mutation(of: bytes)
            if let range = CanonicalJSON.rangeOfTopLevelMember("payload", in: bytes[...]) {
                #expect(bytes.indices.contains(range.lowerBound) && range.upperBound <= bytes.endIndex)
            }
        }
    }
}
