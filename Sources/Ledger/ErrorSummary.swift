/// An error's stable code and its sentence, from whichever layer's error it is, for outcomes that report
/// a failure per item instead of throwing (a witness following many logs, a board over many schools).
public struct ErrorSummary: Sendable, Equatable {
    /// The stable code (`log-inconsistent`, `io`, …).
    public let code: String
    /// The sentence for people.
    public let message: String

    /// A summary with these parts.
    /// - Parameters:
    ///   - code: The stable code.
    ///   - message: The sentence.
    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    /// The summary of an error from this layer or below.
    /// - Parameter error: The error.
    public init(_ error: any Error) {
        switch error {
        case let error as ProofError: self.init(code: error.code, message: error.message)
        case let error as LedgerError: self.init(code: error.code, message: error.message)
        default: self.init(code: "error", message: "\(error)")
        }
    }
}
