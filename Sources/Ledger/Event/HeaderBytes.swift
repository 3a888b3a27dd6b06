/// Reads a header straight from its canonical bytes, which have one fixed shape:
/// `{"author":"…","payloadDigest":"<64 hex>","prev":"<64 hex>","recordedAt":"<24>","seq":N,"stream":"…","type":"…","v":1}`.
///
/// This is the verifier's fast path: no dictionary, no intermediate strings for the hashes. Any byte
/// that does not fit the shape gives `nil`, and the caller falls back to the general parser, which then
/// names the problem precisely.
struct HeaderBytes {
    private let bytes: ArraySlice<UInt8>
    private var position: Int

    /// Reads the header in `bytes`, or `nil` if they do not have the canonical header shape or a field is invalid.
    static func read(_ bytes: ArraySlice<UInt8>) -> EventHeader? {
        var reader = HeaderBytes(bytes: bytes, position: bytes.startIndex)
        return reader.header()
    }

    private mutating func header() -> EventHeader? {
        guard expect(#"{"author":""#), let author = name(valid: Names.isActorID),
              expect(#","payloadDigest":""#), let payloadDigest = hex(), expect(#"","prev":""#), let previousHash = hex(),
              expect(#"","recordedAt":""#), let recordedAt = timestamp(), expect(#"","seq":"#), let seq = integer(),
              expect(#","stream":""#), let stream = name(valid: Names.isStream),
              expect(#","type":""#), let type = name(valid: Names.isEventType), expect(#","v":1}"#),
              position == bytes.endIndex
        else { return nil }
        return EventHeader(
            seq: seq, previousHash: previousHash, recordedAt: recordedAt, author: author, type: type, stream: stream,
            payloadDigest: payloadDigest)
    }

    private mutating func expect(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard bytes.endIndex - position >= count else { return false }
        for offset in 0..<count where bytes[position + offset] != literal.utf8Start[offset] { return false }
        position += count
        return true
    }

    /// A name up to its closing quote (names never need escapes, so a backslash makes it invalid).
    private mutating func name(valid: (String) -> Bool) -> String? {
        guard let end = bytes[position...].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
        let text = String(decoding: bytes[position..<end], as: UTF8.self)
        position = end + 1
        return valid(text) ? text : nil
    }

    /// 32 bytes as 64 lowercase hex digits.
    private mutating func hex() -> [UInt8]? {
        let end = position + 2 * Event.hashLength
        guard end <= bytes.endIndex, let output = Hex.decode(bytes[position..<end]) else { return nil }
        position = end
        return output
    }

    private mutating func timestamp() -> Timestamp? {
        guard bytes.endIndex - position >= 24 else { return nil }
        defer { position += 24 }
        return Timestamp(bytes: bytes[position..<(position + 24)])
    }

    /// A non-negative integer without leading zeros, at most 2^53 − 1.
    private mutating func integer() -> Int? {
        var value = 0
        let start = position
        while position < bytes.endIndex, (0x30...0x39).contains(bytes[position]) {
            value = value * 10 + Int(bytes[position] - 0x30)
            position += 1
            guard position - start <= 16, value <= Int(PayloadLimits.maximumInteger) else { return nil }
        }
        let digits = position - start
        return digits == 0 || (digits > 1 && bytes[start] == 0x30) ? nil : value
    }
}
