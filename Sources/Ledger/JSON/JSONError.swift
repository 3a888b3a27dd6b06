/// Why a JSON text was refused: a stable ``code``, the byte ``offset`` where the problem was
/// found, and a ``message`` for people that says where and what.
///
/// Equality compares ``code`` only, so tests and callers match on the kind of problem and never
/// on wording or position.
public struct JSONError: Error, Equatable, Sendable {
    /// The kind of problem, with a stable machine-readable raw value.
    public enum Code: String, Sendable {
        /// The bytes are not JSON: an unexpected byte, a missing delimiter, an unterminated value,
        /// a leading zero, a raw control character in a string, trailing data or empty input.
        case invalidSyntax = "invalid-syntax"
        /// A number has a fraction or an exponent, or is `-0`.
        case floatNotAllowed = "float-not-allowed"
        /// An integer lies outside ±(2^53 − 1).
        case integerOutOfRange = "integer-out-of-range"
        /// An object has two members with the same key (after unescaping).
        case duplicateKey = "duplicate-key"
        /// A string holds bytes that are not well-formed UTF-8.
        case invalidUTF8 = "invalid-utf8"
        /// A `\u` escape produces a surrogate without its partner.
        case loneSurrogate = "lone-surrogate"
        /// The text is valid but is not the RFC 8785 canonical encoding of its value.
        case notCanonical = "not-canonical"
        /// Arrays and objects nest deeper than ``CanonicalJSON/maximumDepth``.
        case tooDeep = "too-deep"
    }

    /// The kind of problem.
    public let code: Code
    /// The offset, in bytes from the start of the input, where the problem was found.
    public let offset: Int
    /// A sentence for people naming the problem and its byte offset.
    public let message: String

    /// Creates an error whose message names the offset.
    /// - Parameters:
    ///   - code: The kind of problem.
    ///   - offset: The byte offset where the problem was found.
    ///   - reason: What is wrong, e.g. `"a number has a fraction"`.
    public init(code: Code, offset: Int, reason: String) {
        self.code = code
        self.offset = offset
        self.message = "\(reason) at byte offset \(offset)"
    }

    /// Compares two errors by their code only.
    /// - Parameters:
    ///   - lhs: An error.
    ///   - rhs: Another error.
    /// - Returns: `true` if both have the same ``code``.
    public static func == (lhs: JSONError, rhs: JSONError) -> Bool {
        lhs.code == rhs.code
    }
}
