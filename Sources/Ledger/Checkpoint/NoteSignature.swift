/// One signature line of a signed note: `— <name> <base64(key ID ‖ signature)>`.
public struct NoteSignature: Sendable, Equatable {
    /// The signer's key name.
    public let name: String
    /// The 4-byte key ID.
    public let keyID: [UInt8]
    /// What follows the key ID: a 64-byte Ed25519 signature, or for a cosignature an 8-byte
    /// big-endian timestamp and the 64-byte signature.
    public let signature: [UInt8]

    /// A signature line's parts.
    /// - Parameters:
    ///   - name: The key name.
    ///   - keyID: The 4-byte key ID.
    ///   - signature: The signature bytes.
    public init(name: String, keyID: [UInt8], signature: [UInt8]) {
        self.name = name
        self.keyID = keyID
        self.signature = signature
    }

    /// The line, with its newline.
    var line: String {
        "\u{2014} \(name) \(Base64.encode(keyID + signature))\n"
    }

    /// Reads one line (without newline).
    /// - Throws: ``ProofError/malformed(_:)``.
    init(line: Substring) throws(ProofError) {
        let parts = line.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "\u{2014}", NoteVerifierKey.isValidName(String(parts[1])),
              let bytes = Base64.decode(String(parts[2])), bytes.count > 4
        else { throw .malformed("'\(line)' is not a note signature line") }
        self.init(name: String(parts[1]), keyID: Array(bytes.prefix(4)), signature: Array(bytes.dropFirst(4)))
    }
}
