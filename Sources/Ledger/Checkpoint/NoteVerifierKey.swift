import Sodium

/// A C2SP `signed-note` v1.0.0 verifier key: `<name>+<8 hex key ID>+<base64(type ‖ public key)>`, with
/// type 0x01 for Ed25519 note signatures and 0x04 for `tlog-cosignature` v1.0.0 Ed25519 cosignatures.
public struct NoteVerifierKey: Sendable, Equatable {
    /// The signature type of an Ed25519 note signature.
    public static let ed25519: UInt8 = 0x01
    /// The signature type of an Ed25519 timestamped cosignature.
    public static let cosignatureV1: UInt8 = 0x04

    /// The key name (for a checkpoint: the log's origin).
    public let name: String
    /// The signature type byte.
    public let type: UInt8
    /// The Ed25519 public key.
    public let publicKey: Ed25519PublicKey

    /// A verifier key.
    /// - Parameters:
    ///   - name: The key name.
    ///   - type: ``ed25519`` or ``cosignatureV1``.
    ///   - publicKey: The public key.
    /// - Throws: ``ProofError/malformed(_:)`` for a name a note cannot carry.
    public init(name: String, type: UInt8, publicKey: Ed25519PublicKey) throws(ProofError) {
        guard Self.isValidName(name) else { throw .malformed("'\(name)' cannot be a key name: it must be non-empty, without spaces or '+'") }
        self.name = name
        self.type = type
        self.publicKey = publicKey
    }

    /// Reads a verifier key's text.
    /// - Parameter text: `<name>+<hex key ID>+<base64 key>`.
    /// - Throws: ``ProofError/malformed(_:)`` unless the text is a verifier key whose key ID matches.
    public init(text: String) throws(ProofError) {
        let parts = text.trimmingSuffixNewline.split(separator: "+", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3, let id = Hex.decode(parts[1]), id.count == 4, let material = Base64.decode(parts[2]),
              material.count == 1 + Ed25519PublicKey.length, let key = try? Ed25519PublicKey(bytes: Array(material.dropFirst()))
        else { throw .malformed("'\(text)' is not a verifier key (<name>+<8 hex>+<base64 key>)") }
        try self.init(name: parts[0], type: material[0], publicKey: key)
        guard type == Self.ed25519 || type == Self.cosignatureV1 else { throw .malformed("verifier key type \(type) is not Ed25519") }
        guard keyID == id else { throw .malformed("the key ID \(parts[1]) of '\(parts[0])' does not match its key") }
    }

    /// The 4-byte key ID: the first bytes of SHA-256(name ‖ 0x0A ‖ type ‖ public key).
    public var keyID: [UInt8] {
        Array(SHA256.hash(Array(name.utf8) + [0x0A, type] + publicKey.bytes).prefix(4))
    }

    /// The verifier key's text.
    public var text: String {
        "\(name)+\(Hex.encode(keyID))+\(Base64.encode([type] + publicKey.bytes))"
    }

    /// Whether a note can carry `name` as a key name: non-empty, no Unicode spaces, no '+'.
    static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && !name.contains("+") && !name.unicodeScalars.contains { $0.properties.isWhitespace || $0.value < 0x20 }
    }
}

extension String {
    /// The string without one final newline.
    var trimmingSuffixNewline: String { hasSuffix("\n") ? String(dropLast()) : self }
}
