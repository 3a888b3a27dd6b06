import Sodium
import Testing
@testable import Ledger

/// Builds event lines the way an attacker could: correctly hashed and signed with whatever key is at
/// hand, but without the writer's checks.
enum Forge {
    /// A signed line that follows `previous` (its seq + 1, its hash as `prev`), a second later; without
    /// `previous`, a first line (seq 0, `prev` 64 zeros).
    static func line(
        after previous: Event?, author: String, key: Ed25519SigningKey, type: String = "memo.noted",
        stream: String = "notes/2026-001", payload: [String: JSONValue] = ["text": .string("forged")],
        recordedAt: Timestamp? = nil
    ) -> [UInt8] {
        var salted = payload
        if payload["sealed"] == nil { salted["salt"] = .string(String(repeating: "ab", count: 16)) }
        let previousTime = previous?.header.recordedAt.millisecondsSinceEpoch ?? 1_795_420_800_000
        let header = EventHeader(
            seq: previous.map { $0.header.seq + 1 } ?? 0, previousHash: previous?.hash ?? [UInt8](repeating: 0, count: 32),
            recordedAt: recordedAt ?? Timestamp(millisecondsSinceEpoch: previousTime + 1000),
            author: author, type: type, stream: stream, payloadDigest: Event.digest(of: salted))
        let hash = Event.hash(of: header)
        let event = Event(header: header, payload: salted, hash: hash, signature: key.signature(for: Event.signingMessage(for: hash)))
        return Array(event.line.dropLast())
    }

    /// A signed line after `previous` whose payload is the given bytes, exactly as given (digest, hash and
    /// signature made over them), for payloads no ``JSONValue`` can hold.
    static func line(after previous: Event, author: String, key: Ed25519SigningKey, payloadBytes: [UInt8]) -> [UInt8] {
        let header = EventHeader(
            seq: previous.header.seq + 1, previousHash: previous.hash,
            recordedAt: Timestamp(millisecondsSinceEpoch: previous.header.recordedAt.millisecondsSinceEpoch + 1000),
            author: author, type: "memo.noted", stream: "notes/2026-001", payloadDigest: SHA256.hash(payloadBytes))
        let hash = Event.hash(of: header)
        let signature = key.signature(for: Event.signingMessage(for: hash))
        return Array(Event.line(headerBytes: header.canonicalBytes, payloadBytes: payloadBytes, hash: hash, signature: signature).dropLast())
    }

    /// The lines with one forged line appended after the last, signed by `author` with the key of `keyOwner`.
    static func appending(
        to lines: [[UInt8]], author: String, keyOwner: String? = nil, type: String = "memo.noted",
        stream: String = "notes/2026-001", payload: [String: JSONValue] = ["text": .string("forged")],
        recordedAt: Timestamp? = nil
    ) throws -> [[UInt8]] {
        let last = try event(try #require(lines.last))
        let key = try TestLogbook.key(for: keyOwner ?? author)
        return lines + [line(after: last, author: author, key: key, type: type, stream: stream, payload: payload, recordedAt: recordedAt)]
    }

    /// Reads a line as an event (the line must be a valid event line).
    static func event(_ line: [UInt8]) throws -> Event {
        try DecodedEvent.decode(line[...]).event()
    }

    /// The line with one JSON member replaced, re-encoded canonically (so only content changes).
    static func replacing(_ path: [String], with value: JSONValue, in line: [UInt8]) throws -> [UInt8] {
        CanonicalJSON.encode(replaced(path[...], with: value, in: try CanonicalJSON.parse(line)))
    }

    /// The line with one member removed, re-encoded canonically.
    static func removing(_ path: [String], from line: [UInt8]) throws -> [UInt8] {
        CanonicalJSON.encode(replaced(path[...], with: nil, in: try CanonicalJSON.parse(line)))
    }

    private static func replaced(_ path: ArraySlice<String>, with value: JSONValue?, in json: JSONValue) -> JSONValue {
        guard let key = path.first, var object = json.objectValue else { return value ?? json }
        if path.count == 1 {
            object[key] = value
        } else if let member = object[key] {
            object[key] = replaced(path.dropFirst(), with: value, in: member)
        }
        return .object(object)
    }
}
