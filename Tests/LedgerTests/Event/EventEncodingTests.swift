import Testing
@testable import Ledger

/// The fast paths that write and cut canonical bytes agree with the general canonical encoder.
@Suite("Event encoding")
struct EventEncodingTests {
    static let awkwardHeader = EventHeader(
        seq: 9_007_199_254_740_991, previousHash: [UInt8](repeating: 0xAB, count: 32),
        recordedAt: Timestamp(millisecondsSinceEpoch: 4_102_444_799_999), author: "a.b-c_d", type: "x.y_z",
        stream: "notes/2026-004", payloadDigest: [UInt8](repeating: 0x01, count: 32))

    @Test("A header's direct bytes are its canonical JSON")
    func headerBytes() throws {
        #expect(Self.awkwardHeader.canonicalBytes == CanonicalJSON.encode(Self.awkwardHeader.json))
        let logbook = try TestLogbook(notes: 2)
        for line in try logbook.lines {
            let event = try Forge.event(line)
            #expect(event.header.canonicalBytes == CanonicalJSON.encode(event.header.json))
        }
    }

    @Test("An event's assembled line is its canonical JSON and a newline, and cuts back into its parts")
    func lineBytes() throws {
        let payload: [String: JSONValue] = [
            "text": .string("\"quoted\" \\ / é \u{1F600} \u{0007}"), "salt": .string(String(repeating: "00", count: 16)),
            "nested": .object(["b": .array([.integer(-1), .null, .bool(true)]), "a": .object([:])]),
        ]
        let event = Event(
            header: Self.awkwardHeader, payload: payload, hash: [UInt8](repeating: 7, count: 32),
            signature: [UInt8](repeating: 9, count: 64))
        let expected = CanonicalJSON.encode(event.json) + [0x0A]
        #expect(event.line == expected)
        let parts = try #require(EnvelopeParts(of: expected.dropLast()))
        #expect(Array(parts.header) == Self.awkwardHeader.canonicalBytes)
        #expect(Array(parts.payload) == CanonicalJSON.encode(.object(payload)))
        #expect(Array(parts.hash) == Array(String(repeating: "07", count: 32).utf8))
        #expect(Base64.decode(parts.signature) == [UInt8](repeating: 9, count: 64))
    }

    @Test("Timestamps write the same text through both paths", arguments: [0, 1, 999, 86_399_999, 1_795_428_902_123, 4_102_444_799_999])
    func timestampText(milliseconds: Int64) {
        let moment = Timestamp(millisecondsSinceEpoch: milliseconds)
        #expect(Timestamp(moment.description) == moment)
        var bytes = [UInt8]()
        moment.append(to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == moment.description)
    }
}

/// The verifier's fast header reader agrees with the general one.
@Suite("Header bytes")
struct HeaderBytesTests {
    @Test("The fast reader gives the same header as the general one for every event of a log")
    func agreesOnRealHeaders() throws {
        let logbook = try TestLogbook(notes: 3)
        for line in try logbook.lines {
            let header = try Forge.event(line).header
            #expect(HeaderBytes.read(header.canonicalBytes[...]) == header)
        }
        let awkward = EventEncodingTests.awkwardHeader
        #expect(HeaderBytes.read(awkward.canonicalBytes[...]) == awkward)
    }

    @Test("Whenever the fast reader accepts a mutated header, the general reader accepts the same header")
    func neverAcceptsMore() throws {
        let bytes = EventEncodingTests.awkwardHeader.canonicalBytes
        for offset in bytes.indices {
            for replacement: UInt8 in [0x30, 0x39, 0x61, 0x22, 0x5C, 0x7D, 0x2E] {
                var mutated = bytes
                mutated[offset] = replacement
                guard let fast = HeaderBytes.read(mutated[...]) else { continue }
                let general = try? DecodedEvent.decodeHeader(CanonicalJSON.parseCanonical(mutated))
                #expect(general == fast, "offset \(offset) → \(replacement)")
            }
        }
    }
}
