/// Errors from the Sodium layer.
///
/// Each case has a stable ``code`` for programs and tests, and a human ``message``.
public enum SodiumError: Error, Equatable, Sendable {
    /// A key, seed, nonce or salt had the wrong number of bytes.
    /// - Parameters:
    ///   - what: What was being checked, such as `"nonce"`.
    ///   - expected: The number of bytes required.
    ///   - actual: The number of bytes given.
    case invalidLength(what: String, expected: Int, actual: Int)
    /// An AEAD message could not be opened: wrong key, nonce or additional data, or it was altered or truncated.
    case authenticationFailed
    /// `crypto_pwhash` failed, for example because it ran out of memory or the limits are out of range.
    case keyDerivationFailed
    /// A public key is not a canonically encoded point of the curve's main subgroup (for example the
    /// identity or another point of small order).
    case weakPublicKey

    /// A stable, machine-readable identifier for the error, such as `"invalid-length"`.
    public var code: String {
        switch self {
        case .invalidLength: "invalid-length"
        case .authenticationFailed: "authentication-failed"
        case .keyDerivationFailed: "key-derivation-failed"
        case .weakPublicKey: "weak-public-key"
        }
    }

    /// A sentence describing the error for people.
    public var message: String {
        switch self {
        case let .invalidLength(what, expected, actual):
            "\(what) must be \(expected) bytes, but is \(actual) bytes"
        case .authenticationFailed:
            "the sealed data could not be authenticated (wrong key, nonce or additional data, or it was altered)"
        case .keyDerivationFailed:
            "the key could not be derived from the passphrase (out of memory or limits out of range)"
        case .weakPublicKey:
            "the public key is weak: a small-order or non-canonical point, which is refused"
        }
    }
}

extension SodiumError {
    /// Throws ``invalidLength(what:expected:actual:)`` unless `bytes` has exactly `expected` elements.
    static func checkLength(of bytes: [UInt8], named what: String, expected: Int) throws {
        guard bytes.count == expected else {
            throw SodiumError.invalidLength(what: what, expected: expected, actual: bytes.count)
        }
    }
}
