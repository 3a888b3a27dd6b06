/// The signed part of an event: where it sits in the chain, who recorded it when, and a digest of its payload.
public struct EventHeader: Sendable, Equatable {
    /// The format version this code writes and reads.
    public static let formatVersion: Int64 = 1

    /// The position in the log, dense from 0.
    public let seq: Int
    /// The hash of the event before (32 zero bytes for seq 0).
    public let previousHash: [UInt8]
    /// When the logbook recorded the event; never earlier than the event before.
    public let recordedAt: Timestamp
    /// The actor id of the author, who signed the event.
    public let author: String
    /// The event type, e.g. `actor.enrolled`.
    public let type: String
    /// The stream the event belongs to, e.g. `logbook` or `case/2026-004`.
    public let stream: String
    /// SHA-256 of the canonical JSON of the payload.
    public let payloadDigest: [UInt8]

    /// Creates a header.
    /// - Parameters:
    ///   - seq: The position in the log.
    ///   - previousHash: The hash of the event before.
    ///   - recordedAt: When the event was recorded.
    ///   - author: The author's actor id.
    ///   - type: The event type.
    ///   - stream: The stream.
    ///   - payloadDigest: SHA-256 of the canonical payload.
    public init(
        seq: Int, previousHash: [UInt8], recordedAt: Timestamp, author: String, type: String, stream: String,
        payloadDigest: [UInt8]
    ) {
        self.seq = seq
        self.previousHash = previousHash
        self.recordedAt = recordedAt
        self.author = author
        self.type = type
        self.stream = stream
        self.payloadDigest = payloadDigest
    }

    /// The header as the JSON object that is hashed and written.
    public var json: JSONValue {
        .object([
            "v": .integer(Self.formatVersion),
            "seq": .integer(Int64(seq)),
            "prev": .string(Hex.encode(previousHash)),
            "recordedAt": .string(recordedAt.description),
            "author": .string(author),
            "type": .string(type),
            "stream": .string(stream),
            "payloadDigest": .string(Hex.encode(payloadDigest)),
        ])
    }

    /// The RFC 8785 canonical JSON of ``json``, written directly in sorted key order without building
    /// the intermediate value (sealing and verifying hash every header).
    var canonicalBytes: [UInt8] {
        var output = [UInt8]()
        output.reserveCapacity(384)
        func key(_ name: String) {
            output.append(contentsOf: name.utf8)
        }
        key(#"{"author":"#)
        CanonicalEncoder.appendString(author, to: &output)
        key(#","payloadDigest":""#)
        Hex.append(payloadDigest, to: &output)
        key(#"","prev":""#)
        Hex.append(previousHash, to: &output)
        key(#"","recordedAt":""#)
        recordedAt.append(to: &output)
        key(#"","seq":"#)
        CanonicalEncoder.appendInteger(Int64(seq), to: &output)
        key(#","stream":"#)
        CanonicalEncoder.appendString(stream, to: &output)
        key(#","type":"#)
        CanonicalEncoder.appendString(type, to: &output)
        key(#","v":"#)
        CanonicalEncoder.appendInteger(Self.formatVersion, to: &output)
        output.append(0x7D)
        return output
    }
}
