@testable import Documents
import Ledger
import Sodium
import Testing

/// The disclosed payload is checked against the line's commitment: the header's `payloadDigest` for a
/// plaintext payload, the sealed object's `commitment` once case payloads are sealed.
@Suite("Evidence bundle commitments")
struct BundleCommitmentTests {
    static func event(payload: [String: JSONValue]) -> Event {
        let digest = SHA256.hash(CanonicalJSON.encode(.object(payload)))
        let header = EventHeader(
            seq: 3, previousHash: Event.genesisPreviousHash, recordedAt: Timestamp(millisecondsSinceEpoch: 0), author: "ib.devries",
            type: "signal.recorded", stream: "case/2026-001", payloadDigest: digest)
        return Event(header: header, payload: payload, hash: Event.hash(of: header), signature: [UInt8](repeating: 0, count: 64))
    }

    @Test("A plaintext payload is checked against the header's payload digest")
    func plaintext() {
        let event = Self.event(payload: ["description": .string("x"), "salt": .string("00112233445566778899aabbccddeeff")])
        #expect(BundleVerifier.commitment(of: event) == event.header.payloadDigest)
    }

    @Test("A sealed payload is checked against its commitment, not the digest of the sealed object")
    func sealed() {
        let plaintext: [String: JSONValue] = ["description": .string("x"), "salt": .string("00112233445566778899aabbccddeeff")]
        let commitment = SHA256.hash(CanonicalJSON.encode(.object(plaintext)))
        let event = Self.event(payload: [
            "ciphertext": .string("c2VhbGVk"), "nonce": .string("AAAA"), "commitment": .string(Hex.encode(commitment)),
        ])
        #expect(BundleVerifier.commitment(of: event) == commitment)
        #expect(BundleVerifier.commitment(of: event) != event.header.payloadDigest)
    }
}
