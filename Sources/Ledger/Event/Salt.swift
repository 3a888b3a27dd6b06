/// The random salt every payload carries, so an erased payload cannot be guessed back from its digest.
enum Salt {
    /// Bytes of salt per payload.
    static let length = 16

    /// Requires the canonical payload object to have a top-level `salt` of at least ``length`` bytes in
    /// lowercase hex, without parsing the rest of the payload.
    /// - Parameter payload: The payload's canonical bytes.
    /// - Throws: ``EventProblem`` (`malformed-event`).
    static func require(in payload: ArraySlice<UInt8>) throws(EventProblem) {
        guard let range = CanonicalJSON.rangeOfTopLevelMember("salt", in: payload) else { throw missing }
        let value = payload[range]
        guard value.count >= 2 * length + 2, value.first == UInt8(ascii: "\""), value.last == UInt8(ascii: "\"") else {
            throw missing
        }
        let digits = value.dropFirst().dropLast()
        guard digits.count % 2 == 0, digits.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }) else {
            throw missing
        }
    }

    private static var missing: EventProblem {
        EventProblem(code: .malformedEvent, message: "the payload has no 'salt' of at least \(length) random bytes in hex")
    }
}
