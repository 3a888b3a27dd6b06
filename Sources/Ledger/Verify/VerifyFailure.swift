/// The first thing found wrong in a log: where, with a stable code, and why.
public struct VerifyFailure: Error, Sendable, Equatable {
    /// The seq of the failing event: the seq it should have had at that position in the log.
    public let seq: Int
    /// The 1-based line number in `log.jsonl`.
    public let line: Int
    /// What kind of failure it is.
    public let code: VerifyCode
    /// A sentence for people.
    public let message: String

    /// Creates a failure report.
    /// - Parameters:
    ///   - seq: The seq at that position.
    ///   - line: The 1-based line number.
    ///   - code: The kind of failure.
    ///   - message: A sentence for people.
    public init(seq: Int, line: Int, code: VerifyCode, message: String) {
        self.seq = seq
        self.line = line
        self.code = code
        self.message = message
    }

    /// Failures are equal when they name the same place and code; the wording may change.
    public static func == (lhs: VerifyFailure, rhs: VerifyFailure) -> Bool {
        lhs.seq == rhs.seq && lhs.line == rhs.line && lhs.code == rhs.code
    }
}
