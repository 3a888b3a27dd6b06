import Ledger
import Testing

extension JSONTestSupport {
    /// The error `validateCanonical` throws for a slice, or `nil` if it accepts it.
    /// - Parameter bytes: The text.
    /// - Returns: The error, or `nil`.
    static func validationError(_ bytes: ArraySlice<UInt8>) -> JSONError? {
        do {
            try CanonicalJSON.validateCanonical(bytes)
            return nil
        } catch {
            return error
        }
    }

    /// The error `validateCanonical` throws for a text, or `nil` if it accepts it.
    /// - Parameter text: The text.
    /// - Returns: The error, or `nil`.
    static func validationError(_ text: String) -> JSONError? {
        validationError(bytes(text)[...])
    }

    /// The error `parseCanonical` throws for a slice, or `nil` if it accepts it.
    /// - Parameter bytes: The text.
    /// - Returns: The error, or `nil`.
    static func canonicalError(_ bytes: ArraySlice<UInt8>) -> JSONError? {
        do {
            _ = try CanonicalJSON.parseCanonical(bytes)
            return nil
        } catch {
            return error
        }
    }

    /// Expects `validateCanonical` to accept exactly when `parseCanonical` does, and otherwise to
    /// refuse with the same code at the same offset.
    /// - Parameters:
    ///   - bytes: The text to try.
    ///   - sourceLocation: Where the expectation is, for failures.
    static func expectAgreement(_ bytes: ArraySlice<UInt8>, sourceLocation: SourceLocation = #_sourceLocation) {
        let parsed = canonicalError(bytes)
        let validated = validationError(bytes)
        let text = String(decoding: bytes, as: UTF8.self).debugDescription
        #expect(validated?.code == parsed?.code, "\(text)", sourceLocation: sourceLocation)
        #expect(validated?.offset == parsed?.offset, "\(text)", sourceLocation: sourceLocation)
    }
}
