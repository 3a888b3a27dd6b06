/// The two shapes a stored payload may have: a plaintext object with its random `salt`, or a sealed payload
/// (see ``SealedPayload``), whose random nonce does for its digest what the salt does for a plaintext one.
enum PayloadShape {
    /// Requires the canonical payload to be one of the two shapes, reading a sealed one strictly.
    /// - Parameter payload: The payload's canonical bytes.
    /// - Throws: ``EventProblem`` (`malformed-event`).
    static func require(_ payload: ArraySlice<UInt8>) throws(EventProblem) {
        guard CanonicalJSON.rangeOfTopLevelMember("salt", in: payload) == nil,
              CanonicalJSON.rangeOfTopLevelMember("sealed", in: payload) != nil
        else { return try Salt.require(in: payload) }
        guard case .object(let members)? = try? CanonicalJSON.parse(payload) else {
            throw EventProblem(code: .malformedEvent, message: "the sealed payload cannot be read")
        }
        _ = try SealedPayload(stored: members)
    }
}
