/// A problem found in one event, before it is placed at a position in the log.
struct EventProblem: Error, Sendable {
    /// What kind of problem.
    let code: VerifyCode
    /// A sentence for people.
    let message: String

    /// Places the problem at a position in the log.
    func at(seq: Int, line: Int) -> VerifyFailure {
        VerifyFailure(seq: seq, line: line, code: code, message: message)
    }
}
