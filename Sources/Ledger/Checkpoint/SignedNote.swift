import Sodium

/// A C2SP `signed-note` v1.0.0: a text ending in a newline, a blank line, and one or more signature
/// lines. Ed25519 note signatures (type 0x01) sign the text; Ed25519 cosignatures (type 0x04,
/// `tlog-cosignature` v1.0.0) sign `cosignature/v1\ntime <seconds>\n` followed by the text.
public struct SignedNote: Sendable, Equatable {
    /// The most signature lines a note may carry.
    static let maximumSignatures = 100

    /// The signed text, ending in a newline.
    public let text: String
    /// The signature lines, in order.
    public private(set) var signatures: [NoteSignature]

    /// A note with its signatures.
    /// - Parameters:
    ///   - text: The text (non-empty, ending in a newline).
    ///   - signatures: The signatures.
    public init(text: String, signatures: [NoteSignature]) {
        self.text = text
        self.signatures = signatures
    }

    /// Reads a signed note.
    /// - Parameter bytes: The note's bytes.
    /// - Throws: ``ProofError/malformed(_:)`` unless they are a note with at least one signature line.
    public init(parsing bytes: [UInt8]) throws(ProofError) {
        guard let whole = String(validating: bytes, as: UTF8.self) else { throw .malformed("the note is not UTF-8 text") }
        guard let separator = whole.range(of: "\n\n", options: .backwards) else {
            throw .malformed("the note has no blank line before its signatures")
        }
        text = String(whole[..<separator.lowerBound]) + "\n"
        let lines = whole[separator.upperBound...]
        guard lines.hasSuffix("\n"), !text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" }) else {
            throw .malformed("the note's text or signature lines are not newline-terminated text")
        }
        var signatures = [NoteSignature]()
        for line in lines.dropLast().split(separator: "\n", omittingEmptySubsequences: false) {
            signatures.append(try NoteSignature(line: line))
        }
        guard !signatures.isEmpty, signatures.count <= Self.maximumSignatures else {
            throw .malformed("a note carries 1 to \(Self.maximumSignatures) signatures, not \(signatures.count)")
        }
        self.signatures = signatures
    }

    /// The note's bytes: text, blank line, signature lines.
    public var bytes: [UInt8] {
        Array((text + "\n" + signatures.map(\.line).joined()).utf8)
    }

    /// Adds an Ed25519 note signature (type 0x01) over the text.
    /// - Parameters:
    ///   - key: The signing key.
    ///   - name: The key name.
    /// - Throws: ``ProofError/malformed(_:)`` for a name a note cannot carry.
    public mutating func sign(with key: Ed25519SigningKey, name: String) throws(ProofError) {
        let verifier = try NoteVerifierKey(name: name, type: NoteVerifierKey.ed25519, publicKey: key.publicKey)
        signatures.append(NoteSignature(name: name, keyID: verifier.keyID, signature: key.signature(for: Array(text.utf8))))
    }

    /// Adds a `tlog-cosignature` v1.0.0 Ed25519 cosignature (type 0x04) at `seconds` since the epoch.
    /// - Parameters:
    ///   - key: The cosigner's key.
    ///   - name: The cosigner's name.
    ///   - seconds: The POSIX time of the cosignature.
    /// - Throws: ``ProofError/malformed(_:)`` for a name a note cannot carry.
    public mutating func cosign(with key: Ed25519SigningKey, name: String, seconds: UInt64) throws(ProofError) {
        let verifier = try NoteVerifierKey(name: name, type: NoteVerifierKey.cosignatureV1, publicKey: key.publicKey)
        let signature = key.signature(for: Self.cosignedMessage(text, seconds: seconds))
        signatures.append(NoteSignature(name: name, keyID: verifier.keyID, signature: Self.bigEndian(seconds) + signature))
    }

    /// Finds the signature of `key` and checks it.
    /// - Parameter key: The verifier key (type 0x01 or 0x04).
    /// - Returns: For a cosignature, its POSIX time; for a note signature, `nil`.
    /// - Throws: ``ProofError/badSignature(_:)`` if no line of that key verifies.
    @discardableResult
    public func verify(_ key: NoteVerifierKey) throws(ProofError) -> UInt64? {
        let keyID = key.keyID
        for line in signatures where line.name == key.name && line.keyID == keyID {
            if key.type == NoteVerifierKey.ed25519, key.publicKey.isValidSignature(line.signature, for: Array(text.utf8)) {
                return nil
            }
            if key.type == NoteVerifierKey.cosignatureV1, line.signature.count == 8 + Ed25519SigningKey.signatureLength {
                let seconds = line.signature.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
                let message = Self.cosignedMessage(text, seconds: seconds)
                if seconds <= UInt64(Int64.max), key.publicKey.isValidSignature(Array(line.signature.dropFirst(8)), for: message) {
                    return seconds
                }
            }
        }
        throw .badSignature("no signature of '\(key.name)' (key ID \(Hex.encode(keyID))) on the note verifies under that key")
    }

    /// Adds a signature line, replacing the line of the same key name and key ID if there is one (a
    /// witness's newer cosignature replaces its older one).
    mutating func setSignature(_ line: NoteSignature) {
        if let place = signatures.firstIndex(where: { $0.name == line.name && $0.keyID == line.keyID }) {
            signatures[place] = line
        } else {
            signatures.append(line)
        }
    }

    /// `cosignature/v1\ntime <seconds>\n` followed by the note text.
    static func cosignedMessage(_ text: String, seconds: UInt64) -> [UInt8] {
        Array("cosignature/v1\ntime \(seconds)\n\(text)".utf8)
    }

    private static func bigEndian(_ value: UInt64) -> [UInt8] {
        (0..<8).map { UInt8(truncatingIfNeeded: value >> (56 - 8 * $0)) }
    }
}
